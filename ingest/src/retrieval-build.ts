import {
  buildRetrievalIndexes,
  documentYears,
  indexChunk,
  indexedText,
  type CatalogEntry,
  type Chunk,
  type IndexedChunk,
  type RetrievalIndexes,
  type WordKnowledge,
} from '@kildesvar/core';

/** The analysis start-up used to redo: every chunk and sentence analysed (with the index's language resources), both BM25 indexes, the term weights. */
export interface RetrievalBuild {
  chunks: IndexedChunk[];
  indexes: RetrievalIndexes;
}

export const buildRetrieval = (chunks: readonly Chunk[], catalog: readonly CatalogEntry[], knowledge?: WordKnowledge): RetrievalBuild => {
  const years = new Map(catalog.map((entry) => [entry.file, documentYears(entry)]));
  const indexed = chunks.map((chunk) => indexChunk(chunk, years.get(chunk.file) ?? [0, 0], indexedText(chunk), knowledge));
  return { chunks: indexed, indexes: buildRetrievalIndexes(indexed) };
};
