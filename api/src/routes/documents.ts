import { KildesvarError } from '@kildesvar/core/errors';
import { Hono } from 'hono';
import type { AssistantSource } from '../assistant-source';

export const documentsRoute = (source: AssistantSource) =>
  new Hono()
    .get('/', (context) => context.json(source.require().documents(), 200))
    .get('/:file', (context) => {
      const file = context.req.param('file');
      const document = source.require().document(file);
      if (!document) throw new KildesvarError('not_found', `Unknown document: ${file}. GET /api/documents lists them.`);
      return context.json(document, 200);
    });
