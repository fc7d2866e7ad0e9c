import { describe, expect, it } from 'vitest';
import {
  deserializeDictionary,
  occursAsFirstPart,
  pruneDictionary,
  serializeDictionary,
  withFirstPartEntries,
  type EnglishDictionary,
} from './english-dictionary';
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

  it('keeps the uncertain translations and their neighbours through the round trip', () => {
    const uncertain = {
      ...dictionary,
      uncertain: new Map([['survey', ['undersøkelse', 'utredning']]]),
      uncertainNear: new Map([['undersøkelse', ['spørreundersøk', 'respondent']]]),
    };
    const restored = deserializeDictionary(JSON.parse(JSON.stringify(serializeDictionary(uncertain))));
    expect(restored.uncertain?.get('survey')).toEqual(['undersøkelse', 'utredning']);
    expect(restored.uncertainNear?.get('undersøkelse')).toEqual(['spørreundersøk', 'respondent']);
    expect(deserializeDictionary(JSON.parse(JSON.stringify(serializeDictionary(dictionary)))).uncertain).toBeUndefined();
  });

  it('refuses stored data in another format with index_mismatch', () => {
    expect(() => deserializeDictionary({ version: 99, entries: {} })).toThrow(expect.objectContaining({ code: 'index_mismatch' }));
  });

  it('prunes to the translations whose stems occur in the corpus vocabulary', () => {
    const vocabulary = new Set(analyze('Informasjonssikkerhet og sikkerhet er et mål for kommunene.'));
    const pruned = pruneDictionary(dictionary, vocabulary);
    expect(Object.fromEntries(pruned.entries)).toEqual({ security: ['sikkerhet'], goal: ['mål'] });
  });

  it('keeps the first translations the corpus uses, up to the cap, however many unused senses come before them', () => {
    // FreeDict eng-nor 2022.11.18 lists the noun senses of «keep» before its verbs.
    const keep: EnglishDictionary = {
      source: 'test',
      entries: new Map([['keep', ['borgtårn', 'forpleining', 'underhold', 'fortsette', 'beholde', 'bevare']]]),
    };
    const vocabulary = new Set(analyze('Kommunene vil fortsette arbeidet, beholde ordningen og bevare data.'));
    expect(pruneDictionary(keep, vocabulary).entries.get('keep')).toEqual(['fortsette', 'beholde', 'bevare']);
    expect(pruneDictionary(keep, vocabulary, 2).entries.get('keep')).toEqual(['fortsette', 'beholde']);
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

  it('adds, for the headwords it lacks, translations the corpus writes only as the first part of a compound', () => {
    const vocabulary = new Set(analyze('Tradisjonell brevpost, fiberkabler og en brønn. Det er bra.'));
    const freedict: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ['letter', ['bokstav', 'brev']],
        ['fibre', ['fiber']],
        ['well', ['brønn']],
        ['goat', ['geit']],
      ]),
    };
    const translated: EnglishDictionary = { source: 'test; pivot', entries: new Map([['well', ['bra']]]), pivotHeadwords: new Set(['well']) };
    const added = withFirstPartEntries(translated, freedict, vocabulary);
    expect(Object.fromEntries(added.entries)).toEqual({ well: ['bra'], letter: ['brev'], fibre: ['fiber'] });
    expect(added.pivotHeadwords).toEqual(new Set(['well']));
    const capped = withFirstPartEntries(
      { source: 'test', entries: new Map() },
      { source: 'test', entries: new Map([['mail', ['brev', 'fiber']]]) },
      vocabulary,
      1,
    );
    expect(capped.entries.get('mail')).toEqual(['brev']);
  });

  it('reads a translation written with a trailing hyphen as the first part it names', () => {
    const vocabulary = new Set(analyze('hovedstrategien for arbeidet'));
    const freedict: EnglishDictionary = {
      source: 'test',
      entries: new Map([
        ['main', ['hoved-']],
        ['acid', ['syre-']],
      ]),
    };
    const added = withFirstPartEntries({ source: 'test', entries: new Map() }, freedict, vocabulary);
    expect(Object.fromEntries(added.entries)).toEqual({ main: ['hoved'] });
  });

  it('reads a first part as written, with four letters or more and a last part of four or more after it', () => {
    const vocabulary = new Set(analyze('fiberkabler geitost brevpost'));
    expect(occursAsFirstPart('fiber', vocabulary)).toBe(true);
    expect(occursAsFirstPart('brev', vocabulary)).toBe(true);
    expect(occursAsFirstPart('geit', vocabulary)).toBe(false);
    expect(occursAsFirstPart('bre', vocabulary)).toBe(false);
    expect(occursAsFirstPart('brev post', vocabulary)).toBe(false);
  });
});
