import { z } from 'zod';
import { answerSchema } from '../api/answer-schema';

/** One question as the user typed it. */
export const userTurnSchema = z.object({
  id: z.string(),
  role: z.literal('user'),
  content: z.string(),
});
export type UserTurn = z.infer<typeof userTurnSchema>;

/** One answer: the API's response fields plus where its streaming stands. */
export const assistantTurnSchema = answerSchema
  .pick({ citations: true, related: true, abstained: true, reason: true, language: true, confidence: true, interpretedQuestion: true })
  .extend({
    id: z.string(),
    role: z.literal('assistant'),
    content: z.string(),
    state: z.enum(['streaming', 'complete', 'stopped']),
  });
export type AssistantTurn = z.infer<typeof assistantTurnSchema>;

export const chatTurnSchema = z.discriminatedUnion('role', [userTurnSchema, assistantTurnSchema]);
export type ChatTurn = z.infer<typeof chatTurnSchema>;

let counter = 0;
/** A unique id without crypto.randomUUID, which plain-HTTP pages on a LAN address lack. */
export const createId = (): string => `${Date.now().toString(36)}-${(counter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
