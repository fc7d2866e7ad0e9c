import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The server's metrics in Prometheus text format (GET /api/metrics): requests by route, method and
 * status with their durations, requests in flight, requests turned away and why, and the index
 * being served (its generation counts successful loads and hot reloads).
 */
export interface IndexStatus {
  ready: boolean;
  generation: number;
}

export interface MetricsOptions {
  /** Process metrics (CPU, memory, event-loop lag, handles): on in the server, off in tests that build many apps. */
  processMetrics?: boolean;
  indexStatus?: () => IndexStatus;
}

export const createMetrics = (options: MetricsOptions = {}) => {
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix: 'kildesvar_' });
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'kildesvar_http_requests_total',
    help: 'HTTP requests answered, by method, route and status.',
    labelNames,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'kildesvar_http_request_duration_seconds',
    help: 'Time to answer an HTTP request (until the response started; streams until their end), by method, route and status.',
    labelNames,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const inFlight = new Gauge({ name: 'kildesvar_http_requests_in_flight', help: 'HTTP requests being answered right now.', registers: [registry] });
  const rejected = new Counter({
    name: 'kildesvar_http_requests_rejected_total',
    help: 'Requests turned away before or during their work, by reason (rate_limited, overloaded, timeout, malformed).',
    labelNames: ['reason'] as const,
    registers: [registry],
  });
  const status = options.indexStatus;
  new Gauge({
    name: 'kildesvar_index_generation',
    help: 'How many times an index has been loaded and verified by this process (1 after start-up; each hot reload adds 1).',
    registers: [registry],
    collect() {
      this.set(status?.().generation ?? 0);
    },
  });
  new Gauge({
    name: 'kildesvar_index_ready',
    help: '1 when a verified index is being served, else 0.',
    registers: [registry],
    collect() {
      this.set(status?.().ready ? 1 : 0);
    },
  });
  const reloads = new Counter({
    name: 'kildesvar_index_reloads_total',
    help: 'Index loads after start-up, by result (swapped, refused).',
    labelNames: ['result'] as const,
    registers: [registry],
  });
  return { registry, requests, durations, inFlight, rejected, reloads };
};

export type Metrics = ReturnType<typeof createMetrics>;
