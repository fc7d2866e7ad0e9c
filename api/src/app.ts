import { handleError, requestError, respondWithError } from './error-handler';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { AssistantSource } from './assistant-source';
import { concurrencyCap } from './bounds/concurrency';
import { ConcurrencyLimiter, type ConcurrencySettings } from './bounds/concurrency-limiter';
import { deadline } from './bounds/deadline';
import { rateLimit, type RateLimitSettings } from './bounds/rate-limit';
import { allowedHosts } from './edges/allowed-hosts';
import { cacheControl } from './edges/cache-control';
import { securityHeaders } from './edges/security-headers';
import { createMetrics, type Metrics } from './observe/metrics';
import { observeRequests, type AccessLog } from './observe/request-observer';
import { chatRoute } from './routes/chat';
import { documentsRoute } from './routes/documents';
import { healthRoute } from './routes/health';
import { metricsRoute } from './routes/metrics';
import { searchRoute } from './routes/search';

/** Bounds on the work one request and one client may cause; each is off when left out. */
export interface WorkLimits {
  /** Deadline for a search or chat request, streams included (→ 503 `timeout`). */
  requestTimeoutMs?: number;
  /** Searches and chats running at once, and how many more may wait (→ 503 `overloaded`). */
  concurrency?: ConcurrencySettings;
  /** Token bucket per client address for every API call except health and metrics (→ 429 `rate_limited`). */
  rateLimit?: RateLimitSettings;
}

export interface AppOptions {
  source: AssistantSource;
  corsOrigin?: string;
  bodyLimitBytes?: number;
  limits?: WorkLimits;
  /** When set, requests whose `Host` header names another host answer 421. */
  allowedHosts?: readonly string[];
  accessLog?: AccessLog;
  metrics?: Metrics;
}

const expensive = ['/api/search/*', '/api/chat/*'];

/** The HTTP API as a chain of small routers; `index.ts` only adds the static UI and listens. */
export const createApp = ({ source, corsOrigin, bodyLimitBytes = 256 * 1024, limits = {}, allowedHosts: hosts, accessLog, metrics }: AppOptions) => {
  const measured = metrics ?? createMetrics({ indexStatus: () => source.status?.() ?? { ready: false, generation: 0 } });
  const app = new Hono();
  app.use('*', observeRequests(measured, accessLog));
  if (hosts && hosts.length > 0) app.use('*', allowedHosts(hosts));
  app.use('*', securityHeaders());
  app.use('*', cacheControl());
  if (corsOrigin) app.use('/api/*', cors({ origin: corsOrigin.split(',').map((origin) => origin.trim()) }));
  const limitBody = bodyLimit({
    maxSize: bodyLimitBytes,
    onError: (context) => respondWithError(context, requestError('payload_too_large', `The request body is larger than ${bodyLimitBytes} bytes.`)),
  });
  // A GET or HEAD request has no body here (@hono/node-server gives it none), but asking for it
  // turns the server's lightweight request into a full web Request: skipped for them.
  app.use('/api/*', (context, next) => (context.req.method === 'GET' || context.req.method === 'HEAD' ? next() : limitBody(context, next)));
  if (limits.rateLimit) {
    const limited = rateLimit(limits.rateLimit, () => measured.rejected.inc({ reason: 'rate_limited' }));
    for (const path of [...expensive, '/api/documents/*']) app.use(path, limited);
  }
  if (limits.requestTimeoutMs) {
    const bounded = deadline(limits.requestTimeoutMs, () => measured.rejected.inc({ reason: 'timeout' }));
    for (const path of expensive) app.use(path, bounded);
  }
  if (limits.concurrency) {
    const capped = concurrencyCap(new ConcurrencyLimiter(limits.concurrency), 1, () => measured.rejected.inc({ reason: 'overloaded' }));
    for (const path of expensive) app.use(path, capped);
  }
  app.onError(handleError);
  app.notFound((context) => respondWithError(context, requestError('not_found', `No route for ${context.req.method} ${context.req.path}`)));
  return app
    .route('/api/health', healthRoute(source))
    .route('/api/metrics', metricsRoute(measured))
    .route('/api/search', searchRoute(source))
    .route('/api/chat', chatRoute(source))
    .route('/api/documents', documentsRoute(source));
};
