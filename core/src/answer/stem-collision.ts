import { stem as stemOf } from '../analysis/stem';
import type { QueryWord, TermSet } from '../retrieval/evidence';

/**
 * Whether a sentence holds a question word's stem only through another word that the stemmer folds onto it: the stem stands
 * in the sentence, none of the word's own lemmas does, and a lemma of the sentence that is none of them reads as that stem
 * («ferdig» → ferd met by «ferdigheter», lemma «ferdighet» → ferd; «dag» met by «daglige»). The sentence then says
 * something of that other word, not of the one asked about. A word or sentence without lemmas (the tables do not know it)
 * tells nothing, so it is no collision.
 */
export const stemOfOtherWord = (stem: string, word: QueryWord | undefined, set: TermSet): boolean => {
  if (!word || word.lemmas.length === 0 || !set.stems.has(stem) || !set.lemmas) return false;
  const lemmas = set.lemmas;
  if (word.lemmas.some((lemma) => lemmas.has(lemma))) return false;
  return [...lemmas].some((lemma) => stemOf(lemma) === stem);
};
