import { matchStrength, type TermSet } from '../retrieval/evidence';
import type { PreparedQuery } from '../retrieval/query';

/**
 * How much a follow-up's context words lift a sentence that carries all of them. Chosen on the tune split of the
 * conversation eval: 0.2–0.5 gain one follow-up (c014#2), 0.1 none, 1.0 loses two; the smallest that gains is kept
 * (test split unchanged at 0.2 and 0.3, −2 at 0.5).
 */
export const contextBonus = 0.2;

/**
 * A follow-up is read with what the last turn was about as context words (weight below 1, see `resolveQuestion`).
 * Evidence does not miss them where a sentence lacks them, so two sentences that carry the new question alike
 * score alike whether or not they are about the conversation's subject. This gives such a sentence partial credit:
 * its score × (1 + bonus × the share, by rarity, of the context words it carries). Never required: a sentence
 * without them keeps its score. A question without context words (a first or self-contained one) is unaffected.
 */
export const contextCredit = (query: PreparedQuery, weightOf: (stem: string) => number, bonus: number = contextBonus): ((sentence: TermSet) => number) => {
  const context = query.terms.stems.flatMap((stem, index) => ((query.terms.weights?.[index] ?? 1) < 1 ? [{ stem, word: query.terms.words?.[index] }] : []));
  const total = context.reduce((sum, { stem }) => sum + weightOf(stem), 0);
  if (total <= 0 || bonus === 0) return () => 1;
  return (sentence) => 1 + (bonus * context.reduce((sum, { stem, word }) => sum + weightOf(stem) * matchStrength(stem, word, sentence), 0)) / total;
};
