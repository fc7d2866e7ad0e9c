import { describe, expect, it } from 'vitest';
import { charNgrams } from './char-ngrams';

describe('charNgrams', () => {
  it('pads the word with boundary markers and slides a window of four characters', () => {
    expect(charNgrams('nett')).toEqual(['^net', 'nett', 'ett$']);
  });

  it('returns a short padded word as its only gram', () => {
    expect(charNgrams('ks')).toEqual(['^ks$']);
  });

  it('lowercases, so that a capitalised word gives the same grams', () => {
    expect(charNgrams('Helsenett')).toEqual(charNgrams('helsenett'));
  });

  it('lets journalsystem and pasientjournal share the grams of journal', () => {
    const shared = charNgrams('journalsystem').filter((gram) => charNgrams('pasientjournal').includes(gram));
    expect(shared).toEqual(expect.arrayContaining(['jour', 'ourn', 'urna', 'rnal']));
  });

  it('refuses a gram size that is not a positive whole number', () => {
    expect(() => charNgrams('nett', 0)).toThrow(/positive integer/);
  });
});

describe('charNgrams without surrogate pairs', () => {
  it('gives the grams of the characters joined, for words with and without characters outside the basic plane', () => {
    const joined = (term: string, n: number) => {
      const characters = ['^', ...term.normalize('NFC').toLowerCase(), '$'];
      if (characters.length <= n) return [characters.join('')];
      return characters.slice(0, characters.length - n + 1).map((_, index) => characters.slice(index, index + n).join(''));
    };
    for (const term of ['helsenett', 'Ærlig', 'e\u0301', 'ab', 'a', '', 'x😀y', '😀', 'Ωmega'])
      for (const n of [1, 2, 3, 4, 5]) expect(charNgrams(term, n)).toEqual(joined(term, n));
  });
});
