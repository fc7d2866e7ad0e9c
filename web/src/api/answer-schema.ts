import { chatResponseSchema, citationsFrameSchema, deltaFrameSchema, errorFrameSchema } from '@kildesvar/core/schemas';
import { z } from 'zod';

/**
 * The answer as the UI reads it: the contract's response, with `language` (what the answer is written
 * in) optional so an older server that does not send it still validates.
 */
export const answerSchema = chatResponseSchema.extend({ language: chatResponseSchema.shape.language.optional() });
export type Answer = z.infer<typeof answerSchema>;

/** The stream frames, with `done` carrying the answer as read above. */
export const answerFrameSchema = z.discriminatedUnion('type', [
  citationsFrameSchema,
  deltaFrameSchema,
  answerSchema.extend({ type: z.literal('done') }),
  errorFrameSchema,
]);
export type AnswerFrame = z.infer<typeof answerFrameSchema>;
