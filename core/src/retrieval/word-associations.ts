import type { QueryTerms } from './evidence';
import fitted from './word-associations.json';

/**
 * Word associations learned from our own labelled questions: for a stem a question asks with, the corpus stems its gold quotes
 * write in its place (the texts' own words for the asker's: «innkjøp» → anskaff, «utgift» → kostnad, «sykehus» → helseforetak).
 * Fitted by `npm run fit:associations` (eval/src/fit-word-associations.ts) on the tune split's single questions only, kept where
 * several distinct stretches of text support a pair. Evidence when passages are ordered, never when one is judged.
 */
export interface WordAssociations {
  /** Per question stem, the corpus stems its gold quotes write instead, most confident first (2+ stretches of text). */
  associates: Readonly<Record<string, readonly string[]>>;
  /** The same for pairs 3+ stretches support: what an answer's passages are ordered by. */
  answering: Readonly<Record<string, readonly string[]>>;
}

/** A table of associates and the credit a passage writing one gets for the question word (see `matchStrength`). */
export interface AssociationReading {
  table: Readonly<Record<string, readonly string[]>>;
  credit: number;
}

/** The committed fit (word-associations.json). */
export const fittedAssociations: WordAssociations = fitted;

/**
 * How a search orders the passages it shows: the whole table, an associate counting as the word. Chosen on the tune split by
 * cross-fitting (fit on one half, rank the other): credit 1 over 0.25, 0.5, 0.7 (R@1 307 → 315 and 367 → 367, MRR 0.7625 →
 * 0.7765 and 0.7836 → 0.7888; support 3 on half the data moved nothing).
 */
export const searchAssociations: AssociationReading = { table: fittedAssociations.associates, credit: 1 };

/**
 * How an answer orders its passages: the better-supported pairs at half a word's credit, as a thesaurus synonym. Its sentence
 * models and answerability were fitted on the second stage's order; the search's reading moved it too far (full eval: test
 * singles −5, false abstention +8).
 */
export const answerAssociations: AssociationReading = { table: fittedAssociations.answering, credit: 0.5 };

/**
 * The terms with each word's learned associates (`QueryWord.associates`, at the reading's credit) for a stem the table knows;
 * the same object when none has any or the terms carry no words.
 */
export const withAssociates = (terms: QueryTerms, reading: AssociationReading = searchAssociations): QueryTerms => {
  const { table, credit } = reading;
  const words = terms.words;
  if (!words || !terms.stems.some((stem) => Object.hasOwn(table, stem))) return terms;
  return {
    ...terms,
    words: words.map((word, index) => {
      const stem = terms.stems[index] ?? '';
      const associates = Object.hasOwn(table, stem) ? table[stem] : undefined;
      return associates && associates.length > 0 ? { ...word, associates, associateCredit: credit } : word;
    }),
  };
};
