import type { QueryTerms } from './evidence';
import fitted from './word-associations.json';

/**
 * Word associations learned from our own labelled questions: for a stem a question asks with, the corpus stems its gold quotes
 * write in its place (the texts' own words for the asker's: «innkjøp» → anskaff, «utgift» → kostnad, «sykehus» → helseforetak).
 * Fitted by `npm run fit:associations` (eval/src/fit-word-associations.ts) on the tune split's single questions only, kept where
 * several distinct stretches of text support a pair. Partial evidence when passages are ordered, never when one is judged.
 */
export interface WordAssociations {
  /** Per question stem, the corpus stems its gold quotes write instead, most confident first. */
  associates: Readonly<Record<string, readonly string[]>>;
}

/** The committed fit (word-associations.json). */
export const fittedAssociations: WordAssociations = fitted;

/**
 * The terms with each word's learned associates (`QueryWord.associates`) for a stem the table knows; the same object when none
 * has any or the terms carry no words.
 */
export const withAssociates = (terms: QueryTerms, model: WordAssociations = fittedAssociations): QueryTerms => {
  const words = terms.words;
  if (!words || !terms.stems.some((stem) => Object.hasOwn(model.associates, stem))) return terms;
  return {
    ...terms,
    words: words.map((word, index) => {
      const stem = terms.stems[index] ?? '';
      const associates = Object.hasOwn(model.associates, stem) ? model.associates[stem] : undefined;
      return associates && associates.length > 0 ? { ...word, associates } : word;
    }),
  };
};
