import { request, Agent } from 'node:http';
import { connect, createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../../test/paths';
import { freePort, portIsFree, sleep, spawnServer, waitHealthy, type ServerChild } from './server-child';

/** The server as a process: signals, the shutdown deadline and a taken port. */
const started: ServerChild[] = [];
afterEach(() => {
  for (const server of started.splice(0)) server.kill();
});

const tsxServer = async (env: Record<string, string> = {}) => {
  const port = await freePort();
  const server = spawnServer(process.execPath, ['--import', 'tsx', 'api/src/index.ts'], {
    cwd: repoRoot,
    port,
    env: { ACCESS_LOG: '0', INDEX_WATCH_MS: '0', ...env },
  });
  started.push(server);
  return { server, port };
};

describe('the server process', () => {
  it('stops and frees its port when the `npm start` PID gets SIGTERM (no orphaned server)', async () => {
    const port = await freePort();
    const server = spawnServer('npm', ['start'], { cwd: repoRoot, port, env: { ACCESS_LOG: '0' } });
    started.push(server);
    await waitHealthy(server, 240_000);
    server.child.kill('SIGTERM');
    expect(await server.exited(15_000), server.output()).toBe(true);
    await sleep(200);
    expect(await portIsFree(port)).toBe(true);
    expect(server.output()).toMatch(/SIGTERM: Kildesvar stops accepting connections/);
  }, 300_000);

  it('ends a shutdown within its deadline although an idle keep-alive connection and a half-sent request are open', async () => {
    const { server, port } = await tsxServer({ SHUTDOWN_TIMEOUT_MS: '1500' });
    await waitHealthy(server, 120_000);
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
    server.child.kill('SIGTERM');
    expect(await server.exited(8_000), server.output()).toBe(true);
    expect(server.child.exitCode).toBe(0);
    expect(await portIsFree(port)).toBe(true);
    agent.destroy();
    slow.destroy();
  }, 180_000);

  it('says in one line that the port is taken, without a stack trace, and exits 1', async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', () => resolve()));
    try {
      const server = spawnServer(process.execPath, ['--import', 'tsx', 'api/src/index.ts'], {
        cwd: repoRoot,
        port,
        env: { ACCESS_LOG: '0', INDEX_WATCH_MS: '0' },
      });
      started.push(server);
      expect(await server.exited(60_000)).toBe(true);
      expect(server.child.exitCode).toBe(1);
      const errors = server
        .output()
        .split('\n')
        .filter((line) => /cannot start|Error|^\s+at /.test(line));
      expect(errors).toEqual([
        `Kildesvar cannot start: port ${port} on 127.0.0.1 is already in use (is another Kildesvar running?). Stop that process or set PORT to a free port.`,
      ]);
    } finally {
      blocker.close();
    }
  }, 90_000);
});
