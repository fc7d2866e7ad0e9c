import { isKildesvarError, KildesvarError, type ErrorCode } from '@kildesvar/core/errors';
import type { ErrorBody } from '@kildesvar/core/schemas';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The API's one mapping from error code to HTTP status; never a stack trace in a response. */
const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  index_missing: 503,
  index_mismatch: 503,
  index_corrupt: 503,
  index_not_ready: 503,
  model_missing: 503,
  seeds_invalid: 503,
  config_invalid: 500,
  gold_set_invalid: 500,
  index_locked: 409,
  timeout: 503,
  overloaded: 503,
  rate_limited: 429,
  host_not_allowed: 421,
  headers_too_large: 431,
  request_timeout: 408,
  internal: 500,
};

const codeOfStatus = (status: number): ErrorCode =>
  status === 413 ? 'payload_too_large' : status === 404 ? 'not_found' : status === 415 ? 'unsupported_media_type' : status < 500 ? 'bad_request' : 'internal';

/**
 * What any failure becomes on the wire: the status and `{ error: { code, message } }`. Used by the
 * error handler, the chat stream's error frame, the body limit and the not-found route alike.
 * An error that is not ours is logged and answered as `internal`, without its message.
 */
export const toErrorBody = (error: unknown): { status: ContentfulStatusCode; body: ErrorBody } => {
  if (isKildesvarError(error)) return { status: statusOf[error.code], body: { error: { code: error.code, message: error.message } } };
  if (error instanceof HTTPException) {
    const code = codeOfStatus(error.status);
    return { status: error.status as ContentfulStatusCode, body: { error: { code, message: error.message || 'Request failed' } } };
  }
  console.error('Unexpected error:', error);
  return { status: 500, body: { error: { code: 'internal', message: 'Internal error' } } };
};

/** Answers a failure as JSON through `toErrorBody`. */
export const respondWithError = (context: Context, error: unknown): Response => {
  const { status, body } = toErrorBody(error);
  return context.json(body, status);
};

export const handleError = (error: Error, context: Context): Response => respondWithError(context, error);

/** A request error raised by the API itself (only the API speaks `bad_request`, `not_found` and the like). */
export const requestError = (code: 'bad_request' | 'not_found' | 'payload_too_large' | 'unsupported_media_type', message: string) =>
  new KildesvarError(code, message);
