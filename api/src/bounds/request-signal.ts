import type { Context } from 'hono';

/** The signal that cancels a request's work (deadline passed or client gone), set by the `deadline` middleware. */
const signals = new WeakMap<Request, AbortSignal>();

export const setRequestSignal = (request: Request, signal: AbortSignal): void => {
  signals.set(request, signal);
};

export const requestSignal = (context: Context): AbortSignal | undefined => signals.get(context.req.raw);
