import { normalizeInPlace } from '../embed/vector-math';
import type { QueryTerms } from './evidence';

/**
 * The thesaurus synonyms of a question's words (`QueryWord.synonyms`, and `rankingSynonyms`, those of the headword a form
 * inflects) as one text, to embed beside the question. The evidence side credits a sentence that writes a synonym; the
 * closest-sentence comparison saw only the question's own words, so a sentence saying it in the synonyms' words («takten»
 * for «tempoet») came no closer. Lemmas (but a nynorsk question's) and derivations are left out: the embedder's stems and
 * character n-grams already meet most of them, and blended in they lowered tune R@1 (516 → 515 and 510).
 */
export const synonymText = (terms: QueryTerms, nynorsk = false): string => {
  const synonyms = new Set<string>();
  for (const word of terms.words ?? []) {
    // A nynorsk question's words as their lemmas too (the headwords the word lists give a form, bokmål among them: «tilsette» →
    // «ansatt»): the texts are bokmål, so few features of a nynorsk form were seen in training. Tune R@1 522 → 523, test +1 −0.
    if (nynorsk) for (const lemma of word.lemmas) synonyms.add(lemma);
    for (const synonym of word.synonyms ?? []) synonyms.add(synonym);
    for (const synonym of word.rankingSynonyms ?? []) synonyms.add(synonym);
  }
  return [...synonyms].join(' ');
};

/**
 * The synonyms' share of the blended question vector: the question as asked counts double. Chosen on the eval's tune split
 * among 0.25, 0.5, 0.75 and 1 (R@1 at a weight of 0.15: 522 at 0.5, 520 at 0.75, 519 at 1; 0.25 gained only R@5 at 0.1):
 * a thesaurus lists every sense of a word, so its synonyms together must not outweigh the question.
 */
export const synonymShare = 0.5;

/** The unit vector of `question` plus `synonymShare` times `synonyms` (both unit vectors of the same embedder). */
export const synonymBlendedVector = (question: readonly number[], synonyms: readonly number[], share = synonymShare): number[] =>
  normalizeInPlace(question.map((value, index) => value + share * (synonyms[index] ?? 0)));
