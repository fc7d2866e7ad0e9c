import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { readySource } from '../assistant-source';
import { createFakeAssistant } from '../fake-assistant';
import { hostName } from './allowed-hosts';

const app = (options: Partial<Parameters<typeof createApp>[0]> = {}) => createApp({ source: readySource(createFakeAssistant()), ...options });

describe('headers on every answer', () => {
  it('sends a strict Content-Security-Policy and a Permissions-Policy that switches features off', async () => {
    const response = await app().request('/api/health');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get('permissions-policy')).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('marks API answers, errors included, no-store', async () => {
    expect((await app().request('/api/search?q=helsenett')).headers.get('cache-control')).toBe('no-store');
    expect((await app().request('/api/search')).headers.get('cache-control')).toBe('no-store');
    expect((await app().request('/api/nothing')).headers.get('cache-control')).toBe('no-store');
  });

  it('marks content-hashed UI assets immutable and the page itself for revalidation', async () => {
    const site = app();
    const ui = new Hono().get('/assets/:file', (context) => context.body('x', 200)).get('*', (context) => context.html('<p>'));
    site.route('/', ui);
    expect((await site.request('/assets/index-abc123.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await site.request('/')).headers.get('cache-control')).toBe('no-cache');
  });
});

describe('ALLOWED_HOSTS', () => {
  it('answers 421 host_not_allowed for a Host header outside the list, and normally for one in it', async () => {
    const site = app({ allowedHosts: ['kildesvar.example', 'localhost'] });
    const refused = await site.request('http://evil.example/api/health', { headers: { host: 'evil.example' } });
    expect(refused.status).toBe(421);
    expect(await refused.json()).toMatchObject({ error: { code: 'host_not_allowed' } });
    expect((await site.request('http://localhost:8787/api/health', { headers: { host: 'localhost:8787' } })).status).toBe(200);
    expect((await site.request('http://x/api/health', { headers: { host: 'Kildesvar.Example' } })).status).toBe(200);
  });

  it('reads host names without their port, IPv6 included', () => {
    expect([hostName('127.0.0.1:8787'), hostName('[::1]:8787'), hostName('Example.org')]).toEqual(['127.0.0.1', '[::1]', 'example.org']);
  });
});
