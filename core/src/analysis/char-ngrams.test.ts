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
