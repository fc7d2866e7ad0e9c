import { createMiddleware } from 'hono/factory';
import { KildesvarError } from '@kildesvar/core/errors';
import { toErrorBody } from '../error-handler';

/** The host name of a `Host` header, lower-cased, without the port (IPv6 keeps its brackets). */
export const hostName = (header: string): string => {
  const value = header.trim().toLowerCase();
  if (value.startsWith('[')) return value.slice(0, value.indexOf(']') + 1);
  return value.replace(/:\d*$/, '');
};

/** Answers 421 `host_not_allowed` when the `Host` header names none of `allowed` (DNS rebinding guard). */
export const allowedHosts = (allowed: readonly string[]) => {
  const names = new Set(allowed.map(hostName));
  return createMiddleware(async (context, next) => {
    const host = context.req.header('host') ?? '';
    if (!names.has(hostName(host)))
      return context.json(errorBodyOf('host_not_allowed', `This server does not answer for host «${host.slice(0, 100)}» (see ALLOWED_HOSTS).`), 421);
    return next();
  });
};

/** The contract's error body for a code and message. */
const errorBodyOf = (code: ConstructorParameters<typeof KildesvarError>[0], message: string) => toErrorBody(new KildesvarError(code, message)).body;
