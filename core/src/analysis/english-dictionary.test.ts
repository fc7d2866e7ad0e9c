import { describe, expect, it } from 'vitest';
import { deserializeDictionary, pruneDictionary, serializeDictionary, type EnglishDictionary } from './english-dictionary';
import { analyze } from './analyze';

const dictionary: EnglishDictionary = {
  source: 'test',
  entries: new Map([
    ['security', ['sikkerhet', 'gjeldsbrev', 'obligasjon']],
    ['goal', ['mål']],
    ['goat', ['geit']],
  ]),
};

describe('English dictionary storage', () => {
  it('survives a JSON round trip with its entries and source', () => {
    const restored = deserializeDictionary(JSON.parse(JSON.stringify(serializeDictionary(dictionary))));
    expect(restored.source).toBe('test');
    expect(restored.entries.get('security')).toEqual(['sikkerhet', 'gjeldsbrev', 'obligasjon']);
    expect([...restored.entries.keys()]).toEqual(['goal', 'goat', 'security']);
  });

  it('refuses stored data in another format with index_mismatch', () => {
    expect(() => deserializeDictionary({ version: 99, entries: {} })).toThrow(expect.objectContaining({ code: 'index_mismatch' }));
  });

  it('prunes to the translations whose stems occur in the corpus vocabulary', () => {
    const vocabulary = new Set(analyze('Informasjonssikkerhet og sikkerhet er et mål for kommunene.'));
    const pruned = pruneDictionary(dictionary, vocabulary);
    expect(Object.fromEntries(pruned.entries)).toEqual({ security: ['sikkerhet'], goal: ['mål'] });
  });

  it('keeps a translation the corpus has only as the last part of a compound, but not as its first part', () => {
    const alarms: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ['alarm', ['alarm']],
        ['security', ['trygghet']],
        ['goat', ['geit']],
      ]),
    };
    const pruned = pruneDictionary(alarms, new Set(analyze('Andelen med trygghetsalarm og geitost')));
    expect(Object.fromEntries(pruned.entries)).toEqual({ alarm: ['alarm'] });
  });
});
