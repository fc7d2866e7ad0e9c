import type { Assistant } from '@kildesvar/core';
import { aggregateRetrieval, type GoldItem, goldSpans, NaiveBm25, type RetrievalMetrics, scoreRanking } from '@kildesvar/eval';
import { distribution, median, type Distribution } from './statistics';

/**
 * Our hybrid search against the eval's naive BM25 baseline, side by side in one run over the
 * eval questions: quality with the eval's own metrics (answerable questions, top 10) and time
 * per query, interleaved question by question so both see the same machine load.
 */
export interface SystemSide {
  buildMs: number;
  queryMs: Distribution;
  quality: RetrievalMetrics;
}

export interface BaselineComparison {
  questions: number;
  hybrid: SystemSide;
  baseline: SystemSide;
  /** Hybrid p50 / baseline p50: how many times slower the hybrid is per query. */
  slowdown: number;
}

export const compareWithBaseline = async (options: {
  assistant: Assistant;
  hybridBuildMs: number;
  items: readonly GoldItem[];
  originals: ReadonlyMap<string, string>;
  passes: number;
}): Promise<BaselineComparison> => {
  const started = performance.now();
  const baseline = new NaiveBm25(options.originals);
  const baselineBuildMs = performance.now() - started;
  const hybridMs: number[] = [];
  const baselineMs: number[] = [];
  const hybridScores = [];
  const baselineScores = [];
  for (let pass = 0; pass <= options.passes; pass += 1) {
    for (const item of options.items) {
      let mark = performance.now();
      const hybridResults = await options.assistant.search(item.question, { k: 10, mode: 'hybrid' });
      const hybridTime = performance.now() - mark;
      mark = performance.now();
      const baselineResults = baseline.search(item.question, 10);
      const baselineTime = performance.now() - mark;
      if (pass === 0) {
        if (!item.answerable) continue;
        const gold = goldSpans(item, options.originals);
        hybridScores.push(scoreRanking(hybridResults, gold));
        baselineScores.push(scoreRanking(baselineResults, gold));
      } else {
        hybridMs.push(hybridTime);
        baselineMs.push(baselineTime);
      }
    }
  }
  return {
    questions: options.items.length,
    hybrid: { buildMs: options.hybridBuildMs, queryMs: distribution(hybridMs), quality: aggregateRetrieval(hybridScores) },
    baseline: { buildMs: baselineBuildMs, queryMs: distribution(baselineMs), quality: aggregateRetrieval(baselineScores) },
    slowdown: median(hybridMs) / Math.max(1e-9, median(baselineMs)),
  };
};
