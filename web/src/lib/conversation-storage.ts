import { z } from 'zod';
import { chatTurnSchema } from './chat-turn';

export const conversationSchema = z.object({
  id: z.string(),
  title: z.string(),
  updatedAt: z.number(),
  turns: z.array(chatTurnSchema),
});
export type Conversation = z.infer<typeof conversationSchema>;

export const storageKey = 'kildesvar.conversations.v1';
export const maxStoredConversations = 20;

/**
 * Saved conversations, newest first; entries that no longer match the schema are dropped, and an
 * answer saved mid-stream (the tab closed) comes back as stopped.
 */
export const loadConversations = (storage: Storage): Conversation[] => {
  let stored: unknown;
  try {
    stored = JSON.parse(storage.getItem(storageKey) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(stored)) return [];
  return stored
    .flatMap((entry) => {
      const parsed = conversationSchema.safeParse(entry);
      if (!parsed.success) return [];
      const turns = parsed.data.turns.map((turn) => (turn.role === 'assistant' && turn.state === 'streaming' ? { ...turn, state: 'stopped' as const } : turn));
      return [{ ...parsed.data, turns }];
    })
    .sort((left, right) => right.updatedAt - left.updatedAt);
};

/**
 * Writes the list, newest first, keeping at most `maxStoredConversations`. Returns false when the
 * browser refuses (storage full or disabled): the conversation then lives only in memory.
 */
export const storeConversations = (storage: Storage, conversations: Conversation[]): boolean => {
  const newestFirst = [...conversations].sort((left, right) => right.updatedAt - left.updatedAt).slice(0, maxStoredConversations);
  try {
    storage.setItem(storageKey, JSON.stringify(newestFirst));
    return true;
  } catch {
    return false;
  }
};

/** The history entry's title: the first question, shortened on a word boundary. */
export const titleFor = (question: string, maxLength = 60): string => {
  const oneLine = question.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= maxLength) return oneLine;
  const cut = oneLine.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
};
