import { itemAt } from '@kildesvar/core';
import type { SearchResult } from '@kildesvar/core/schemas';

/**
 * Whether two rankings hold the same chunks in the same order, ties aside: where the chunk at a
 * position differs, the expected results there must tie in score (within `tolerance`: results
 * carry 6 decimals) and both rankings must hold the same chunks over that tie. Scores themselves
 * are not compared: pgvector computes cosine distance in 32-bit floats, hnswlib its own way, and
 * the dense list's ranks move fused scores in the last digits without changing the order.
 * Returns a description of the first difference, or null when they agree.
 */
export const rankingDifference = (expected: readonly SearchResult[], actual: readonly SearchResult[], tolerance = 2.5e-6): string | null => {
  if (expected.length !== actual.length) return `${expected.length} results expected, ${actual.length} returned`;
  const scoreAt = (index: number) => itemAt(expected, index).score;
  for (let index = 0; index < expected.length; index += 1) {
    const want = itemAt(expected, index);
    const got = itemAt(actual, index);
    if (want.chunkId === got.chunkId) continue;
    const score = want.score;
    let from = index;
    let to = index;
    while (from > 0 && Math.abs(scoreAt(from - 1) - score) <= tolerance) from -= 1;
    while (to + 1 < expected.length && Math.abs(scoreAt(to + 1) - score) <= tolerance) to += 1;
    const tied = (results: readonly SearchResult[]) =>
      results
        .slice(from, to + 1)
        .map((result) => result.chunkId)
        .sort()
        .join();
    // A tie running to the end of the list may continue past it and be cut at other chunks: there the scores must tie.
    const atEnd = to === expected.length - 1 && actual.slice(from).every((result) => Math.abs(result.score - score) <= tolerance);
    if (!atEnd && (from === to || tied(expected) !== tied(actual)))
      return `${want.chunkId} (score ${score}) expected at rank ${index + 1}, ${got.chunkId} (score ${got.score}) returned`;
    index = to;
  }
  return null;
};
