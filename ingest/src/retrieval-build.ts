import {
  buildRetrievalIndexes,
  documentYears,
  indexChunk,
  indexedText,
  quantizeSentenceVector,
  type CatalogEntry,
  type Chunk,
  type FoldedCopy,
  type IndexedChunk,
  type RetrievalIndexes,
  type WordKnowledge,
} from '@kildesvar/core';

/** The analysis start-up used to redo: every chunk and sentence analysed (with the index's language resources), both BM25 indexes, the term weights. */
export interface RetrievalBuild {
  chunks: IndexedChunk[];
  indexes: RetrievalIndexes;
}

/**
 * Analyses every chunk; with `embedSentence` (the corpus embedder's, which costs a tenth of a
 * millisecond a sentence) each sentence gets its vector for the second stage. A model embedder's
 * sentences get none: tens of milliseconds a sentence at ingest is not worth a small re-ordering.
 */
export const buildRetrieval = (
  chunks: readonly Chunk[],
  catalog: readonly CatalogEntry[],
  knowledge?: WordKnowledge,
  embedSentence?: (text: string) => ArrayLike<number>,
  /** The documents' original texts by file, which the chunks' `alsoIn` spans point into (see `indexChunk`'s folded copies). */
  originals?: ReadonlyMap<string, string>,
): RetrievalBuild => {
  const years = new Map(catalog.map((entry) => [entry.file, documentYears(entry)]));
  const titles = new Map(catalog.map((entry) => [entry.file, entry.title]));
  const copiesOf = (chunk: Chunk): FoldedCopy[] =>
    chunk.alsoIn.flatMap((span) => {
      const title = titles.get(span.file);
      const original = originals?.get(span.file);
      return span.file !== chunk.file && title !== undefined && original !== undefined ? [{ title, text: original.slice(span.start, span.end) }] : [];
    });
  const indexed = chunks.map((chunk) => indexChunk(chunk, years.get(chunk.file) ?? [0, 0], indexedText(chunk), knowledge, copiesOf(chunk)));
  if (embedSentence)
    for (const chunk of indexed) for (const sentence of chunk.sentences) sentence.vector = quantizeSentenceVector(embedSentence(sentence.text));
  return { chunks: indexed, indexes: buildRetrievalIndexes(indexed) };
};
