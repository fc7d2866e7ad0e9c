import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { youngGenerationFlag } from '../heap-growth';

/** A port the system says is free right now. */
export const findFreePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });

export interface ServerProcessOptions {
  /** Where to run the command: the repository root. */
  cwd: string;
  /**
   * What to run. By default the API from source, `node --max-semi-space-size=64 --import tsx api/src/index.ts` (the young
   * generation `npm start` gives it, `youngGenerationFlag`), so that the child's pid is the server itself (its memory and
   * CPU are the server's).
   */
  command?: readonly [string, ...string[]];
  /** The port to listen on; 0 (the default) lets the system pick one, read from the server's «answer at» line. */
  port?: number;
  /** Added to this process's environment; HOST is always 127.0.0.1. */
  environment?: Record<string, string>;
  /** How long to wait for GET /api/health to answer 200. */
  timeoutMs: number;
  /** How often to ask /api/health, in ms (default 250; the bench asks every 10 ms to time the start-up). */
  pollMs?: number;
}

export interface ServerProcess {
  pid: number;
  /** `http://127.0.0.1:<port>`. */
  url: string;
  /** Milliseconds from spawn until /api/health first answered 200. */
  healthyAfterMs: number;
  /** The last 500 lines the server printed, for failure messages and the bench's ready line. */
  output: () => string;
  /** SIGTERM to the server's process group; SIGKILL if it is still there after 10 s. */
  stop: () => Promise<void>;
  /** Sends `signal` to the started process alone (for `npm start`, npm's pid, not its group), as a supervisor would. */
  signal: (signal: NodeJS.Signals) => void;
  /** Whether the started process has exited, waiting up to `withinMs` for it. */
  exited: (withinMs: number) => Promise<boolean>;
  /** Its exit code once it has exited (null while it runs or when a signal ended it). */
  exitCode: () => number | null;
}

/** The server did not become healthy: it exited (`exitCode` or `signal` set) or did not answer in time. */
export class ServerStartError extends Error {
  constructor(
    message: string,
    /** Everything it printed (the last 500 lines). */
    readonly output: string,
    readonly exitCode: number | null,
    readonly signal: NodeJS.Signals | null,
  ) {
    super(`${message}:\n${output}`);
    this.name = 'ServerStartError';
  }
}

const portLine = /answer at http:\/\/[^\s:]+:(\d+)/;
const keptLines = 500;

/** Servers still running; if this process exits early, their process groups are killed with it. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const hasExited = (child: ChildProcess): boolean => child.exitCode !== null || child.signalCode !== null;

const exitWithin = (child: ChildProcess, ms: number): Promise<boolean> =>
  new Promise((resolve) => {
    if (hasExited(child)) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

const stopGroup = async (child: ChildProcess): Promise<void> => {
  const pid = child.pid;
  if (pid === undefined || hasExited(child)) return;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup('SIGTERM');
  if (!(await exitWithin(child, 10_000))) {
    signalGroup('SIGKILL');
    await exitWithin(child, 5_000);
  }
};

/**
 * Starts the API server as a child process on 127.0.0.1, in its own process group so that it and
 * anything it starts stop together, and resolves once GET /api/health answers 200. Rejects, after
 * stopping it, with the server's output when it exits or does not become healthy in time.
 * Used by the browser test, the bench and the database tests.
 */
export const startServerProcess = async (options: ServerProcessOptions): Promise<ServerProcess> => {
  const started = performance.now();
  const [command, ...args] = options.command ?? [process.execPath, youngGenerationFlag, '--import', 'tsx', path.join('api', 'src', 'index.ts')];
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.environment, HOST: '127.0.0.1', PORT: String(options.port ?? 0) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n'));
    if (lines.length > keptLines) lines.splice(0, lines.length - keptLines);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const output = () => lines.join('\n');
  const closed = new Promise((resolve) => child.once('close', resolve));
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${command}.`);
  running.add(child);
  child.once('exit', () => running.delete(child));
  const stop = () => stopGroup(child);

  try {
    let port = options.port || null;
    let lastStatus = 'no answer';
    while (performance.now() - started < options.timeoutMs) {
      if (hasExited(child)) {
        // Its last words may still be in the pipes (a process it started may hold them open: wait 1 s at most).
        await Promise.race([closed, sleep(1_000)]);
        throw new ServerStartError(
          `The server exited (${child.exitCode ?? child.signalCode}) before /api/health answered 200. Its output`,
          output(),
          child.exitCode,
          child.signalCode,
        );
      }
      port ??= Number(portLine.exec(output())?.[1] ?? Number.NaN) || null;
      if (port !== null) {
        const url = `http://127.0.0.1:${port}`;
        const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
        const healthyAfterMs = performance.now() - started;
        if (response) await response.arrayBuffer().catch(() => undefined);
        if (response?.status === 200)
          return {
            pid,
            url,
            healthyAfterMs,
            output,
            stop,
            signal: (signal) => child.kill(signal),
            exited: (withinMs) => exitWithin(child, withinMs),
            exitCode: () => child.exitCode,
          };
        lastStatus = response ? `HTTP ${response.status}` : 'no answer';
      }
      await sleep(options.pollMs ?? 250);
    }
    throw new ServerStartError(
      `/api/health did not answer 200 within ${options.timeoutMs / 1000} s (last: ${lastStatus}). The server printed`,
      output(),
      null,
      null,
    );
  } catch (error) {
    await stop();
    throw error;
  }
};
