import { matchStrength, type QueryWord, type TermSet } from '../retrieval/evidence';

/** A part's letters without its last two (at least three kept): what stays the same when it is inflected or stemmed inside a compound. */
const partStem = (part: string): string => part.slice(0, Math.max(3, part.length - 2));

/** A question compound's part `index` as written and as read in the other written standard («foreining» → forening). */
const variantsOf = (word: QueryWord, index: number): string[] => [word.parts[index] ?? '', ...(word.partVariants?.[index] ?? [])];

/**
 * Whether a set carries a question word of one word as one word: itself (its stem, lemma or acronym spelling), or a compound of
 * the set that holds all its parts («Dataforeningen» for nynorsk «Dataforeininga»), or a coordinated compound that writes the
 * shared head once («Kommunal- og regionaldepartementet» for «Kommunaldepartementet», read in `text`). Not its parts standing
 * in several words: «digitalisering i helsesektoren» and «Helsereformutvalget» carry the parts of «Digitaliseringsutvalget»,
 * but name another body.
 */
export const carriedAsOneWord = (stem: string, word: QueryWord | undefined, set: TermSet, text = ''): boolean => {
  const strength = matchStrength(stem, word, set);
  if (strength >= 1) return true;
  if (strength < 0.9 || !word || word.parts.length < 2) return strength >= 0.9;
  const last = word.parts.length - 1;
  const coordinated = variantsOf(word, 0).some((first) =>
    variantsOf(word, last).some((head) =>
      new RegExp(`(?<!\\p{L})${partStem(first)}\\p{L}*-\\s+(?:og|eller|and|or)\\s+\\p{L}*${partStem(head)}`, 'iu').test(text),
    ),
  );
  return (
    coordinated ||
    [...set.stems].some((candidate) => word.parts.every((_, index) => variantsOf(word, index).some((variant) => candidate.includes(partStem(variant)))))
  );
};

/**
 * Whether a sentence carries a question compound by its head only: the head stands in it, alone or in another compound
 * («kommunene» for «fylkeskommunene», «Tilskuddsordningen» for «finansieringsordningen»), and the compound does not (a match
 * of at least half, less than all its parts).
 */
export const carriedByHeadOnly = (stem: string, word: QueryWord | undefined, sentence: TermSet): boolean => {
  if (!word) return false;
  const strength = matchStrength(stem, word, sentence);
  if (strength < 0.5 || strength >= 0.9) return false;
  const head = word.parts.at(-1) ?? '';
  return word.parts.length > 1
    ? (sentence.lemmas?.has(head) ?? false) || (sentence.parts?.has(head) ?? false)
    : // A compound the word lists keep whole («fylkeskommune»): a shorter word of the sentence ends it.
      [...sentence.stems].some((other) => other.length >= 5 && other.length < stem.length && stem.endsWith(other));
};

/** Whether a sentence of the texts is itself a question («… korleis avdekke og lukke kompetansegapa innan IKT?»): it asks, it states nothing. */
export const asksItself = (sentence: string): boolean => /\?[\s»"”)]*$/u.test(sentence.trim());
