import { describe, expect, it } from 'vitest';
import { inSample, numbersFromEnv } from './fit-options';

describe('fit options', () => {
  it('reads a comma-separated list of numbers, or the fallback when unset', () => {
    expect(numbersFromEnv('0.01, 0.1', [1])).toEqual([0.01, 0.1]);
    expect(numbersFromEnv(undefined, [5])).toEqual([5]);
    expect(numbersFromEnv('', [5])).toEqual([5]);
    expect(() => numbersFromEnv('0.1,x', [5])).toThrow(RangeError);
  });

  it('takes a stable share of the questions', () => {
    const ids = Array.from({ length: 2000 }, (_, index) => `q${index}`);
    const half = ids.filter((id) => inSample(id, 0.5));
    expect(half.length).toBeGreaterThan(850);
    expect(half.length).toBeLessThan(1150);
    expect(ids.filter((id) => inSample(id, 0.5))).toEqual(half);
    expect(ids.every((id) => inSample(id, 1))).toBe(true);
  });
});
