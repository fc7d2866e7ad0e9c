import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { KildesvarError } from '@kildesvar/core/errors';
import { toErrorBody } from '../error-handler';
import { TokenBuckets, type TokenBucketSettings } from './token-bucket';

/**
 * Per-client rate limit (a token bucket per remote address) → 429 `rate_limited` with
 * `Retry-After`. Behind a reverse proxy set `trustProxy` so the first `X-Forwarded-For` address
 * counts instead of the proxy's.
 */
export interface RateLimitSettings extends TokenBucketSettings {
  trustProxy?: boolean;
  /** Loopback clients (127.0.0.0/8, ::1) are not limited. */
  exemptLoopback?: boolean;
}

const loopback = /^(127\.|::1$|::ffff:127\.)/;

export const clientAddress = (context: Context, trustProxy = false): string => {
  if (trustProxy) {
    const forwarded = context.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(context).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

export const rateLimit = (settings: RateLimitSettings, onLimited: () => void = () => {}) => {
  const buckets = new TokenBuckets(settings);
  return createMiddleware(async (context, next) => {
    const client = clientAddress(context, settings.trustProxy);
    if (settings.exemptLoopback && loopback.test(client)) return next();
    const taken = buckets.take(client);
    if (!taken.allowed) {
      onLimited();
      return context.json(errorBodyOf('rate_limited', `Too many requests from ${client}; try again in ${taken.retryAfterSeconds} s.`), 429, {
        'Retry-After': String(taken.retryAfterSeconds),
      });
    }
    context.header('RateLimit-Remaining', String(taken.remaining));
    return next();
  });
};

/** The contract's error body for a code and message. */
const errorBodyOf = (code: ConstructorParameters<typeof KildesvarError>[0], message: string) => toErrorBody(new KildesvarError(code, message)).body;
