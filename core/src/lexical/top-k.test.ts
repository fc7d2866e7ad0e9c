import { describe, expect, it } from 'vitest';
import { topK } from './top-k';

describe('topK', () => {
  it('returns the same k best items, in order, as a full sort would', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const items = Array.from({ length: 500 }, (_, index) => ({ id: `d${index}`, score: Math.round(random() * 50) }));
    const compare = (left: { id: string; score: number }, right: { id: string; score: number }) =>
      right.score - left.score || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0);
    for (const k of [1, 7, 100, 600]) expect(topK(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
    expect(topK(items, 0, compare)).toEqual([]);
  });
});
