import { analyze } from '../analysis';
import type { Chunk } from '../schemas';
import { splitSentences } from '../text/sentences';
import { extractNumbers, stemPairs, type TermSet } from './evidence';

/** A chunk as retrieval sees it: its document's year, the text it is indexed by, and its analysed sentences. */
export interface IndexedSentence {
  /** Offsets into the chunk's cleaned `text`. */
  start: number;
  end: number;
  text: string;
  terms: TermSet;
}

export interface IndexedChunk extends Chunk {
  year: number;
  /** First and last year the document covers, for year filters. */
  years: [number, number];
  indexedText: string;
  headingTerms: TermSet;
  terms: TermSet;
  sentences: IndexedSentence[];
}

/** The text a chunk is indexed and embedded by: its heading gives a passage the context it lacks. */
export const indexedText = (chunk: { heading: string; text: string }): string => (chunk.heading ? `${chunk.heading}\n${chunk.text}` : chunk.text);

export const termSetOf = (text: string): TermSet => {
  const stems = analyze(text);
  return { stems: new Set(stems), numbers: new Set(extractNumbers(text)), pairs: new Set(stemPairs(stems)) };
};

const union = (sets: TermSet[]): TermSet => ({
  stems: new Set(sets.flatMap((set) => [...set.stems])),
  numbers: new Set(sets.flatMap((set) => [...set.numbers])),
  pairs: new Set(sets.flatMap((set) => [...set.pairs])),
});

export const indexChunk = (chunk: Chunk, years: [number, number], text: string): IndexedChunk => {
  const sentences = splitSentences(chunk.text).map((span) => {
    const text = chunk.text.slice(span.start, span.end);
    return { start: span.start, end: span.end, text, terms: termSetOf(text) };
  });
  // The document title and section heading are context every sentence of the chunk stands in.
  const headingTerms = termSetOf(`${chunk.title}\n${chunk.heading}`);
  return {
    ...chunk,
    year: years[0],
    years,
    indexedText: text,
    headingTerms,
    terms: union([headingTerms, ...sentences.map((sentence) => sentence.terms)]),
    sentences,
  };
};
