import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Test helper: runs a server command as a child process and waits until it answers /api/health with 200. */
export interface ServerChild {
  child: ChildProcess;
  url: string;
  output: () => string;
  exited: (withinMs: number) => Promise<boolean>;
  kill: () => void;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when nothing listens on the port (we could bind it ourselves). */
export const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });

export const spawnServer = (command: string, args: string[], options: { cwd: string; port: number; env?: Record<string, string> }): ServerChild => {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(options.port), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = (withinMs: number) =>
    new Promise<boolean>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(true);
      const timer = setTimeout(() => resolve(false), withinMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  return {
    child,
    url: `http://127.0.0.1:${options.port}`,
    output: () => output,
    exited,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
};

export const waitHealthy = async (server: ServerChild, timeoutMs: number): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`The server exited (${server.child.exitCode}) before it was healthy:\n${server.output()}`);
    const response = await fetch(`${server.url}/api/health`, { signal: AbortSignal.timeout(2_000) }).catch(() => null);
    if (response?.status === 200) return;
    await sleep(250);
  }
  throw new Error(`The server was not healthy within ${timeoutMs} ms:\n${server.output()}`);
};
