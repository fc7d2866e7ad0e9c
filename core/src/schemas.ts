/**
 * The shapes of the outside contract (shared/CONTRACT.md), one source for the API, the web
 * client and the eval. Offsets are JavaScript string offsets into the original seed text.
 *
 * @module
 */
import { z } from 'zod';
import { errorCodes } from './errors';

export const languageSchema = z.enum(['nb', 'nn']);
export type Language = z.infer<typeof languageSchema>;

export const catalogEntrySchema = z.object({
  file: z.string().regex(/^[\w.-]+\.txt$/),
  title: z.string().min(1),
  subtitle: z.string().optional(),
  publisher: z.string().min(1),
  year: z.number().int(),
  years: z.array(z.number().int()).optional(),
  language: languageSchema,
  description: z.string().optional(),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;
export const catalogSchema = z.array(catalogEntrySchema);

export const spanSchema = z.object({
  file: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof spanSchema>;

export const chunkSchema = spanSchema.extend({
  id: z.string(),
  title: z.string(),
  heading: z.string(),
  text: z.string(),
  alsoIn: z.array(spanSchema),
});
export type Chunk = z.infer<typeof chunkSchema>;

export const searchModeSchema = z.enum(['hybrid', 'dense', 'lexical']);
export type SearchMode = z.infer<typeof searchModeSchema>;

export const searchResultSchema = z.object({
  chunkId: z.string(),
  file: z.string(),
  title: z.string(),
  heading: z.string(),
  text: z.string(),
  /**
   * Orders the results of one response, best first. Not a probability (that is a chat response's
   * `confidence`) and not comparable across modes or responses. `dense`: the cosine similarity of
   * passage and question (−1…1). `lexical`: reciprocal-rank fusion of the passage and sentence BM25
   * lists, Σ weight ÷ (60 + rank), about 0.03 at best. `hybrid`, and a chat answer's citations and
   * related passages: the second stage's rerank score, 0.6 × the fused score relative to the best
   * candidate's + 0.3 × how well the best sentence carries the question's terms + 0.1 × how well
   * the passage as a whole does (+ a small bonus, for a follow-up, near the last answer's passage);
   * about 0…1.2 (weights: `defaultRetrievalSettings` in core/src/retrieval/retriever.ts).
   */
  score: z.number(),
  start: z.number().int(),
  end: z.number().int(),
  alsoIn: z.array(spanSchema),
  year: z.number().int().optional(),
  /** In a chat citation: where the sentences the answer quotes stand in the original text. */
  highlights: z.array(z.object({ start: z.number().int(), end: z.number().int() })).optional(),
});
export type SearchResult = z.infer<typeof searchResultSchema>;

export const searchResponseSchema = z.object({
  query: z.string(),
  mode: searchModeSchema,
  results: z.array(searchResultSchema),
});
export type SearchResponse = z.infer<typeof searchResponseSchema>;

export const MAX_QUESTION_CHARS = 2000;
export const MAX_MESSAGES = 50;

export const chatMessageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.string().max(20_000),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const filterSchema = z.object({
  file: z.array(z.string()).max(20).optional(),
  yearFrom: z.number().int().min(1900).max(2100).optional(),
  yearTo: z.number().int().min(1900).max(2100).optional(),
});
export type SearchFilter = z.infer<typeof filterSchema>;

export const chatRequestSchema = filterSchema.extend({
  messages: z
    .array(chatMessageSchema)
    .min(1, 'messages must hold at least the question')
    .max(MAX_MESSAGES, `at most ${MAX_MESSAGES} messages`)
    .refine((messages) => messages[messages.length - 1]?.role === 'user', {
      message: 'the last message must be the user question',
    })
    .refine((messages) => (messages[messages.length - 1]?.content.trim().length ?? 0) > 0, {
      message: 'the question is empty',
    })
    .refine((messages) => (messages[messages.length - 1]?.content.length ?? 0) <= MAX_QUESTION_CHARS, {
      message: `the question is longer than ${MAX_QUESTION_CHARS} characters`,
    }),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

export const chatResponseSchema = z.object({
  answer: z.string(),
  citations: z.array(searchResultSchema),
  abstained: z.boolean(),
  /** When abstaining: the closest passages, shown as "maybe related". */
  related: z.array(searchResultSchema),
  /** Why the assistant abstained, in plain words (empty when it answered). */
  reason: z.string(),
  /** The language the answer's own words (lead-ins, refusals, reasons) are written in: the question's. */
  language: z.enum(['nb', 'nn', 'en']),
  /** 0–1: how sure the assistant is that the cited passages answer the question. */
  confidence: z.number().min(0).max(1).optional(),
  /** The question as the assistant read it, after resolving a follow-up against the conversation. */
  interpretedQuestion: z.string().optional(),
});
export type ChatResponse = z.infer<typeof chatResponseSchema>;

export const errorBodySchema = z.object({
  error: z.object({ code: z.enum(errorCodes), message: z.string() }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** The first stream frame: the passages the answer will cite, or the related ones when it abstains. */
export const citationsFrameSchema = z.object({ type: z.literal('citations'), citations: z.array(searchResultSchema), related: z.array(searchResultSchema) });
/** A piece of the answer's text. */
export const deltaFrameSchema = z.object({ type: z.literal('delta'), text: z.string() });
/** The last frame of a stream that failed. */
export const errorFrameSchema = z.object({ type: z.literal('error'), error: errorBodySchema.shape.error });

/**
 * Server-sent frames of POST /api/chat with Accept: text/event-stream, in order: one `citations`,
 * `delta`s whose texts concatenate to the answer, then `done` carrying the full JSON response
 * (its fields at the top level), or `error`. The SSE event name equals `type`.
 */
export const streamFrameSchema = z.discriminatedUnion('type', [
  citationsFrameSchema,
  deltaFrameSchema,
  chatResponseSchema.extend({ type: z.literal('done') }),
  errorFrameSchema,
]);
export type StreamFrame = z.infer<typeof streamFrameSchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  documents: z.number().int(),
  chunks: z.number().int(),
  embedder: z.object({ id: z.string(), dimensions: z.number().int() }),
  /** Where the index is read from: `.index/` (`files`) or PostgreSQL (`postgres`). */
  store: z.enum(['files', 'postgres']).optional(),
  /** Which build of the index is served: the database generation, or the file index's build time. */
  generation: z.string().optional(),
});
export type Health = z.infer<typeof healthSchema>;

export const documentSummarySchema = z.object({
  file: z.string(),
  title: z.string(),
  publisher: z.string(),
  year: z.number().int(),
  language: languageSchema,
  chars: z.number().int(),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

/**
 * One block of a document as a reader sees it (GET /api/documents/:file `blocks`): cleaned text
 * (PDF hyphens, line breaks and emphasis marks gone), its original span, and `map`: pairs
 * [offset in `text`, original offset], one where a run of consecutive characters starts.
 */
export const documentBlockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'list']),
  level: z.enum(['section', 'sub']).optional(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  map: z.array(z.number().int()),
});
export type DocumentBlock = z.infer<typeof documentBlockSchema>;

export const documentDetailSchema = documentSummarySchema.extend({ text: z.string(), blocks: z.array(documentBlockSchema).optional() });
export type DocumentDetail = z.infer<typeof documentDetailSchema>;
