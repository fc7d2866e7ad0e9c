import { Hono } from 'hono';
import type { Metrics } from '../observe/metrics';

export const metricsRoute = (metrics: Metrics) =>
  new Hono().get('/', async (context) => context.body(await metrics.registry.metrics(), 200, { 'Content-Type': metrics.registry.contentType }));
