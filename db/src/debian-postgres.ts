import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throw-away PostgreSQL server from Debian's `postgresql` package (no pgvector), for tests and
 * the bench: `initdb` into a temporary folder, `postgres` on a free port on 127.0.0.1, run as an
 * unprivileged user (the package's `postgres` user when this process is root, since PostgreSQL
 * refuses to run as root), trust authentication, fsync off. `stop()` shuts it down and deletes it.
 */
export const debianPostgresBin = '/usr/lib/postgresql/15/bin';

export interface DebianPostgres {
  databaseUrl: string;
  port: number;
  stop(): Promise<void>;
}

export const debianPostgresAvailable = (): boolean =>
  existsSync(path.join(debianPostgresBin, 'postgres')) && existsSync(path.join(debianPostgresBin, 'initdb'));

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

const asRoot = () => process.getuid?.() === 0;

/** The command as the unprivileged `postgres` user when we are root (via runuser), else as ourselves. */
const command = (program: string, args: string[]): [string, string[]] => (asRoot() ? ['runuser', ['-u', 'postgres', '--', program, ...args]] : [program, args]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const startDebianPostgres = async (options: { timeoutMs?: number } = {}): Promise<DebianPostgres> => {
  if (!debianPostgresAvailable())
    throw new Error(`PostgreSQL 15 is not installed at ${debianPostgresBin}: install Debian's postgresql package (apt-get install postgresql).`);
  const directory = mkdtempSync(path.join(tmpdir(), 'kildesvar-postgres-'));
  const dataDir = path.join(directory, 'data');
  if (asRoot()) {
    const ids = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    const groups = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    if (ids.status !== 0) throw new Error("Running as root but there is no `postgres` user to run PostgreSQL as (Debian's postgresql package creates it).");
    chownSync(directory, Number(ids.stdout.trim()), Number(groups.stdout.trim()));
  }
  const [initProgram, initArgs] = command(path.join(debianPostgresBin, 'initdb'), [
    '-D',
    dataDir,
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--no-locale',
    '--no-sync',
  ]);
  const init = spawnSync(initProgram, initArgs, { encoding: 'utf8' });
  if (init.status !== 0) {
    rmSync(directory, { recursive: true, force: true });
    throw new Error(`initdb failed:\n${init.stdout}\n${init.stderr}`);
  }
  // On a shared machine a test may be given a port of its own (TEST_PGPORT); otherwise any free one.
  const port = process.env.TEST_PGPORT ? Number(process.env.TEST_PGPORT) : await freePort();
  const [program, args] = command(path.join(debianPostgresBin, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-k',
    directory,
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=60',
  ]);
  const child: ChildProcess = spawn(program, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (data: Buffer) => (output += data.toString()));
  child.stderr?.on('data', (data: Buffer) => (output += data.toString()));
  const databaseUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
      } catch {
        // Already gone.
      }
      await Promise.race([exited, sleep(10_000)]);
      if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }
    rmSync(directory, { recursive: true, force: true });
  };
  const deadline = performance.now() + (options.timeoutMs ?? 60_000);
  while (performance.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`PostgreSQL exited before it was ready:\n${output}`);
    }
    const client = new pg.Client({ connectionString: databaseUrl });
    try {
      await client.connect();
      await client.end();
      return { databaseUrl, port, stop };
    } catch {
      await client.end().catch(() => undefined);
      await sleep(200);
    }
  }
  await stop();
  throw new Error(`PostgreSQL did not accept connections in time:\n${output}`);
};
