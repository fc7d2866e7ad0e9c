import { zValidator } from '@hono/zod-validator';
import { KildesvarError } from '@kildesvar/core/errors';
import { chatRequestSchema, type ChatResponse, type StreamFrame } from '@kildesvar/core/schemas';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { streamSSE } from 'hono/streaming';
import type { AssistantSource } from '../assistant-source';
import { requestSignal } from '../bounds/request-signal';
import { rejectInvalid } from '../validation';
import { checkFilter } from './filters';
import { toErrorBody } from '../error-handler';

const requireJson = createMiddleware(async (context, next) => {
  const type = context.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new KildesvarError('unsupported_media_type', 'Send the request body as JSON with Content-Type: application/json.');
  await next();
});

/** Cuts the answer into small pieces for `delta` frames; the pieces concatenate to the answer. */
export const answerDeltas = (answer: string): string[] => answer.match(/\S+\s*|\s+/g) ?? [];

const wantsStream = (accept: string | undefined): boolean => /text\/event-stream/i.test(accept ?? '');

export const chatRoute = (source: AssistantSource) =>
  new Hono().post('/', requireJson, zValidator('json', chatRequestSchema, rejectInvalid), async (context) => {
    const { messages, ...filterInput } = context.req.valid('json');
    const assistant = source.require();
    const filter = checkFilter(assistant, filterInput);
    const signal = requestSignal(context);
    if (!wantsStream(context.req.header('accept'))) {
      const response: ChatResponse = await assistant.chat(messages, filter, { signal });
      return context.json(response, 200);
    }
    return streamSSE(context, async (stream) => {
      const send = (frame: StreamFrame) => stream.writeSSE({ event: frame.type, data: JSON.stringify(frame) });
      try {
        const response = await assistant.chat(messages, filter, { signal });
        await send({ type: 'citations', citations: response.citations, related: response.related });
        for (const text of answerDeltas(response.answer)) {
          if (stream.aborted) return;
          await send({ type: 'delta', text });
        }
        await send({ type: 'done', ...response });
      } catch (error) {
        await send({ type: 'error', ...toErrorBody(error).body });
      }
    });
  });
