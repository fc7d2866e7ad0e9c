import { describe, expect, it } from 'vitest';
import { WordFilter } from './word-filter';

describe('WordFilter', () => {
  const words = Array.from({ length: 2000 }, (_, index) => `ord${index}`);
  const filter = WordFilter.build(words);

  it('holds every word it was built with, also after a round trip through its data', () => {
    const restored = WordFilter.fromData(filter.toData());
    expect(words.every((word) => filter.has(word) && restored.has(word))).toBe(true);
  });

  it('refuses nearly every other word (about 1 % false positives at 10 bits a word)', () => {
    const others = Array.from({ length: 2000 }, (_, index) => `annet${index}`);
    expect(others.filter((word) => filter.has(word)).length).toBeLessThan(80);
  });
});
