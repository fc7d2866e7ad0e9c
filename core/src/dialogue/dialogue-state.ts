import { withoutRefusedParts } from '../answer/combine-answers';
import { withoutAbbreviationInflections } from '../text/abbreviation-inflection';
import type { ChatMessage } from '../schemas';

/**
 * What a follow-up may lean on: the last few turns of the conversation, each cut to a bounded
 * length, so the work per request does not grow with the history a client sends.
 */
export const dialogueBounds = {
  /** Earlier user turns read (the newest first). */
  turns: 2,
  /** Characters of an earlier question or answer read. */
  chars: 300,
} as const;

export interface Turn {
  question: string;
  /** The assistant's answer to it, when the history holds one. */
  answer: string;
}

export interface Dialogue {
  /** The new question, as typed. */
  question: string;
  /** Earlier turns, the most recent first, at most `dialogueBounds.turns`. */
  previous: Turn[];
}

/**
 * What a reply gives a follow-up to lean on: the passages it quoted. A reply that quotes nothing (no «[1]»: a refusal, «Jeg finner
 * ikke svar …», «Dokumentene sier ikke om det er slik …») said nothing of the documents, only that they did not answer: read as no
 * answer, so its own words («dokumentene», «passasjene», «relevante») are no part of what the conversation heard, and what the
 * follow-up leans on is what the user asked before.
 */
const documentsSaid = (reply: string): string => (/\[\d+\]/u.test(reply) ? withoutRefusedParts(reply) : '');

const cut = (text: string): string => (text.length > dialogueBounds.chars ? text.slice(0, dialogueBounds.chars) : text).trim();

export const dialogueOf = (messages: readonly ChatMessage[]): Dialogue => {
  // An abbreviation's hyphened inflection ending («PC-en», «IKS-ene») is read as the abbreviation, in every question of it.
  const question = withoutAbbreviationInflections(messages[messages.length - 1]?.content.trim() ?? '');
  const previous: Turn[] = [];
  // Walk back from the message before the question; stop after the bounded number of user turns.
  for (let index = messages.length - 2; index >= 0 && previous.length < dialogueBounds.turns; index -= 1) {
    const message = messages[index];
    if (message?.role !== 'user') continue;
    const reply = messages[index + 1];
    previous.push({
      question: cut(withoutAbbreviationInflections(message.content)),
      answer: reply?.role === 'assistant' ? cut(documentsSaid(reply.content)) : '',
    });
  }
  return { question, previous };
};
