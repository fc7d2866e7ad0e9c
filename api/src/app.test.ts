import { describe, expect, it } from 'vitest';
import { chatResponseSchema, documentDetailSchema, errorBodySchema, searchResponseSchema, streamFrameSchema } from '@kildesvar/core/schemas';
import { createApp } from './app';
import { LoadingSource, readySource } from './assistant-source';
import { createFakeAssistant } from './fake-assistant';
import { parseSseText } from '@kildesvar/core/sse';

const setup = () => {
  const assistant = createFakeAssistant();
  return { assistant, app: createApp({ source: readySource(assistant), bodyLimitBytes: 64 * 1024 }) };
};

const chat = (app: ReturnType<typeof createApp>, body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/chat', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const readJson = async (response: Response): Promise<unknown> => response.json();

const expectError = async (response: Response, status: number, code: string) => {
  expect(response.status).toBe(status);
  const body = errorBodySchema.parse(await readJson(response));
  expect(body.error.code).toBe(code);
  expect(body.error.message).not.toMatch(/\n\s+at /);
};

describe('GET /api/health', () => {
  it('answers 503 with index_not_ready until the index is loaded, then ok', async () => {
    const source = new LoadingSource();
    const app = createApp({ source });
    await expectError(await app.request('/api/health'), 503, 'index_not_ready');
    await expectError(await app.request('/api/search?q=helse'), 503, 'index_not_ready');
    source.ready(createFakeAssistant());
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await readJson(response)).toMatchObject({ status: 'ok', documents: 1, chunks: 1, embedder: { id: 'fake' } });
  });
});

describe('GET /api/search', () => {
  it('passes query, mode, k and repeated file filters to retrieval', async () => {
    const { app, assistant } = setup();
    const response = await app.request('/api/search?q=helsenett&k=3&mode=lexical&file=a.txt&file=a.txt');
    expect(response.status).toBe(200);
    const body = searchResponseSchema.parse(await readJson(response));
    expect(body).toMatchObject({ query: 'helsenett', mode: 'lexical' });
    expect(body.results[0]?.text).toContain('Norsk Helsenett');
    expect(assistant.calls).toEqual(['search:helsenett:lexical:3:a.txt,a.txt']);
  });

  it.each([
    ['missing q', '/api/search'],
    ['whitespace-only q', '/api/search?q=%20%20'],
    ['q over 2,000 characters', `/api/search?q=${'a'.repeat(2001)}`],
    ['k below range', '/api/search?q=helse&k=0'],
    ['k above range', '/api/search?q=helse&k=51'],
    ['k not a number', '/api/search?q=helse&k=abc'],
    ['unknown mode', '/api/search?q=helse&mode=semantic'],
    ['inverted year range', '/api/search?q=helse&yearFrom=2020&yearTo=2010'],
  ])('rejects a search with %s: 400 bad_request', async (_label, url) => {
    const { app, assistant } = setup();
    await expectError(await app.request(url), 400, 'bad_request');
    expect(assistant.calls).toEqual([]);
  });

  it('rejects an unknown document filter with 404 not_found', async () => {
    const { app } = setup();
    await expectError(await app.request('/api/search?q=helse&file=nope.txt'), 404, 'not_found');
  });
});

