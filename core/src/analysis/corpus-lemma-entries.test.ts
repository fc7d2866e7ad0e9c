import { describe, expect, it } from 'vitest';
import { withCorpusLemmaEntries } from './corpus-lemma-entries';
import type { EnglishDictionary } from './english-dictionary';
import type { PivotCandidates } from './pivot-dictionary';

// The corpus writes «eier», «eid» and «politikerne», never the lemmas «eie» and «politiker» themselves.
const corpusLemmas = new Set(['eie', 'politiker']);
const isCorpusLemma = (norwegian: string): boolean => corpusLemmas.has(norwegian);

const stored: EnglishDictionary = { source: 'test', entries: new Map([['owner', ['eier']]]) };
const freedict: EnglishDictionary = {
  source: 'freedict',
  entries: new Map([
    ['own', ['eie']],
    ['owner', ['innehaver', 'eie']],
    ['slide', ['ras', 'gli']],
    ['how', ['eie']],
  ]),
};
const pivot: PivotCandidates = new Map([
  ['politician', [['politiker', 3] as const]],
  ['own', [['ha', 2] as const]],
  ['barrier', [['bom', 3] as const, ['politiker', 1] as const]],
]);

describe('withCorpusLemmaEntries', () => {
  it('gives a headword without an entry the translations the corpus writes only in other forms', () => {
    const filled = withCorpusLemmaEntries(stored, { dictionary: freedict, pivot }, isCorpusLemma, 3);
    expect(filled.entries.get('own')).toEqual(['eie']);
    expect(filled.pivotHeadwords?.has('own')).not.toBe(true);
  });

  it('takes the pivot candidate with enough routes for a headword FreeDict leaves without one, as a pivot headword', () => {
    const filled = withCorpusLemmaEntries(stored, { dictionary: freedict, pivot }, isCorpusLemma, 3);
    expect(filled.entries.get('politician')).toEqual(['politiker']);
    expect(filled.pivotHeadwords?.has('politician')).toBe(true);
    // «politiker» reaches «barrier» by one route only.
    expect(filled.entries.has('barrier')).toBe(false);
  });

  it('leaves entries that exist and translations the corpus does not write alone', () => {
    const filled = withCorpusLemmaEntries(stored, { dictionary: freedict, pivot }, isCorpusLemma, 3);
    expect(filled.entries.get('owner')).toEqual(['eier']);
    expect(filled.entries.has('slide')).toBe(false);
  });

  it('leaves out headwords with an English function word', () => {
    expect(withCorpusLemmaEntries(stored, { dictionary: freedict, pivot }, isCorpusLemma, 3).entries.has('how')).toBe(false);
  });

  it('changes nothing without sources', () => {
    expect(withCorpusLemmaEntries(stored, { dictionary: null, pivot: null }, isCorpusLemma, 3).entries).toEqual(stored.entries);
  });
});
