import { describe, expect, it } from 'vitest';
import type { SearchResult } from '@kildesvar/core/schemas';
import { rankingDifference } from './same-answers';

const results = (...pairs: Array<[string, number]>): SearchResult[] =>
  pairs.map(([chunkId, score]) => ({ chunkId, score, file: 'a.txt', title: '', heading: '', text: '', start: 0, end: 0, alsoIn: [] }));

describe('rankingDifference', () => {
  it('accepts the same order, and tied chunks in either order', () => {
    expect(rankingDifference(results(['a', 3], ['b', 2], ['c', 1]), results(['a', 3], ['b', 2], ['c', 1]))).toBeNull();
    expect(rankingDifference(results(['a', 3], ['b', 2], ['c', 2], ['d', 1]), results(['a', 3], ['c', 2], ['b', 2], ['d', 1]))).toBeNull();
    expect(rankingDifference(results(['a', 3], ['b', 2]), results(['a', 3], ['x', 2]))).toBeNull();
  });

  it('reports another chunk, another order of untied chunks, or another length', () => {
    expect(rankingDifference(results(['a', 3], ['b', 2], ['c', 1]), results(['a', 3], ['c', 2], ['b', 1]))).toMatch(/b .*expected at rank 2/);
    expect(rankingDifference(results(['a', 3], ['b', 2], ['c', 2], ['d', 1]), results(['a', 3], ['b', 2], ['x', 2], ['d', 1]))).toMatch(/expected at rank 3/);
    expect(rankingDifference(results(['a', 3]), results(['a', 3], ['b', 1]))).toMatch(/1 results expected, 2 returned/);
    expect(rankingDifference(results(['a', 3], ['b', 2]), results(['a', 3], ['x', 1]))).toMatch(/expected at rank 2/);
  });
});