describe('POST /api/chat', () => {
  it('answers JSON with citations', async () => {
    const { app } = setup();
    const response = await chat(app, { messages: [{ role: 'user', content: 'hva er målet for Norsk Helsenett innen 2011' }] });
    expect(response.status).toBe(200);
    const body = chatResponseSchema.parse(await readJson(response));
    expect(body.answer).toContain('2011');
    expect(body.citations[0]?.file).toBe('a.txt');
    expect(body.abstained).toBe(false);
  });

  it('streams citations, deltas that add up to the answer, then done with the same JSON', async () => {
    const { app } = setup();
    const messages = [{ role: 'user', content: 'hva er målet for Norsk Helsenett innen 2011' }];
    const json = chatResponseSchema.parse(await readJson(await chat(app, { messages })));
    const response = await chat(app, { messages }, { accept: 'text/event-stream' });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const frames = parseSseText(await response.text()).map((frame) => ({ event: frame.event, data: streamFrameSchema.parse(JSON.parse(frame.data)) }));
    expect(frames[0]?.event).toBe('citations');
    expect(frames[frames.length - 1]?.event).toBe('done');
    const deltas = frames.filter((frame) => frame.data.type === 'delta').map((frame) => (frame.data.type === 'delta' ? frame.data.text : ''));
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(json.answer);
    const { type: _type, ...done } = (frames.at(-1)?.data ?? {}) as Record<string, unknown>;
    expect(done).toEqual(json);
  });

  it.each<[string, unknown]>([
    ['no messages', { messages: [] }],
    ['whitespace-only question', { messages: [{ role: 'user', content: '   ' }] }],
    ['question over 2,000 characters', { messages: [{ role: 'user', content: 'x'.repeat(2001) }] }],
    ['more than 50 messages', { messages: Array.from({ length: 51 }, () => ({ role: 'user', content: 'hei' })) }],
    ['last message not from the user', { messages: [{ role: 'assistant', content: 'hei' }] }],
    ['unknown role', { messages: [{ role: 'system', content: 'hei' }] }],
    ['messages not a list', { messages: 'hei' }],
    ['no body fields', {}],
    ['invalid JSON', '{"messages": ['],
  ])('rejects a chat request with %s: 400 bad_request', async (_label, body) => {
    const { app, assistant } = setup();
    await expectError(await chat(app, body), 400, 'bad_request');
    expect(assistant.calls).toEqual([]);
  });

  it('rejects a body that is not JSON with 415', async () => {
    const { app } = setup();
    const response = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hva er IKT' });
    await expectError(response, 415, 'unsupported_media_type');
  });

  it('rejects a body over the size limit with 413', async () => {
    const { app } = setup();
    const body = JSON.stringify({ messages: [{ role: 'user', content: 'x'.repeat(100_000) }] });
    const response = await app.request('/api/chat', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      body,
    });
    await expectError(response, 413, 'payload_too_large');
  });

  it('rejects an unknown document filter with 404', async () => {
    const { app } = setup();
    await expectError(await chat(app, { messages: [{ role: 'user', content: 'hei' }], file: ['nope.txt'] }), 404, 'not_found');
  });

  it('survives random bytes and very long Unicode, then still answers a normal question', async () => {
    const { app } = setup();
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 25; round += 1) {
      const bytes = new Uint8Array(Array.from({ length: 1 + Math.floor(random() * 400) }, () => Math.floor(random() * 256)));
      const response = await app.request('/api/chat', { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      errorBodySchema.parse(await readJson(response));
    }
    const unicode = '🇳🇴æøå\u0000\u202e'.repeat(5000);
    expect((await app.request(`/api/search?q=${encodeURIComponent(Array.from(unicode).slice(0, 2100).join(''))}`)).status).toBe(400);
    expect((await chat(app, { messages: [{ role: 'user', content: Array.from(unicode).slice(0, 2500).join('') }] })).status).toBe(400);
    expect((await chat(app, { messages: [{ role: 'user', content: unicode }] })).status).toBe(413);
    const response = await chat(app, { messages: [{ role: 'user', content: 'hva er målet for Norsk Helsenett' }] });
    expect(response.status).toBe(200);
  });
});

describe('documents and unknown routes', () => {
  it('lists documents and returns one with its original text', async () => {
    const { app } = setup();
    expect(await readJson(await app.request('/api/documents'))).toHaveLength(1);
    const document = documentDetailSchema.parse(await readJson(await app.request('/api/documents/a.txt')));
    expect(document.text).toContain('Norsk Helsenett');
  });

  it('answers 404 not_found for an unknown document or route', async () => {
    const { app } = setup();
    await expectError(await app.request('/api/documents/nope.txt'), 404, 'not_found');
    await expectError(await app.request('/api/nothing'), 404, 'not_found');
  });

  it('sends secure headers and no CORS header unless configured', async () => {
    const { app } = setup();
    const response = await app.request('/api/health', { headers: { origin: 'http://evil.example' } });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const open = createApp({ source: readySource(createFakeAssistant()), corsOrigin: 'http://localhost:5173' });
    const allowed = await open.request('/api/health', { headers: { origin: 'http://localhost:5173' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
  });
});
