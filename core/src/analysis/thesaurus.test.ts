import { describe, expect, it } from 'vitest';
import { parseThesaurus, thesaurusEncoding } from './thesaurus';

const sample = [
  'ISO8859-1',
  'lede|2',
  '-|styre|stå for|bestyre',
  '(verb)|føre|Lede',
  'samarbeid|1',
  '-|samspill|(ens) eget|samvirke',
  'tom|1',
  '-|to ord',
  '',
].join('\n');

describe('parseThesaurus', () => {
  it('gathers the single-word synonyms of every sense of a headword', () => {
    expect(parseThesaurus(sample)).toEqual([
      { word: 'lede', synonyms: ['styre', 'bestyre', 'føre'] },
      { word: 'samarbeid', synonyms: ['samspill', 'samvirke'] },
    ]);
  });

  it('skips a broken header line instead of reading its senses as entries', () => {
    expect(parseThesaurus(['UTF-8', 'ødelagt', 'lede|1', '-|styre'].join('\n'))).toEqual([{ word: 'lede', synonyms: ['styre'] }]);
  });
});

describe('thesaurusEncoding', () => {
  it('reads the encoding line', () => {
    expect(thesaurusEncoding('ISO8859-1')).toBe('latin1');
    expect(thesaurusEncoding('UTF-8')).toBe('utf8');
  });
});
