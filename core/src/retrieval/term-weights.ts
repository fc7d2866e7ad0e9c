import type { IndexedChunk } from './indexed-chunk';

/**
 * How rare each stem is among the chunks: the weight of a question's term in the second stage's
 * evidence is ln(1 + chunks / chunks holding it), and ln(1 + chunks) for a stem no chunk holds.
 */
export interface TermWeights {
  chunkCount: number;
  documentFrequency: ReadonlyMap<string, number>;
}

export const termWeightsOf = (chunks: readonly Pick<IndexedChunk, 'terms'>[]): TermWeights => {
  const documentFrequency = new Map<string, number>();
  for (const chunk of chunks) for (const stem of chunk.terms.stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
  return { chunkCount: chunks.length, documentFrequency };
};

export const termWeight = (weights: TermWeights, stem: string): number => {
  const frequency = weights.documentFrequency.get(stem);
  return Math.log(1 + weights.chunkCount / (frequency ?? 1));
};
