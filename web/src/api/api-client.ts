import {
  documentDetailSchema,
  documentSummarySchema,
  errorBodySchema,
  type ChatRequest,
  type DocumentDetail,
  type DocumentSummary,
} from '@kildesvar/core/schemas';
import type { z } from 'zod';
import {
  answerFrameSchema as streamFrameSchema,
  answerSchema as chatResponseSchema,
  type Answer as ChatResponse,
  type AnswerFrame as StreamFrame,
} from './answer-schema';
import { ApiError, isAbortError } from './api-error';
import { readSseStream } from '@kildesvar/core/sse';

const send = async (path: string, init?: RequestInit): Promise<Response> => {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new ApiError('network', 'no response from the server', { cause: error });
  }
  if (!response.ok) throw await errorFrom(response);
  return response;
};

const errorFrom = async (response: Response): Promise<ApiError> => {
  const body: unknown = await response.json().catch(() => undefined);
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) return new ApiError(parsed.data.error.code, parsed.data.error.message, { status: response.status });
  // A proxy in front of a stopped server answers 502/504 without the contract's error body.
  const code = response.status === 502 || response.status === 504 ? 'network' : response.status >= 500 ? 'internal' : 'bad_request';
  return new ApiError(code, `HTTP ${response.status} ${response.statusText}`.trim(), { status: response.status });
};

const parseWith = <Schema extends z.ZodTypeAny>(schema: Schema, value: unknown, what: string): z.infer<Schema> => {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError('invalid_response', `${what} does not match the contract: ${parsed.error.message}`);
  return parsed.data;
};

const readJson = async (response: Response, what: string): Promise<unknown> => {
  try {
    return await response.json();
  } catch (error) {
    throw new ApiError('invalid_response', `${what} is not JSON`, { cause: error });
  }
};

export const fetchDocuments = async (signal?: AbortSignal): Promise<DocumentSummary[]> => {
  const response = await send('/api/documents', { signal, headers: { Accept: 'application/json' } });
  return parseWith(documentSummarySchema.array(), await readJson(response, 'the document list'), 'the document list');
};

export const fetchDocument = async (file: string, signal?: AbortSignal): Promise<DocumentDetail> => {
  // `blocks=1`: the readable blocks of the cleaned text as well (servers without them ignore it).
  const response = await send(`/api/documents/${encodeURIComponent(file)}?blocks=1`, { signal, headers: { Accept: 'application/json' } });
  return parseWith(documentDetailSchema, await readJson(response, 'the document'), 'the document');
};

/**
 * Asks POST /api/chat for a streamed answer. Each validated frame goes to `onFrame` as it arrives;
 * the promise resolves with the full response of the `done` frame, and rejects with an ApiError
 * (an `error` frame, an HTTP error, a broken stream) or an AbortError when `signal` aborts.
 */
export const streamChat = async (
  request: ChatRequest,
  options: { signal?: AbortSignal; onFrame?: (frame: StreamFrame) => void } = {},
): Promise<ChatResponse> => {
  const response = await send('/api/chat', {
    method: 'POST',
    signal: options.signal,
    headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
    body: JSON.stringify(request),
  });
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.includes('text/event-stream') || response.body === null) {
    // A server may answer with plain JSON; it is the same response without the streaming.
    const answer = parseWith(chatResponseSchema, await readJson(response, 'the answer'), 'the answer');
    options.onFrame?.({ type: 'done', ...answer });
    return answer;
  }
  for await (const event of readSseStream(response.body)) {
    let data: unknown;
    try {
      data = JSON.parse(event.data);
    } catch (error) {
      throw new ApiError('invalid_response', `the ${event.event} frame is not JSON`, { cause: error });
    }
    const frame = parseWith(streamFrameSchema, data, `the ${event.event} frame`);
    options.onFrame?.(frame);
    if (frame.type === 'error') throw new ApiError(frame.error.code, frame.error.message);
    if (frame.type === 'done') {
      const { type: _type, ...answer } = frame;
      return answer;
    }
  }
  throw new ApiError('stream_ended', 'the answer stream ended before it was complete');
};
