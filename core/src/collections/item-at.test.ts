import { describe, expect, it } from 'vitest';
import { itemAt } from './item-at';

describe('itemAt', () => {
  it('returns the item at an index inside the array', () => {
    expect(itemAt(['a', 'b'], 1)).toBe('b');
  });

  it('throws a RangeError for an index outside the array', () => {
    expect(() => itemAt(['a'], 1)).toThrow(RangeError);
    expect(() => itemAt(['a'], -1)).toThrow(RangeError);
  });
});
