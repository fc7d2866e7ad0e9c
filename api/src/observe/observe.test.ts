import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { readySource } from '../assistant-source';
import { createFakeAssistant } from '../fake-assistant';
import { routeLabel } from './route-label';

describe('access log and metrics', () => {
  it('writes one access-log line per request with method, route, status and duration, never the question', async () => {
    const lines: string[] = [];
    const app = createApp({ source: readySource(createFakeAssistant()), accessLog: (line) => lines.push(line) });
    await app.request('/api/search?q=hemmelig+sp%C3%B8rsm%C3%A5l+om+helsenett');
    await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ messages: [{ role: 'user', content: 'hemmelig spørsmål om helsenett' }] }),
    });
    await app.request('/api/documents/a.txt');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\S+Z GET \/api\/search 200 \d+\.\dms$/);
    expect(lines[1]).toMatch(/ POST \/api\/chat 200 /);
    expect(lines[2]).toMatch(/ GET \/api\/documents\/:file 200 /);
    expect(lines.join('\n')).not.toMatch(/hemmelig|helsenett|a\.txt/);
  });

  it('serves Prometheus text with requests by route and status, durations, in-flight requests and the index generation', async () => {
    const app = createApp({ source: readySource(createFakeAssistant()) });
    await app.request('/api/search?q=helsenett');
    await app.request('/api/search?q=helsenett');
    await app.request('/api/search');
    const response = await app.request('/api/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('kildesvar_http_requests_total{method="GET",route="/api/search",status="200"} 2');
    expect(text).toContain('kildesvar_http_requests_total{method="GET",route="/api/search",status="400"} 1');
    expect(text).toMatch(/kildesvar_http_request_duration_seconds_count\{method="GET",route="\/api\/search",status="200"\} 2/);
    expect(text).toContain('kildesvar_http_requests_in_flight 1');
    expect(text).toContain('kildesvar_index_generation 1');
    expect(text).toContain('kildesvar_index_ready 1');
    expect(text).not.toContain('helsenett');
  });

  it('labels routes from a fixed set, so a path cannot add free text to a label', () => {
    expect(routeLabel('/api/documents/anything at all')).toBe('/api/documents/:file');
    expect(routeLabel('/api/whatever/else')).toBe('/api/*');
    expect(routeLabel('/assets/index-123.js')).toBe('/assets/*');
    expect(routeLabel('/some/page')).toBe('/');
  });
});
