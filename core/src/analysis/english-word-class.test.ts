import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import type { EnglishDictionary } from './english-dictionary';
import { withGradedEntries } from './english-word-class';
import type { WordClass } from './freedict-eng-nor';

const classes = (entries: Record<string, Record<string, WordClass[]>>) =>
  new Map(Object.entries(entries).map(([headword, translations]) => [headword, new Map(Object.entries(translations).map(([t, of]) => [t, new Set(of)]))]));

describe('withGradedEntries', () => {
  it('keeps the comparatives the corpus writes of an adjective’s translations, from the lemma tables', () => {
    const direct: EnglishDictionary = {
      source: 'test',
      entries: new Map([['fast', ['fast']]]),
      wordClasses: classes({ fast: { fast: ['adjective'], rask: ['adjective'] } }),
    };
    const forms: Record<string, string[]> = { rask: ['rask', 'raske', 'raskere', 'raskest'], fast: ['fast', 'faste'] };
    const vocabulary = new Set(analyze('Kommunene tar løsningene raskere i bruk.'));
    const graded = withGradedEntries(direct, direct, (lemma) => forms[lemma] ?? [], vocabulary).graded;
    expect(graded?.get('fast')).toEqual(['raskere']);
  });
});
