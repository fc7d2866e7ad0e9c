/**
 * Whether another sentence carries a word of the question that the sentence to quote lacks: what `typeApart` (compose) reads
 * as the other sentence speaking of more of the question's topic, for a when-question. The words that say what happened (the
 * question's finite verbs, `skipped`: «kom», «opprettes», «vokste») are left out: the sentence giving the time and one about the
 * topic put the event in words of their own («la frem» for «kom», «etablering» for «opprettes»), so a sentence that carries
 * only the question's verb where the quote carries its topic («Selv om … gir muligheter for bedre sikkerhet, … kommer …» beside
 * «I januar 2019 la regjeringen frem en nasjonal strategi for digital sikkerhet») does not stand for the topic apart from it.
 * @module
 */
import { matchStrength, type QueryWord, type TermSet } from '../retrieval/evidence';

/** How well a sentence must carry a question word to carry it: in any way, a thesaurus synonym included. */
const carriedCredit = 0.5;

/**
 * Whether `other` carries (at least half matched) a weighted question word (`weights[i] > 0`), not one of `skipped`, that
 * `quote` does not.
 */
export const carriesWordQuoteLacks = (
  stems: readonly string[],
  words: readonly (QueryWord | undefined)[] | undefined,
  weights: readonly number[],
  skipped: ReadonlySet<string>,
  quote: TermSet,
  other: TermSet,
): boolean =>
  stems.some(
    (stem, index) =>
      (weights[index] ?? 0) > 0 &&
      !skipped.has(stem) &&
      matchStrength(stem, words?.[index], quote) < carriedCredit &&
      matchStrength(stem, words?.[index], other) >= carriedCredit,
  );
