import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { readySource } from '../assistant-source';
import { createFakeAssistant } from '../fake-assistant';
import { createMetrics } from '../observe/metrics';

/**
 * The answers as the server writes them to the socket (through @hono/node-server, not `app.request`):
 * JSON answers are written in one piece from the route's string, so the middleware that runs after
 * the route must not turn them into streamed web Responses; these tests pin what a client receives.
 */
let server: ServerType | undefined;

afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  server = undefined;
});

const start = async (bodyLimitBytes = 1024) => {
  const assistant = createFakeAssistant();
  const metrics = createMetrics();
  const app = createApp({
    source: readySource(assistant),
    bodyLimitBytes,
    limits: { requestTimeoutMs: 15_000, concurrency: { maxActive: 4, maxQueued: 8 } },
    metrics,
  });
  const listening = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
  server = listening;
  await new Promise((resolve) => listening.once('listening', resolve));
  const url = `http://127.0.0.1:${(listening.address() as AddressInfo).port}`;
  return { assistant, metrics, url };
};

const expectedHeaders = [
  'cache-control',
  'connection',
  'content-length',
  'content-security-policy',
  'content-type',
  'cross-origin-opener-policy',
  'cross-origin-resource-policy',
  'date',
  'keep-alive',
  'origin-agent-cluster',
  'permissions-policy',
  'referrer-policy',
  'strict-transport-security',
  'x-content-type-options',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-frame-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

describe('answers as served over HTTP', () => {
  it('writes a search answer as the JSON of the results, with its length and the API headers', async () => {
    const { assistant, metrics, url } = await start();
    const response = await fetch(`${url}/api/search?q=helsenett&k=3`);
    const body = await response.text();
    const results = await assistant.search('helsenett', { k: 3, mode: 'hybrid' });
    expect(response.status).toBe(200);
    expect(body).toBe(JSON.stringify({ query: 'helsenett', mode: 'hybrid', results }));
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect([...response.headers.keys()].sort()).toEqual(expectedHeaders);
    const text = await metrics.registry.metrics();
    expect(text).toContain('kildesvar_http_requests_total{method="GET",route="/api/search",status="200"} 1');
    expect(text).toContain('kildesvar_http_requests_in_flight 0');
  });

  it('writes errors the same way', async () => {
    const { url } = await start();
    const response = await fetch(`${url}/api/search?k=3`);
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'bad_request' } });
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    expect([...response.headers.keys()].sort()).toEqual(expectedHeaders);
  });

  it('still refuses a request body over the limit, and streams a chat answer to its end', async () => {
    const { metrics, url } = await start(200);
    const tooLarge = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'x'.repeat(400) }] }),
    });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ error: { code: 'payload_too_large' } });
    const streamed = await fetch(`${url}/api/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'helsenett?' }] }),
    });
    expect(streamed.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(await streamed.text()).toMatch(/event: done/);
    const text = await metrics.registry.metrics();
    expect(text).toContain('kildesvar_http_requests_total{method="POST",route="/api/chat",status="200"} 1');
    expect(text).toContain('kildesvar_http_requests_in_flight 0');
  });
});
