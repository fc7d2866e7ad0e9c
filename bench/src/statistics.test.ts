import { describe, expect, it } from 'vitest';
import { distribution, median, spread, spreadOfDistributions } from './statistics';

describe('statistics', () => {
  it('takes the median of an even count as the mean of the two middle values', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, 1, 3])).toBe(3);
  });

  it('gives nearest-rank percentiles, minimum, maximum and mean of a sample', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index);
    const summary = distribution(values);
    expect(summary).toMatchObject({ count: 100, p50: 50, p95: 95, p99: 99, min: 1, max: 100, mean: 50.5 });
  });

  it('summarises several runs as median with the range and keeps the runs', () => {
    expect(spread([3, 9, 5])).toEqual({ median: 5, min: 3, max: 9, runs: [3, 9, 5] });
  });

  it('spreads each percentile over passes', () => {
    const passes = [distribution([1, 2, 3]), distribution([2, 4, 6]), distribution([10, 20, 30])];
    expect(spreadOfDistributions(passes).p50).toEqual({ median: 4, min: 2, max: 20, runs: [2, 4, 20] });
  });
});
