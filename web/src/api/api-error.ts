import type { ErrorCode } from '@kildesvar/core/errors';

/** The client's own codes, beside the server's `ErrorCode`s. */
export type ClientErrorCode = 'network' | 'invalid_response' | 'stream_ended';

/**
 * A failed API call, carrying the server's error `code` (core/src/errors.ts) or one of the client's
 * own: `network` (no answer from the server), `invalid_response` (an answer that breaks the
 * contract), `stream_ended` (the stream closed before its `done` frame).
 */
export class ApiError extends Error {
  readonly code: ErrorCode | ClientErrorCode;
  readonly status: number | undefined;

  constructor(code: ErrorCode | ClientErrorCode, message: string, options?: { status?: number; cause?: unknown }) {
    super(message, { cause: options?.cause });
    this.name = 'ApiError';
    this.code = code;
    this.status = options?.status;
  }
}

export const isAbortError = (error: unknown): boolean =>
  error instanceof DOMException ? error.name === 'AbortError' : error instanceof Error && error.name === 'AbortError';
