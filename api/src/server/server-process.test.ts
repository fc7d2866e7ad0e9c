import { describe, expect, it } from 'vitest';
import { findFreePort, startServerProcess } from './server-process';

/** A stand-in server: listens on PORT (0: any), prints the API's «answer at» line, answers /api/health after `readyAfterMs`. */
const fakeServer = (readyAfterMs: number) => `
const http = require('node:http');
const started = Date.now();
const server = http.createServer((request, response) => {
  response.statusCode = request.url === '/api/health' && Date.now() - started >= ${readyAfterMs} ? 200 : 503;
  response.end('{}');
});
server.listen(Number(process.env.PORT), process.env.HOST, () => console.log('Kildesvar will answer at http://127.0.0.1:' + server.address().port));
`;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('startServerProcess', () => {
  it('reads the port the server picked from its output, waits for a healthy answer, and stops the process', async () => {
    const server = await startServerProcess({ cwd: process.cwd(), command: [process.execPath, '-e', fakeServer(300)], timeoutMs: 20_000, pollMs: 20 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.healthyAfterMs).toBeGreaterThan(0);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    await server.stop();
    expect(alive(server.pid)).toBe(false);
  });

  it('uses the port it is given', async () => {
    const port = await findFreePort();
    const server = await startServerProcess({ cwd: process.cwd(), command: [process.execPath, '-e', fakeServer(0)], port, timeoutMs: 20_000 });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${port}`);
    } finally {
      await server.stop();
    }
  });

  it('signals the started process alone and reports when and how it exited', async () => {
    const exitOnTerm = `${fakeServer(0)}\nprocess.on('SIGTERM', () => server.close(() => process.exit(7)));`;
    const server = await startServerProcess({ cwd: process.cwd(), command: [process.execPath, '-e', exitOnTerm], timeoutMs: 20_000 });
    try {
      expect(await server.exited(50)).toBe(false);
      expect(server.exitCode()).toBeNull();
      server.signal('SIGTERM');
      expect(await server.exited(10_000)).toBe(true);
      expect(server.exitCode()).toBe(7);
    } finally {
      await server.stop();
    }
  });

  it('rejects with what the server printed when it exits before it is healthy', async () => {
    const failing = startServerProcess({
      cwd: process.cwd(),
      command: [process.execPath, '-e', 'console.error("no index here"); process.exit(3)'],
      timeoutMs: 20_000,
    });
    await expect(failing).rejects.toThrow(/exited \(3\)[\s\S]*no index here/);
    await expect(failing).rejects.toMatchObject({ name: 'ServerStartError', exitCode: 3, output: expect.stringContaining('no index here') });
  });
});
