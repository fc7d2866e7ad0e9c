import { percentile } from '@kildesvar/eval';
import { itemAt } from '@kildesvar/core';

/**
 * Summaries of repeated timings: nearest-rank percentiles of one sample (the eval's `percentile`), and the median with
 * min–max of a value measured once per run (how noisy the machine was).
 */
export interface Distribution {
  count: number;
  p50: number;
  p95: number;
  p99: number;
  min: number;
  max: number;
  mean: number;
}

/** Median and range of one number measured in several runs. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  const upper = itemAt(sorted, middle);
  return sorted.length % 2 === 1 ? upper : (itemAt(sorted, middle - 1) + upper) / 2;
};

export const distribution = (values: readonly number[]): Distribution => {
  const list = [...values];
  return {
    count: list.length,
    p50: percentile(list, 0.5),
    p95: percentile(list, 0.95),
    p99: percentile(list, 0.99),
    min: list.length ? list.reduce((low, value) => Math.min(low, value)) : 0,
    max: list.length ? list.reduce((high, value) => Math.max(high, value)) : 0,
    mean: list.length ? list.reduce((sum, value) => sum + value, 0) / list.length : 0,
  };
};

export const spread = (runs: readonly number[]): Spread => ({
  median: median(runs),
  min: runs.length ? Math.min(...runs) : 0,
  max: runs.length ? Math.max(...runs) : 0,
  runs: [...runs],
});

/** The spread of each field of per-run distributions: e.g. the median p95 over three passes. */
export const spreadOfDistributions = (passes: readonly Distribution[]): Record<'p50' | 'p95' | 'p99', Spread> => ({
  p50: spread(passes.map((pass) => pass.p50)),
  p95: spread(passes.map((pass) => pass.p95)),
  p99: spread(passes.map((pass) => pass.p99)),
});

/** Milliseconds since `started` (a `performance.now()` reading). */
export const elapsedMs = (started: number): number => performance.now() - started;
