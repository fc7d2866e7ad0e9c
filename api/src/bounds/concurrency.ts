import { createMiddleware } from 'hono/factory';
import { KildesvarError } from '@kildesvar/core/errors';
import { toErrorBody } from '../error-handler';
import type { ConcurrencyLimiter } from './concurrency-limiter';
import { requestSignal } from './request-signal';
import { whenResponseDone } from './response-done';

/**
 * Caps expensive requests in flight: a full queue answers 503 `overloaded` with `Retry-After` at
 * once; a queued request whose deadline passes answers 503 `timeout`. A streamed answer holds its
 * slot until the stream ends.
 */
export const concurrencyCap = (limiter: ConcurrencyLimiter, retryAfterSeconds = 1, onOverloaded: () => void = () => {}) =>
  createMiddleware(async (context, next) => {
    const waiting = limiter.acquire(requestSignal(context));
    if (!waiting) {
      onOverloaded();
      return context.json(
        errorBodyOf('overloaded', `The server is busy (${limiter.active} requests running, ${limiter.queued} waiting); try again in ${retryAfterSeconds} s.`),
        503,
        { 'Retry-After': String(retryAfterSeconds) },
      );
    }
    const release = await waiting;
    try {
      await next();
    } catch (error) {
      release();
      throw error;
    }
    whenResponseDone(context, release);
  });

/** The contract's error body for a code and message. */
const errorBodyOf = (code: ConstructorParameters<typeof KildesvarError>[0], message: string) => toErrorBody(new KildesvarError(code, message)).body;
