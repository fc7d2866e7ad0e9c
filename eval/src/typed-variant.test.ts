import { describe, expect, it } from 'vitest';
import { lowercased, typedVariant, withTypo } from './typed-variant';
import type { GoldItem } from './gold-set';

describe('typed variants of the gold questions', () => {
  it('types a question in lowercase without its final question mark', () => {
    expect(lowercased('Hva mener Legeforeningen om KS?')).toBe('hva mener legeforeningen om ks');
  });

  it('swaps two neighbouring letters in the middle of the longest lowercase word', () => {
    expect(withTypo('Hvor mange kommuner bruker omsorgssystem?')).toBe('Hvor mange kommuner bruker omsorsgsystem?');
    expect(withTypo('Hva er KS?')).toBe('Hva er KS?');
  });

  it('keeps ids and splits, and leaves English questions out', () => {
    const items = [
      { id: 'q001', question: 'Hva er DigiFin?', language: 'nb' },
      { id: 'q002', question: 'What is DigiFin?', language: 'en' },
    ] as GoldItem[];
    const { originals, variants } = typedVariant(items, 'lowercase');
    expect(originals.map((item) => item.id)).toEqual(['q001']);
    expect(variants).toEqual([{ id: 'q001', question: 'hva er digifin', language: 'nb' }]);
  });
});
