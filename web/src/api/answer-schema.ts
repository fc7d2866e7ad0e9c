import { chatResponseSchema, errorBodySchema, searchResultSchema } from '@kildesvar/core/schemas';
import { z } from 'zod';

/**
 * The answer as the UI reads it: the contract's response plus the fields servers add over time,
 * each optional so an older server still validates: `confidence` (0–1), `interpretedQuestion`
 * (the question as the assistant read it) and `language` (what the answer is written in).
 */
export const answerSchema = chatResponseSchema.extend({
  language: z.enum(['nb', 'nn', 'en']).optional(),
  confidence: z.number().min(0).max(1).optional(),
  interpretedQuestion: z.string().optional(),
});
export type Answer = z.infer<typeof answerSchema>;

/** The stream frames, with `done` carrying the answer as read above (unknown fields would be dropped otherwise). */
export const answerFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('citations'), citations: z.array(searchResultSchema), related: z.array(searchResultSchema) }),
  z.object({ type: z.literal('delta'), text: z.string() }),
  answerSchema.extend({ type: z.literal('done') }),
  z.object({ type: z.literal('error'), error: errorBodySchema.shape.error }),
]);
export type AnswerFrame = z.infer<typeof answerFrameSchema>;
