import { createMiddleware } from 'hono/factory';
import { whenResponseDone } from '../bounds/response-done';
import type { Metrics } from './metrics';
import { routeLabel } from './route-label';

/**
 * Times every request and, when it is done, counts it in the metrics and writes one access-log
 * line: method, route label, status and duration. The query string and body (the question) are
 * never logged.
 */
export type AccessLog = (line: string) => void;

export const formatAccessLine = (entry: { method: string; route: string; status: number; durationMs: number }): string =>
  `${new Date().toISOString()} ${entry.method} ${entry.route} ${entry.status} ${entry.durationMs.toFixed(1)}ms`;

export const observeRequests = (metrics: Metrics, accessLog?: AccessLog) =>
  createMiddleware(async (context, next) => {
    const started = performance.now();
    metrics.inFlight.inc();
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      metrics.inFlight.dec();
      const durationMs = performance.now() - started;
      const labels = { method: context.req.method, route: routeLabel(context.req.path), status: String(context.res.status) };
      metrics.requests.inc(labels);
      metrics.durations.observe(labels, durationMs / 1000);
      accessLog?.(formatAccessLine({ method: labels.method, route: labels.route, status: context.res.status, durationMs }));
    };
    try {
      await next();
    } catch (error) {
      settle();
      throw error;
    }
    whenResponseDone(context, settle);
  });
