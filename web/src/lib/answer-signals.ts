import type { AssistantTurn } from './chat-turn';

/** Below this confidence an answer is shown as uncertain. */
export const uncertainBelow = 0.5;

const normalise = (text: string): string =>
  text
    .replace(/\s+/g, ' ')
    .replace(/[?.!]+$/, '')
    .trim()
    .toLocaleLowerCase('nb');

/** Whether the assistant read the question differently from how it was typed (whitespace and case aside). */
export const differsFromQuestion = (interpreted: string, question: string): boolean =>
  normalise(interpreted) !== '' && normalise(interpreted) !== normalise(question);

/** A completed answer (not a refusal) the assistant itself is unsure of. */
export const isUncertain = (turn: Pick<AssistantTurn, 'abstained' | 'confidence'>): boolean =>
  !turn.abstained && turn.confidence !== undefined && turn.confidence < uncertainBelow;
