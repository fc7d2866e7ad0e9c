import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Assistant } from '@kildesvar/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp, type WorkLimits } from '../app';
import { readySource } from '../assistant-source';
import { createFakeAssistant } from '../fake-assistant';

/** An assistant whose search takes `ms` unless its signal aborts first; it records how each call ended. */
const slowAssistant = (ms: number): Assistant & { ended: string[] } => {
  const ended: string[] = [];
  const fake = createFakeAssistant();
  return {
    ...fake,
    ended,
    search: (query, options) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          ended.push('finished');
          resolve(fake.search(query, options));
        }, ms);
        options.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          ended.push('aborted');
          reject(options.signal?.reason);
        });
      }),
  };
};

const appWith = (assistant: Assistant, limits: WorkLimits) => createApp({ source: readySource(assistant), limits });
const search = (app: ReturnType<typeof createApp>) => app.request('/api/search?q=helsenett');
const servers: Array<{ close: () => void }> = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

describe('bounded work per request', () => {
  it('stops a search at its deadline with 503 timeout and aborts the work', async () => {
    const assistant = slowAssistant(5_000);
    const response = await search(appWith(assistant, { requestTimeoutMs: 50 }));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'timeout' } });
    expect(assistant.ended).toEqual(['aborted']);
  });

  it('lets a search that finishes in time answer normally', async () => {
    const response = await search(appWith(slowAssistant(5), { requestTimeoutMs: 2_000 }));
    expect(response.status).toBe(200);
  });

  it('aborts the work when the client disconnects', async () => {
    const assistant = slowAssistant(10_000);
    const app = appWith(assistant, { requestTimeoutMs: 60_000 });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    servers.push(server);
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const controller = new AbortController();
    const request = fetch(`http://127.0.0.1:${port}/api/search?q=helsenett`, { signal: controller.signal }).catch(() => 'client aborted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort();
    expect(await request).toBe('client aborted');
    await expect.poll(() => assistant.ended, { timeout: 3_000 }).toEqual(['aborted']);
  });

  it('answers 503 overloaded with Retry-After when the running and queued slots are full', async () => {
    const app = appWith(slowAssistant(300), { concurrency: { maxActive: 1, maxQueued: 1 } });
    const responses = await Promise.all([search(app), search(app), search(app)]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 503]);
    const refused = responses.find((response) => response.status === 503);
    expect(refused?.headers.get('retry-after')).toBe('1');
    expect(await refused?.json()).toMatchObject({ error: { code: 'overloaded' } });
  });

  it('answers a queued request whose deadline passes while it waits with 503 timeout', async () => {
    const app = appWith(slowAssistant(400), { requestTimeoutMs: 200, concurrency: { maxActive: 1, maxQueued: 4 } });
    const [first, second] = await Promise.all([search(app), search(app)]);
    expect([first.status, second.status]).toEqual([503, 503]);
    expect(await second.json()).toMatchObject({ error: { code: 'timeout' } });
  });

  it('holds a streamed answer’s slot until the stream ends', async () => {
    const app = appWith(createFakeAssistant(), { concurrency: { maxActive: 1, maxQueued: 0 } });
    const stream = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'hva er målet' }] }),
    });
    expect(stream.status).toBe(200);
    expect((await search(app)).status).toBe(503);
    await stream.text();
    expect((await search(app)).status).toBe(200);
  });

  it('rate-limits each client with 429 and Retry-After once its burst is spent', async () => {
    const app = appWith(createFakeAssistant(), { rateLimit: { perMinute: 6, burst: 2, trustProxy: true } });
    const from = (address: string) => app.request('/api/search?q=helsenett', { headers: { 'x-forwarded-for': address } });
    expect([(await from('10.0.0.1')).status, (await from('10.0.0.1')).status]).toEqual([200, 200]);
    const limited = await from('10.0.0.1');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect((await from('10.0.0.2')).status).toBe(200);
    expect((await app.request('/api/health', { headers: { 'x-forwarded-for': '10.0.0.1' } })).status).toBe(200);
  });
});
