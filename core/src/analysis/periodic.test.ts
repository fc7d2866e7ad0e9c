import { describe, expect, it } from 'vitest';
import { isDistributive, periodicAdjectives, periodicCandidates, wordnetTimeNouns } from './periodic';
import { emptyLanguageResources } from './language-resources';
import { WordKnowledge } from './word-knowledge';

describe('periodic adjectives («hvert år» ~ «årlig»)', () => {
  it('pairs a -lig/-leg lemma with the noun lemma it is made of, «-entlig» with the noun in -e', () => {
    const found = periodicCandidates(['år', 'årlig', 'årleg', 'uke', 'ukentlig', 'person', 'personlig', 'vennlig', 'lig']);
    expect(found.get('år')).toEqual(['årlig', 'årleg']);
    expect(found.get('uke')).toEqual(['ukentlig']);
    expect(found.get('person')).toEqual(['personlig']);
    expect(found.has('venn')).toBe(false);
  });

  it('reads the nouns whose most frequent WordNet sense is a noun of time', () => {
    const index = [
      '  1 this software and database is provided',
      'year n 4 2 @ ~ 4 2 15203791 15204983 15205381 15149933  ',
      'person n 3 2 @ ~ 3 3 00007846 09604451 05217859  ',
      'go n 1 0 1 0 15293590  ',
    ].join('\n');
    const data = [
      '  1 this software and database is provided',
      '15203791 28 n 02 year 0 twelvemonth 0 000 | a period of time',
      '15204983 28 n 01 year 0 000 | a period of time',
      '00007846 03 n 07 person 0 individual 0 000 | a human being',
      '15293590 28 n 01 go 0 000 | a time for working',
    ].join('\n');
    expect(wordnetTimeNouns(index, data)).toEqual(new Set(['year', 'go']));
  });

  it('keeps the candidates whose noun is the first translation of an English noun of time', () => {
    const candidates = new Map([
      ['år', ['årleg', 'årlig']],
      ['person', ['personlig']],
      ['virke', ['virkelig']],
    ]);
    const entries = new Map([
      ['year', ['år']],
      ['person', ['person']],
      ['go', ['gå', 'virke']],
    ]);
    expect(periodicAdjectives(candidates, entries, new Set(['year', 'go']))).toEqual({ år: ['årleg', 'årlig'] });
  });

  it('reads a noun after «hver», «hvert», «kvart», «per» and «pr.» as distributive, and the definite singular after «i»/«om»', () => {
    const at = (text: string, surface: string, lemma: string): boolean => isDistributive(text, text.length - surface.length, surface, [lemma]);
    for (const text of ['koster det hvert år', 'kvart år', 'Per år', 'pr. år', 'hver  år']) expect(at(text, 'år', 'år')).toBe(true);
    expect(at('en halv milliard i året', 'året', 'år')).toBe(true);
    expect(at('to timer i uka', 'uka', 'uke')).toBe(true);
    expect(at('to timer om uken', 'uken', 'uke')).toBe(true);
    for (const text of ['i år', 'super år', 'to år']) expect(at(text, 'år', 'år')).toBe(false);
    expect(at('i dag', 'dag', 'dag')).toBe(false);
    expect(at('i årene', 'årene', 'år')).toBe(false);
  });

  it('gives a noun of time read distributively its periodic adjectives through its lemmas («hvert år», «i året» → «årlig»)', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { året: ['år'], år: ['år'], person: ['person'] },
      periodic: { år: ['årleg', 'årlig'] },
    });
    expect(knowledge.periodicAt('i året', 2, 'året')).toEqual(['årleg', 'årlig']);
    expect(knowledge.periodicAt('hvert år', 6, 'år')).toEqual(['årleg', 'årlig']);
    expect(knowledge.periodicAt('i år', 2, 'år')).toEqual([]);
    expect(knowledge.periodicAt('per person', 4, 'person')).toEqual([]);
  });
});
