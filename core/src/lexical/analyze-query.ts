import { analyzeWithOffsets, charNgrams, type AnalyzedTerm } from '../analysis';

export const DEFAULT_GRAM_SIZE = 4;

/** A query as the lexical index sees it; the reranking stage reuses it. Each list holds distinct values. */
export interface AnalyzedQuery {
  /** Snowball stems of the non-stopwords, numbers included, in order of first occurrence. */
  stems: string[];
  /** Character n-grams of the words (not of compound parts or numbers). */
  grams: string[];
  /** Numbers and years as written ("2011", "230.000"). */
  numbers: string[];
}

/** The terms of a document per field, with repeats (term frequency counts). */
export interface DocumentFields {
  stems: string[];
  grams: string[];
}

/**
 * Parts of a hyphenated compound contribute stems but not n-grams: the joined compound that follows
 * them carries the same n-grams once, so "IKT-løsning" does not count "løsn" twice.
 */
const gramsOf = (terms: readonly AnalyzedTerm[], gramSize: number): string[] =>
  terms.filter((term) => term.kind === 'word' || term.kind === 'compound').flatMap((term) => charNgrams(term.word, gramSize));

export const documentFields = (text: string, gramSize = DEFAULT_GRAM_SIZE): DocumentFields => {
  const terms = analyzeWithOffsets(text);
  return { stems: terms.map((term) => term.stem), grams: gramsOf(terms, gramSize) };
};

const distinct = (values: readonly string[]): string[] => [...new Set(values)];

/** Analyses a query through the same steps as documents: `analyzeQuery('Kva er måla i 2011?')`. */
export const analyzeQuery = (text: string, gramSize = DEFAULT_GRAM_SIZE): AnalyzedQuery => {
  const terms = analyzeWithOffsets(text);
  return {
    stems: distinct(terms.map((term) => term.stem)),
    grams: distinct(gramsOf(terms, gramSize)),
    numbers: distinct(terms.filter((term) => term.kind === 'number').map((term) => term.word)),
  };
};
