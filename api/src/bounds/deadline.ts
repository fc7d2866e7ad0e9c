import { KildesvarError } from '@kildesvar/core/errors';
import { createMiddleware } from 'hono/factory';
import { setRequestSignal } from './request-signal';
import { whenResponseDone } from './response-done';

/**
 * Bounds a request's work: its signal aborts when `timeoutMs` passes or the client disconnects,
 * and the request then answers 503 `timeout` (a stream is cut off). Routes pass
 * `requestSignal(context)` down so retrieval and answering stop too.
 */
export const deadline = (timeoutMs: number, onTimeout: () => void = () => {}) =>
  createMiddleware(async (context, next) => {
    const controller = new AbortController();
    const abort = (message: string) => {
      if (!controller.signal.aborted) controller.abort(new KildesvarError('timeout', message));
    };
    const timer = setTimeout(() => {
      onTimeout();
      abort(`The request took longer than ${timeoutMs} ms and was stopped; try a shorter question or try again later.`);
    }, timeoutMs);
    const clientGone = () => abort('The client closed the connection.');
    const clientSignal = context.req.raw.signal;
    clientSignal.addEventListener('abort', clientGone, { once: true });
    const cleanUp = () => {
      clearTimeout(timer);
      clientSignal.removeEventListener('abort', clientGone);
    };
    setRequestSignal(context.req.raw, controller.signal);
    let cancelled: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      cancelled = () => reject(controller.signal.reason);
      controller.signal.addEventListener('abort', cancelled, { once: true });
    });
    aborted.catch(() => {});
    try {
      await Promise.race([next(), aborted]);
    } catch (error) {
      cleanUp();
      throw error;
    } finally {
      if (cancelled) controller.signal.removeEventListener('abort', cancelled);
    }
    whenResponseDone(context, cleanUp);
  });
