import { analyzeWithOffsets, noWordKnowledge, type WordKnowledge } from '../analysis';
import type { Chunk } from '../schemas';
import { splitSentences } from '../text/sentences';
import { statedNumbers, stemPairs, type TermSet } from './evidence';

/** A chunk as retrieval sees it: its document's year, the text it is indexed by, and its analysed sentences. */
export interface IndexedSentence {
  /** Offsets into the chunk's cleaned `text`. */
  start: number;
  end: number;
  text: string;
  terms: TermSet;
  /** The sentence embedded at ingest by the corpus embedder, as signed bytes (see `embed/sentence-vectors.ts`); absent for other embedders. */
  vector?: Int8Array;
}

export interface IndexedChunk extends Chunk {
  year: number;
  /** First and last year the document covers, for year filters. */
  years: [number, number];
  indexedText: string;
  headingTerms: TermSet;
  /** The document's title: a question naming the document («ifølge eKommune 2009») is carried by every sentence of it. */
  titleTerms: TermSet;
  terms: TermSet;
  sentences: IndexedSentence[];
}

/** The text a chunk is indexed and embedded by: its heading gives a passage the context it lacks. */
export const indexedText = (chunk: { heading: string; text: string }): string => (chunk.heading ? `${chunk.heading}\n${chunk.text}` : chunk.text);

/** The terms of a text: stems, numbers and stem pairs, and with language resources its lemmas, compound parts and acronym aliases. */
export const termSetOf = (text: string, knowledge: WordKnowledge = noWordKnowledge): TermSet => {
  const analysed = analyzeWithOffsets(text);
  const stems = analysed.map((term) => term.stem);
  const lemmas = new Set<string>();
  const parts = new Set<string>();
  const aliases = new Set<string>();
  for (const term of analysed) {
    if (term.kind === 'number') continue;
    const surface = text.slice(term.start, term.end).toLowerCase().normalize('NFC');
    for (const lemma of knowledge.lemmasOf(term.kind === 'compound' ? term.word : surface)) lemmas.add(lemma);
    // «hvert år», «per år», «i året» says «årlig»: a question's «årlig» finds it.
    for (const adjective of knowledge.periodicAt(text, term.start, surface)) lemmas.add(adjective);
    for (const part of knowledge.partsOf(term.kind === 'compound' ? term.word : surface)) parts.add(part);
    for (const long of knowledge.longFormsOf(term.stem)) for (const stem of long) aliases.add(stem);
  }
  for (const { short } of knowledge.shortFormsIn(stems)) aliases.add(short);
  return { stems: new Set(stems), numbers: new Set(statedNumbers(text)), pairs: new Set(stemPairs(stems)), lemmas, parts, aliases };
};

const union = (sets: TermSet[]): TermSet => ({
  stems: new Set(sets.flatMap((set) => [...set.stems])),
  numbers: new Set(sets.flatMap((set) => [...set.numbers])),
  pairs: new Set(sets.flatMap((set) => [...set.pairs])),
  lemmas: new Set(sets.flatMap((set) => [...(set.lemmas ?? [])])),
  parts: new Set(sets.flatMap((set) => [...(set.parts ?? [])])),
  aliases: new Set(sets.flatMap((set) => [...(set.aliases ?? [])])),
});

export const indexChunk = (chunk: Chunk, years: [number, number], text: string, knowledge: WordKnowledge = noWordKnowledge): IndexedChunk => {
  const sentences = splitSentences(chunk.text).map((span) => {
    const text = chunk.text.slice(span.start, span.end);
    return { start: span.start, end: span.end, text, terms: termSetOf(text, knowledge) };
  });
  // The document title and section heading are context every sentence of the chunk stands in.
  const headingTerms = termSetOf(`${chunk.title}\n${chunk.heading}`, knowledge);
  return {
    ...chunk,
    year: years[0],
    years,
    indexedText: text,
    headingTerms,
    titleTerms: termSetOf(chunk.title, knowledge),
    terms: union([headingTerms, ...sentences.map((sentence) => sentence.terms)]),
    sentences,
  };
};
