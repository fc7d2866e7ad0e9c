import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The API server (`api/src/index.ts`, what `npm start` runs after building) as a child process
 * on 127.0.0.1 with a port the system picks: spawned as `node --import tsx` so the child's pid is
 * the server itself (its memory is the server's), in its own process group so it and anything
 * it starts can be stopped together.
 */
export interface ServerProcess {
  pid: number;
  baseUrl: string;
  /** Milliseconds from spawn until /api/health first answered 200. */
  healthyAfterMs: number;
  /** The load time the server printed in its ready line, when it did. */
  reportedLoadMs: number | null;
  output: () => string;
  stop: () => Promise<void>;
}

export interface ServerOptions {
  repoRoot: string;
  environment: Record<string, string>;
  timeoutMs: number;
}

const portLine = /answer at http:\/\/[^\s:]+:(\d+)/;
const readyLine = /Kildesvar ready at .*loaded in (\d+) ms/;

/** Servers still running; if the bench exits early, their process groups are killed with it. */
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

/** Resident and peak resident memory of a process in bytes, from /proc (null where /proc is absent). */
export const processMemory = (pid: number): { rss: number; peak: number } | null => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  } catch {
    return null;
  }
};

let clockTicksPerSecond: number | null = null;

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc (null where absent). */
export const processCpuMs = (pid: number): number | null => {
  try {
    clockTicksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    // Fields after the command name (which is in parentheses and may hold spaces): utime is 14th, stime 15th overall.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /s, '')
      .split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return null;
  }
};

const stopGroup = async (child: ChildProcess): Promise<void> => {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const stopped = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!stopped) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await Promise.race([exited, sleep(2000)]);
  }
};

export const startServer = async (options: ServerOptions): Promise<ServerProcess> => {
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', path.join('api', 'src', 'index.ts')], {
    cwd: options.repoRoot,
    env: { ...process.env, ...options.environment, HOST: '127.0.0.1', PORT: '0' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start the server process (${process.execPath}).`);
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  const keep = (data: Buffer) => {
    output += data.toString();
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const stop = () => stopGroup(child);
  try {
    let port: number | null = null;
    while (performance.now() - started < options.timeoutMs) {
      if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode} before it was ready:\n${output}`);
      port ??= Number(portLine.exec(output)?.[1] ?? NaN) || null;
      if (port !== null) {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
        if (response?.status === 200) {
          const healthyAfterMs = performance.now() - started;
          await response.arrayBuffer();
          // The ready line is printed right after the index is loaded; give it a moment to arrive.
          for (let attempt = 0; attempt < 20 && !readyLine.test(output); attempt += 1) await sleep(10);
          const reported = readyLine.exec(output)?.[1];
          return {
            pid,
            baseUrl: `http://127.0.0.1:${port}`,
            healthyAfterMs,
            reportedLoadMs: reported ? Number(reported) : null,
            output: () => output,
            stop,
          };
        }
        if (response) await response.arrayBuffer();
      }
      await sleep(10);
    }
    throw new Error(`The server did not answer /api/health with 200 within ${options.timeoutMs} ms:\n${output}`);
  } catch (error) {
    await stop();
    throw error;
  }
};
