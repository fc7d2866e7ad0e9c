import type { ChunkVectorStore } from '@kildesvar/core';
import { distribution, median, type Distribution } from './statistics';
import { itemAt } from '@kildesvar/core';

/**
 * hnswlib (through `ChunkVectorStore`, the code path retrieval uses) against an exact
 * brute-force cosine search over the same unit vectors: recall@k of HNSW taking the exact top k
 * as truth, and the time per query of each, measured in the same run over the same queries.
 */
export interface VectorComparisonRow {
  k: number;
  vectors: number;
  queries: number;
  /** Mean over queries of |HNSW top k ∩ exact top k| / k. */
  recall: number;
  /**
   * Mean over queries of the share of HNSW's top k at least as similar as the exact k-th hit
   * (less 1e-4): near-identical vectors (the synthetic copies) make the exact set one of many.
   */
  recallWithinTies: number;
  hnswMs: Distribution;
  exactMs: Distribution;
  /** Exact p50 / HNSW p50. */
  speedup: number;
}

/** Indices of the `k` largest scores, best first (a bounded selection, not a full sort). */
export const topIndices = (scores: Float32Array, k: number): number[] => {
  const limit = Math.min(k, scores.length);
  const best: number[] = [];
  if (limit <= 0) return best;
  const scoreAt = (position: number): number => itemAt(scores, itemAt(best, position));
  for (let index = 0; index < scores.length; index += 1) {
    const score = itemAt(scores, index);
    if (best.length === limit && score <= scoreAt(limit - 1)) continue;
    let position = best.length === limit ? limit - 1 : best.length;
    if (best.length < limit) best.push(index);
    while (position > 0 && scoreAt(position - 1) < score) {
      best[position] = itemAt(best, position - 1);
      position -= 1;
    }
    best[position] = index;
  }
  return best;
};

export class ExactCosineSearch {
  private readonly matrix: Float32Array;
  private readonly dimensions: number;

  constructor(
    private readonly ids: readonly string[],
    vectors: readonly number[][],
  ) {
    this.dimensions = vectors[0]?.length ?? 0;
    this.matrix = new Float32Array(vectors.length * this.dimensions);
    vectors.forEach((vector, row) => {
      const norm = Math.hypot(...vector) || 1;
      vector.forEach((value, column) => {
        this.matrix[row * this.dimensions + column] = value / norm;
      });
    });
  }

  search(query: readonly number[], k: number): Array<{ id: string; similarity: number }> {
    const count = this.ids.length;
    const scores = new Float32Array(count);
    const norm = Math.hypot(...query) || 1;
    for (let row = 0; row < count; row += 1) {
      let dot = 0;
      const offset = row * this.dimensions;
      for (let column = 0; column < this.dimensions; column += 1) dot += (this.matrix[offset + column] ?? 0) * (query[column] ?? 0);
      scores[row] = dot / norm;
    }
    return topIndices(scores, k).map((index) => ({ id: itemAt(this.ids, index), similarity: itemAt(scores, index) }));
  }
}

export const compareVectorSearch = async (options: {
  store: ChunkVectorStore;
  ids: readonly string[];
  vectors: readonly number[][];
  queries: readonly number[][];
  depths: readonly number[];
  passes: number;
}): Promise<VectorComparisonRow[]> => {
  const exact = new ExactCosineSearch(options.ids, options.vectors);
  const queries = options.queries.filter((query) => query.some((value) => value !== 0));
  const rows: VectorComparisonRow[] = [];
  for (const k of options.depths) {
    const hnswMs: number[] = [];
    const exactMs: number[] = [];
    const recalls: number[] = [];
    const tieRecalls: number[] = [];
    for (let pass = 0; pass <= options.passes; pass += 1) {
      for (const query of queries) {
        let started = performance.now();
        const approximate = await options.store.search(query, k);
        const hnswTime = performance.now() - started;
        started = performance.now();
        const truth = exact.search(query, k);
        const exactTime = performance.now() - started;
        if (pass === 0) {
          const found = new Set(approximate.map((hit) => hit.chunkId));
          recalls.push(truth.filter((hit) => found.has(hit.id)).length / Math.max(1, truth.length));
          const floor = (truth[truth.length - 1]?.similarity ?? 0) - 1e-4;
          tieRecalls.push(approximate.filter((hit) => hit.similarity >= floor).length / Math.max(1, truth.length));
          continue;
        }
        hnswMs.push(hnswTime);
        exactMs.push(exactTime);
      }
    }
    const hnsw = distribution(hnswMs);
    const brute = distribution(exactMs);
    const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
    rows.push({
      k,
      vectors: options.ids.length,
      queries: queries.length,
      recall: mean(recalls),
      recallWithinTies: mean(tieRecalls),
      hnswMs: hnsw,
      exactMs: brute,
      speedup: median(exactMs) / Math.max(1e-9, median(hnswMs)),
    });
  }
  return rows;
};
