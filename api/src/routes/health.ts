import { Hono } from 'hono';
import type { AssistantSource } from '../assistant-source';

export const healthRoute = (source: AssistantSource) => new Hono().get('/', (context) => context.json(source.require().health(), 200));
