import { fileURLToPath } from 'node:url';
import { readJsonl } from './read-jsonl';
import { z } from 'zod';

import { answerableSourceFields, goldClasses, goldLanguages, splitWithSeed, unanswerableSourceFields, type GoldSplit } from './gold-set';

/**
 * The conversation gold set (eval/data/conversations.jsonl): hand-written conversations about the seeds, each turn with
 * its kind of follow-up, a short gold answer and a verbatim supporting quote, or `answerable: false`.
 */
export const turnKinds = ['first', 'ellipsis', 'pronoun', 'entity-switch', 'year-switch', 'detail', 'yes-no', 'topic-change', 'self-contained'] as const;
export type TurnKind = (typeof turnKinds)[number];

const sharedTurnFields = {
  question: z.string().trim().min(1),
  answer: z.string().trim().min(1),
  kind: z.enum(turnKinds),
  language: z.enum(goldLanguages),
  classes: z.array(z.enum(goldClasses)).optional(),
};

const answerableTurnSchema = z.object({ ...sharedTurnFields, ...answerableSourceFields });

const unanswerableTurnSchema = z.object({ ...sharedTurnFields, ...unanswerableSourceFields });

export const conversationTurnSchema = z.discriminatedUnion('answerable', [answerableTurnSchema, unanswerableTurnSchema]);
export type ConversationTurn = z.infer<typeof conversationTurnSchema>;

export const conversationSchema = z
  .object({
    id: z.string().regex(/^c\d{3}$/, 'must look like c001'),
    language: z.enum(goldLanguages),
    turns: z.array(conversationTurnSchema).min(1),
  })
  .superRefine((conversation, context) => {
    conversation.turns.forEach((turn, index) => {
      if ((index === 0) !== (turn.kind === 'first')) {
        context.addIssue({ code: 'custom', path: ['turns', index, 'kind'], message: 'the first turn, and only it, has kind first' });
      }
    });
  });
export type Conversation = z.infer<typeof conversationSchema>;

/** The key of a turn in conversation-unanswerable-checks.json: `c002#2` is the third turn (0-based index) of c002. */
export const turnKey = (conversationId: string, turnIndex: number): string => `${conversationId}#${turnIndex}`;

export const defaultConversationSetPath = fileURLToPath(new URL('../data/conversations.jsonl', import.meta.url));

/** The split seed of the conversation set. Changing it reshuffles which conversations are used for tuning: don't. */
export const conversationSplitSeed = 'kildesvar-conversations-v1';

/** Tune or test, by conversation id (whole conversations stay together), hashed like `splitOf` with its own seed. */
export const conversationSplitOf = (id: string): GoldSplit => splitWithSeed(conversationSplitSeed, id);

/** Reads and validates the conversation set (one JSON object per line; see `readJsonl` for the errors). */
export const loadConversationSet = (path: string = defaultConversationSetPath): Conversation[] => readJsonl(path, conversationSchema, 'Conversation set');
