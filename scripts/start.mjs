// `npm start` (package.json: `exec node --max-semi-space-size=64 scripts/start.mjs`, so this node process is the one a
// supervisor signals; no shell stays in between). Runs the setup step only when something is
// missing and says so, rebuilds the web UI when its sources changed, compiles the server to
// dist/server/, ingests when the index is missing or stale, then runs the compiled server in this
// same process. A signal during the preparation stops the step that is running and exits.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { missingRequirements, runSetup } from './ensure-install.mjs';

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(repositoryRoot);

let child = null;
const forward = (signal) => {
  if (child) child.kill(signal);
  else process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
};
process.on('SIGINT', forward);
process.on('SIGTERM', forward);

/** Runs one preparation step as a child; rejects when it fails or is stopped by a signal. */
const run = (command, args, label) =>
  new Promise((resolve, reject) => {
    child = spawn(command, args, { stdio: 'inherit', env: process.env });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      child = null;
      if (signal) {
        console.error(`npm start: ${label} stopped by ${signal}.`);
        process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
      }
      if (code === 0) resolve();
      else reject(new Error(`${label} failed (exit code ${code}).`));
    });
  });

const newest = (location) => {
  if (!existsSync(location)) return 0;
  const stats = statSync(location);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(location).map((name) => newest(path.join(location, name))));
};

const webUiStale = () => {
  const built = path.join(process.env.WEB_DIST ?? 'web/dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['web/src', 'web/index.html', 'web/vite.config.ts', 'web/package.json', 'package-lock.json'];
  return Math.max(...sources.map(newest)) > statSync(built).mtimeMs;
};

try {
  const missing = missingRequirements('start');
  if (missing.packages.length > 0 || missing.npm) {
    const what = [...missing.packages.map((entry) => `Debian package ${entry.name}`), ...(missing.npm ? ['npm dependencies'] : [])].join(', ');
    console.log(`npm start: missing ${what}; running the setup step (npm run setup).`);
    runSetup('start');
  }
  if (webUiStale()) await run('npm', ['run', 'build', '-w', 'web'], 'Building the web UI');
  const { buildServer } = await import('./build-server.mjs');
  const output = await buildServer();
  await run(process.execPath, [path.join(output, 'ingest.js')], 'The ingest');
  process.off('SIGINT', forward);
  process.off('SIGTERM', forward);
  await import(pathToFileURL(path.join(output, 'index.js')).href);
} catch (error) {
  console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
