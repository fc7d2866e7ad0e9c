import type { Embedder } from './embedder';
import { normalizeInPlace } from './vector-math';

/**
 * A question embedded term by term: each term the mean of its words' vectors, the terms summed and scaled to unit length. An
 * English question's word stands for all its translations; embedded as one text, a word with five translations outweighed one
 * with a single translation five to one, and the passage about the many-sensed word came first.
 */
export const termsVector = async (embedder: Embedder, terms: readonly (readonly string[])[]): Promise<number[]> => {
  const sum = new Array<number>(embedder.dimensions).fill(0);
  for (const words of terms) {
    if (words.length === 0) continue;
    const vectors = await Promise.all(words.map((word) => embedder.embedQuery(word)));
    for (const vector of vectors) for (let index = 0; index < sum.length; index += 1) sum[index] = (sum[index] ?? 0) + (vector[index] ?? 0) / words.length;
  }
  return normalizeInPlace(sum);
};
