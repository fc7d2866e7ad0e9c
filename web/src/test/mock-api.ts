import type { ChatRequest, ChatResponse, StreamFrame } from '@kildesvar/core/schemas';
import type { ErrorCode } from '@kildesvar/core/errors';
import { vi } from 'vitest';
import { documentDetail, sampleDocuments } from './fixtures';

/** What the fake server does with one chat request. */
export type ChatReply =
  | { kind: 'answer'; response: ChatResponse }
  | { kind: 'http-error'; status: number; code: string; message: string }
  | { kind: 'network-error' }
  | { kind: 'error-frame'; code: ErrorCode; message: string }
  /** Sends the citations and the first words, then waits until the request is aborted. */
  | { kind: 'hang'; response: ChatResponse };

const sseText = (frame: StreamFrame) => `event: ${frame.type}\ndata: ${JSON.stringify(frame)}\n\n`;

const deltaFrames = (answer: string): StreamFrame[] => (answer.match(/\S+\s*/g) ?? []).map((word) => ({ type: 'delta', text: word }));

const eventStream = (frames: StreamFrame[], signal: AbortSignal | null | undefined, hang: boolean) => {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      signal?.addEventListener('abort', () => controller.error(new DOMException('The operation was aborted.', 'AbortError')));
      for (const frame of frames) {
        if (signal?.aborted) return;
        controller.enqueue(encoder.encode(sseText(frame)));
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      if (!hang && !signal?.aborted) controller.close();
    },
  });
};

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const chatResponse = (reply: ChatReply, signal: AbortSignal | null | undefined): Response => {
  switch (reply.kind) {
    case 'http-error':
      return json({ error: { code: reply.code, message: reply.message } }, reply.status);
    case 'network-error':
      throw new TypeError('Failed to fetch');
    case 'error-frame':
      return new Response(eventStream([{ type: 'error', error: { code: reply.code, message: reply.message } }], signal, false), {
        headers: { 'Content-Type': 'text/event-stream' },
      });
    case 'answer':
    case 'hang': {
      const { response } = reply;
      const deltas = deltaFrames(response.answer);
      const frames: StreamFrame[] = [
        { type: 'citations', citations: response.citations, related: response.related },
        ...(reply.kind === 'hang' ? deltas.slice(0, 2) : [...deltas, { type: 'done' as const, ...response }]),
      ];
      return new Response(eventStream(frames, signal, reply.kind === 'hang'), { headers: { 'Content-Type': 'text/event-stream' } });
    }
  }
};

/**
 * Installs a fake `fetch` serving the fixture documents and, for /api/chat, the replies given in
 * order (the last one repeats). Records each chat request body for assertions.
 */
export const installMockApi = (replies: ChatReply[] = [], options: { documentsFail?: boolean } = {}) => {
  const chatRequests: ChatRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(String(input), 'http://localhost');
    if (url.pathname === '/api/documents') {
      if (options.documentsFail) throw new TypeError('Failed to fetch');
      return json(sampleDocuments);
    }
    if (url.pathname.startsWith('/api/documents/')) {
      const file = decodeURIComponent(url.pathname.slice('/api/documents/'.length));
      try {
        return json(documentDetail(file));
      } catch {
        return json({ error: { code: 'not_found', message: `no document ${file}` } }, 404);
      }
    }
    if (url.pathname === '/api/chat' && init?.method === 'POST') {
      chatRequests.push(JSON.parse(String(init.body)) as ChatRequest);
      const reply = replies[Math.min(chatRequests.length - 1, replies.length - 1)];
      if (reply === undefined) throw new Error('the test gave no chat reply');
      return chatResponse(reply, init.signal);
    }
    return json({ error: { code: 'not_found', message: url.pathname } }, 404);
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, chatRequests };
};
