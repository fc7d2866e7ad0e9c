import { describe, expect, it } from 'vitest';
import { buildSyntheticCorpus, matchCase, syntheticFileName } from './synthetic-corpus';
import { itemAt } from '@kildesvar/core';

const sources = [
  {
    file: '000_a.txt',
    text:
      'KS vil styrke samarbeidet med kommunene. Altinn skal brukes av alle kommuner innen 2011.\n\nNorsk Helsenett knytter sammen sykehus og ' +
      'kommuner. Kommunene skal ta i bruk elektronisk samhandling.',
  },
  { file: '001_b.txt', text: 'Digitale tjenester gjør hverdagen enklere for innbyggerne. KS og staten samarbeider om felles løsninger.' },
];

describe('buildSyntheticCorpus', () => {
  it('keeps the originals as copy 0 and adds scale − 1 perturbed copies of every text', () => {
    const corpus = buildSyntheticCorpus(sources, { scale: 3, seed: 7 });
    expect(corpus.map((document) => document.file)).toEqual([
      '000_a.txt',
      '001_b.txt',
      '000_a-copy001.txt',
      '001_b-copy001.txt',
      '000_a-copy002.txt',
      '001_b-copy002.txt',
    ]);
    expect(corpus[0]?.text).toBe(sources[0]?.text);
    expect(corpus[2]?.text).not.toBe(sources[0]?.text);
  });

  it('gives the same corpus for the same seed and another one for another seed', () => {
    const first = buildSyntheticCorpus(sources, { scale: 4, seed: 11 });
    expect(buildSyntheticCorpus(sources, { scale: 4, seed: 11 })).toEqual(first);
    expect(buildSyntheticCorpus(sources, { scale: 4, seed: 12 }).map((document) => document.text)).not.toEqual(first.map((document) => document.text));
  });

  it('renames entities in every copy and keeps paragraph breaks where they were', () => {
    const copy = itemAt(buildSyntheticCorpus(sources, { scale: 2, seed: 3 }), 2);
    expect(copy.text).not.toMatch(/\bAltinn\b|\bHelsenett\b/);
    expect(copy.text.split('\n\n')).toHaveLength(2);
  });

  it('refuses a scale below one', () => {
    expect(() => buildSyntheticCorpus(sources, { scale: 0, seed: 1 })).toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('writes a replacement in the case pattern of the word it replaces', () => {
    expect(matchCase('kommune', 'NAV')).toBe('KOMMUNE');
    expect(matchCase('kommune', 'Fylke')).toBe('Kommune');
    expect(matchCase('kommune', 'fylke')).toBe('kommune');
  });

  it('names copies after their source file', () => {
    expect(syntheticFileName('003_x.txt', 0)).toBe('003_x.txt');
    expect(syntheticFileName('003_x.txt', 12)).toBe('003_x-copy012.txt');
  });
});
