import { isKildesvarError, type ErrorCode } from '@kildesvar/core/errors';
import type { ErrorBody } from '@kildesvar/core/schemas';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';

/** The API's one mapping from error code to HTTP status; never a stack trace in a response. */
const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  index_missing: 503,
  index_mismatch: 503,
  index_not_ready: 503,
  model_missing: 503,
  internal: 500,
};

export const errorBody = (code: string, message: string): ErrorBody => ({ error: { code, message } });

export const handleError = (error: Error, context: Context): Response => {
  if (isKildesvarError(error)) return context.json(errorBody(error.code, error.message), statusOf[error.code]);
  if (error instanceof HTTPException) {
    const status = error.status;
    const code = status === 413 ? 'payload_too_large' : status === 404 ? 'not_found' : status < 500 ? 'bad_request' : 'internal';
    return context.json(errorBody(code, error.message || 'Request failed'), status as ContentfulStatusCode);
  }
  console.error('Unexpected error:', error);
  return context.json(errorBody('internal', 'Internal error'), 500);
};
