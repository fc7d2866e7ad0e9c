import { describe, expect, it } from 'vitest';
import { analyzeQuery, documentFields } from './analyze-query';

describe('analyzeQuery', () => {
  it('gives distinct stems, the 4-grams of the words and the numbers of a question', () => {
    const query = analyzeQuery('Kva er måla for helsenettet i 2011 og 2011?');
    expect(query.stems).toEqual(['mål', 'helsenett', '2011']);
    expect(query.numbers).toEqual(['2011']);
    expect(query.grams).toContain('^hel');
    expect(query.grams).toContain('tet$');
    expect(query.grams.some((gram) => gram.includes('201'))).toBe(false);
  });

  it('shares 4-grams between journalsystem and pasientjournal', () => {
    const query = analyzeQuery('journalsystem');
    const passage = new Set(documentFields('Elektronisk pasientjournal').grams);
    expect(query.grams.filter((gram) => passage.has(gram))).toEqual(['jour', 'ourn', 'urna', 'rnal']);
  });
});

describe('documentFields', () => {
  it('counts the n-grams of a hyphenated compound once, through the joined form', () => {
    const fields = documentFields('IKT-løsning');
    expect(fields.stems).toEqual(['ikt', 'løsning', 'iktløsning']);
    expect(fields.grams.filter((gram) => gram === 'løsn')).toHaveLength(1);
  });
});
