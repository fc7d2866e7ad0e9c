import { request, Agent } from 'node:http';
import { connect, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/paths';
import { findFreePort, ServerStartError, startServerProcess, type ServerProcess, type ServerProcessOptions } from './server-process';

/** The server as a process: signals, the shutdown deadline and a taken port. */
const started: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.stop()));
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True when nothing listens on the port (we could bind it ourselves). */
const portIsFree = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

const portOf = (server: ServerProcess): number => Number(new URL(server.url).port);

const startServer = async (options: Partial<ServerProcessOptions> & { timeoutMs: number }): Promise<ServerProcess> => {
  const server = await startServerProcess({ cwd: repoRoot, ...options, environment: { ACCESS_LOG: '0', ...options.environment } });
  started.push(server);
  return server;
};

describe('the server process', () => {
  it('stops and frees its port when the `npm start` PID gets SIGTERM (no orphaned server)', async () => {
    const server = await startServer({ command: ['npm', 'start'], port: await findFreePort(), timeoutMs: 240_000 });
    server.signal('SIGTERM');
    expect(await server.exited(15_000), server.output()).toBe(true);
    await sleep(200);
    expect(await portIsFree(portOf(server))).toBe(true);
    expect(server.output()).toMatch(/SIGTERM: Kildesvar stops accepting connections/);
  }, 300_000);

  it('ends a shutdown within its deadline although an idle keep-alive connection and a half-sent request are open', async () => {
    const server = await startServer({ environment: { INDEX_WATCH_MS: '0', SHUTDOWN_TIMEOUT_MS: '1500' }, timeoutMs: 120_000 });
    const port = portOf(server);
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) =>
      request(`${server.url}/api/health`, { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve());
      })
        .on('error', reject)
        .end(),
    );
    const slow = connect(port, '127.0.0.1', () => slow.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: '));
    slow.on('error', () => {});
    await sleep(200);
    server.signal('SIGTERM');
    expect(await server.exited(8_000), server.output()).toBe(true);
    expect(server.exitCode()).toBe(0);
    expect(await portIsFree(port)).toBe(true);
    agent.destroy();
    slow.destroy();
  }, 180_000);

  it('says in one line that the port is taken, without a stack trace, and exits 1', async () => {
    const blocker = createServer();
    const port = await findFreePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', () => resolve()));
    try {
      const failure = await startServer({ port, environment: { INDEX_WATCH_MS: '0' }, timeoutMs: 60_000 }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(ServerStartError);
      if (!(failure instanceof ServerStartError)) return;
      expect(failure.exitCode).toBe(1);
      const errors = failure.output.split('\n').filter((line) => /cannot start|Error|^\s+at /.test(line));
      expect(errors).toEqual([
        `Kildesvar cannot start: port ${port} on 127.0.0.1 is already in use (is another Kildesvar running?). Stop that process or set PORT to a free port.`,
      ]);
    } finally {
      blocker.close();
    }
  }, 90_000);
});
