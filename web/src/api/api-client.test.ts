import type { StreamFrame } from '@kildesvar/core/schemas';
import { describe, expect, it, vi } from 'vitest';
import { sampleAnswer } from '../test/fixtures';
import { fetchDocument, streamChat } from './api-client';
import { ApiError } from './api-error';

const request = { messages: [{ role: 'user' as const, content: 'Hva er målet?' }] };

const respondWith = (response: Response) =>
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => response),
  );

const sse = (...events: string[]) => new Response(events.join(''), { headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } });

const caught = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected the call to fail');
};

describe('streamChat', () => {
  it('posts the request asking for an event stream and passes each frame on in order', async () => {
    const fetchMock = vi.fn(async () =>
      sse(
        `event: citations\ndata: ${JSON.stringify({ type: 'citations', citations: sampleAnswer.citations, related: [] })}\n\n`,
        `event: delta\ndata: {"type":"delta","text":"I løpet av 2011"}\n\n`,
        `event: done\ndata: ${JSON.stringify({ type: 'done', ...sampleAnswer })}\n\n`,
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const frames: StreamFrame['type'][] = [];
    const answer = await streamChat(request, { onFrame: (frame) => frames.push(frame.type) });
    expect(frames).toEqual(['citations', 'delta', 'done']);
    expect(answer).toEqual(sampleAnswer);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/chat');
    expect(new Headers(init.headers).get('accept')).toBe('text/event-stream');
    expect(JSON.parse(String(init.body))).toEqual(request);
  });

  it('accepts a plain JSON answer as the same response', async () => {
    respondWith(new Response(JSON.stringify(sampleAnswer), { headers: { 'Content-Type': 'application/json' } }));
    expect(await streamChat(request)).toEqual(sampleAnswer);
  });

  it('turns an error body into an ApiError with the server code and status', async () => {
    respondWith(new Response(JSON.stringify({ error: { code: 'index_not_ready', message: 'loading' } }), { status: 503 }));
    const error = await caught(streamChat(request));
    expect(error).toBeInstanceOf(ApiError);
    expect([error.code, error.status, error.message]).toEqual(['index_not_ready', 503, 'loading']);
  });

  it('reads a proxy 502 without an error body as the server being unreachable', async () => {
    respondWith(new Response('Bad Gateway', { status: 502 }));
    expect((await caught(streamChat(request))).code).toBe('network');
  });

  it('rejects a frame that breaks the schema as an invalid response', async () => {
    respondWith(sse('event: delta\ndata: {"type":"delta","text":42}\n\n'));
    expect((await caught(streamChat(request))).code).toBe('invalid_response');
  });

  it('rejects a stream that ends before its done frame', async () => {
    respondWith(sse('event: delta\ndata: {"type":"delta","text":"halv"}\n\n'));
    expect((await caught(streamChat(request))).code).toBe('stream_ended');
  });

  it('rejects with the code of an error frame', async () => {
    respondWith(sse('event: error\ndata: {"type":"error","error":{"code":"internal","message":"boom"}}\n\n'));
    const error = await caught(streamChat(request));
    expect([error.code, error.message]).toEqual(['internal', 'boom']);
  });
});

describe('fetchDocument', () => {
  it('encodes the file name into the path and validates the document', async () => {
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ file: 'a b.txt', title: 'T', publisher: 'P', year: 2020, language: 'nb', chars: 4, text: 'abcd' })),
    );
    vi.stubGlobal('fetch', fetchMock);
    expect((await fetchDocument('a b.txt')).text).toBe('abcd');
    expect((fetchMock.mock.calls[0] as unknown as [string])[0]).toBe('/api/documents/a%20b.txt?blocks=1');
  });
});
