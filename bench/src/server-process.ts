import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startServerProcess } from '@kildesvar/api/server-process';

/** A running API server as the bench sees it. */
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

const readyLine = /Kildesvar ready at .*loaded in (\d+) ms/;

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

/**
 * The API server (`api/src/index.ts`, what `npm start` runs after building) as the bench starts it:
 * through the one launcher (`@kildesvar/api/server-process`) on a port the system picks, asked every
 * 10 ms so the start-up time is exact, with the index load time the server reports.
 */
export const startServer = async (options: ServerOptions): Promise<ServerProcess> => {
  const server = await startServerProcess({ cwd: options.repoRoot, environment: options.environment, timeoutMs: options.timeoutMs, pollMs: 10 });
  // The ready line is printed right after the index is loaded; give it a moment to arrive.
  for (let attempt = 0; attempt < 20 && !readyLine.test(server.output()); attempt += 1) await sleep(10);
  const reported = readyLine.exec(server.output())?.[1];
  return { ...server, baseUrl: server.url, reportedLoadMs: reported ? Number(reported) : null };
};
