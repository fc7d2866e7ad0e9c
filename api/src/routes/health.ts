import { Hono } from 'hono';
import type { AssistantSource } from '../assistant-source';

/**
 * `GET /api/health` (and `/ready`): 200 only while a verified index that passed its self-query is
 * served, else 503 with the reason. `GET /api/health/live`: 200 while the process answers HTTP at all.
 */
export const healthRoute = (source: AssistantSource) =>
  new Hono()
    .get('/', (context) => context.json(source.require().health(), 200))
    .get('/ready', (context) => context.json({ ...source.require().health(), ...(source.describe?.() ?? {}) }, 200))
    .get('/live', (context) => context.json({ status: 'alive' as const, uptimeSeconds: Math.round(process.uptime()) }, 200));
