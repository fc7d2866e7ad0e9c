// Compiles the server, the ingest CLI and the ask CLI to plain JavaScript in dist/server/ with
// esbuild, so `npm start` runs node on compiled code (no TypeScript transpiling at run time).
// The workspaces' TypeScript (@kildesvar/*) is bundled; packages from node_modules stay imports.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const serverOutput = path.join(repositoryRoot, 'dist', 'server');

const externalPackages = {
  name: 'external-packages',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@kildesvar/') ? undefined : { path: args.path, external: true }));
  },
};

export const buildServer = async () => {
  await build({
    absWorkingDir: repositoryRoot,
    entryPoints: { index: 'api/src/index.ts', ingest: 'ingest/src/cli.ts', ask: 'api/src/ask.ts' },
    outdir: serverOutput,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
    plugins: [externalPackages],
  });
  return serverOutput;
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const output = await buildServer();
  console.log(`Server built into ${path.relative(process.cwd(), output) || '.'}`);
}
