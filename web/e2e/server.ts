import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** A port the OS says is free right now. */
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

export type RunningServer = {
  url: string;
  /** The last lines the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const exited = (child: ChildProcess, ms: number) =>
  new Promise<boolean>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

/**
 * Runs `npm start` from `root` on `port` in its own process group, and resolves once
 * GET /api/health answers 200. Rejects with the server's output when it exits or times out.
 */
export const startServer = async (root: string, port: number, options: { healthTimeoutMs: number }): Promise<RunningServer> => {
  const child = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n'));
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => lines.join('\n');

  const stop = async () => {
    const pid = child.pid;
    if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal);
      } catch {
        // The group is already gone.
      }
    };
    signalGroup('SIGTERM');
    if (!(await exited(child, 10_000))) {
      signalGroup('SIGKILL');
      await exited(child, 5_000);
    }
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + options.healthTimeoutMs;
  let lastStatus = 'no answer';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`npm start exited (${child.exitCode ?? child.signalCode}) before ${url}/api/health answered 200. Its output:\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status === 200) return { url, output, stop };
      lastStatus = `HTTP ${response.status}`;
    } catch {
      lastStatus = 'no answer';
    }
    await sleep(1_000);
  }
  await stop();
  throw new Error(`${url}/api/health did not answer 200 within ${options.healthTimeoutMs / 1000} s (last: ${lastStatus}). npm start printed:\n${output()}`);
};
