import { describe, expect, it } from 'vitest';
import { withoutAbbreviationInflections } from './abbreviation-inflection';

describe('withoutAbbreviationInflections', () => {
  it('reads an abbreviation with its hyphened inflection ending as the abbreviation', () => {
    expect(withoutAbbreviationInflections('Når leverer IKS-et sin rapport?')).toBe('Når leverer IKS sin rapport?');
    expect(withoutAbbreviationInflections('Hva mener IKS-ene om saken?')).toBe('Hva mener IKS om saken?');
    expect(withoutAbbreviationInflections('Hva gjorde PhD-en?')).toBe('Hva gjorde PhD?');
    expect(withoutAbbreviationInflections('Kor mange PC-ar og PC-er finst det?')).toBe('Kor mange PC-ar og PC finst det?'.replace('PC-ar', 'PC'));
    expect(withoutAbbreviationInflections('Hva er NAV-s ansvar?')).toBe('Hva er NAV ansvar?');
  });

  it('leaves compounds of an abbreviation and a word, and words that are no abbreviation, as they are', () => {
    expect(withoutAbbreviationInflections('Hva koster NAV-kontoret?')).toBe('Hva koster NAV-kontoret?');
    expect(withoutAbbreviationInflections('Hva er IKT-en-strategien?')).toBe('Hva er IKT-en-strategien?');
    expect(withoutAbbreviationInflections('Hva sier Helse-en om det?')).toBe('Hva sier Helse-en om det?');
  });
});
