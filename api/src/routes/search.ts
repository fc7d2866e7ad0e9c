import { zValidator } from '@hono/zod-validator';
import { MAX_QUESTION_CHARS, searchModeSchema, type SearchResponse } from '@kildesvar/core/schemas';
import { Hono } from 'hono';
import { z } from 'zod';
import type { AssistantSource } from '../assistant-source';
import { requestSignal } from '../bounds/request-signal';
import { rejectInvalid } from '../validation';
import { checkFilter } from './filters';

const oneOrMany = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]));

export const searchQuerySchema = z.object({
  q: z.string({ error: 'q is required' }).trim().min(1, 'q is empty').max(MAX_QUESTION_CHARS, `q is longer than ${MAX_QUESTION_CHARS} characters`),
  k: z.coerce.number({ error: 'k must be a number' }).int('k must be an integer').min(1, 'k must be at least 1').max(50, 'k must be at most 50').default(10),
  mode: searchModeSchema.default('hybrid'),
  file: oneOrMany,
  yearFrom: z.coerce.number().int().min(1900).max(2100).optional(),
  yearTo: z.coerce.number().int().min(1900).max(2100).optional(),
});

export const searchRoute = (source: AssistantSource) =>
  new Hono().get('/', zValidator('query', searchQuerySchema, rejectInvalid), async (context) => {
    const { q, k, mode, file, yearFrom, yearTo } = context.req.valid('query');
    const assistant = source.require();
    const filter = checkFilter(assistant, { file, yearFrom, yearTo });
    const results = await assistant.search(q, { k, mode, filter, signal: requestSignal(context) });
    const body: SearchResponse = { query: q, mode, results };
    return context.json(body, 200);
  });
