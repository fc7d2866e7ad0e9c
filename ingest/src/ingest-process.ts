import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface IngestProcess {
  child: ChildProcess;
  /** Everything the ingest printed so far. */
  output: () => string;
  /** The exit code (null when a signal ended it). */
  exited: Promise<number | null>;
}

/**
 * `npm run ingest` as a child process, `node --import tsx ingest/src/cli.ts` run in `repoRoot` with
 * `environment` added to this process's (SEEDS_DIR, INDEX_DIR, STORE, …) and `args` (`--force`), its
 * output kept. Used by the bench (to time it) and by the database tests (to kill it mid-write).
 */
export const startIngestProcess = (repoRoot: string, environment: Record<string, string>, args: readonly string[] = []): IngestProcess => {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('ingest', 'src', 'cli.ts'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr?.on('data', (data: Buffer) => (output += data.toString()));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
  return { child, output: () => output, exited };
};
