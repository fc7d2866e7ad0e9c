import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { predicateStems } from './event-predicate';

const weighty = (words: string) => {
  const stems = new Set(analyze(words));
  return (stem: string): boolean => stems.has(stem);
};

describe('predicateStems', () => {
  it('reads the words after the subject as the event', () => {
    const stems = predicateStems('Når skal den nye e-helseloven tre i kraft?', 'nb', weighty('e-helseloven tre kraft'));
    expect(stems).toEqual(analyze('tre i kraft'));
  });

  it('keeps a name of several words whole as the subject and stops at the clause end', () => {
    const names = new Set(analyze('KS Digital'));
    const stems = predicateStems('Når ble KS Digital opprettet, og hvem eier selskapet?', 'nb', weighty('KS Digital opprettet eier selskapet'), (stem) =>
      names.has(stem),
    );
    expect(stems).toEqual(analyze('opprettet'));
  });

  it('reads a year frame and stops before a source', () => {
    const stems = predicateStems(
      'Hvilket år skulle alle kommuner være koblet til helsenettet ifølge eKommune 2009?',
      'nb',
      weighty('kommuner koblet helsenettet'),
    );
    expect(stems).toEqual(analyze('være koblet til helsenettet'));
  });

  it('reads nothing for English, a question with no time frame, or no word after the subject', () => {
    expect(predicateStems('When was Norsk Helsenett established?', 'en', () => true)).toEqual([]);
    expect(predicateStems('Hva er Altinn?', 'nb', () => true)).toEqual([]);
    expect(predicateStems('Når var høringsfristen?', 'nb', weighty('høringsfristen'))).toEqual([]);
  });
});

describe('predicateStems after a prepositional phrase', () => {
  it('reads a phrase right after the subject as part of it', () => {
    expect(predicateStems('Når er det første samordna opptaket til fagskulane?', 'nn', weighty('opptaket fagskulane'))).toEqual([]);
    expect(predicateStems('Når ble Ressurssenter for omstilling i kommunene lagt ned?', 'nb', weighty('Ressurssenter omstilling kommunene lagt'))).toEqual(
      analyze('lagt ned'),
    );
  });
});

describe('predicateStems of a hyphenated compound subject', () => {
  it('reads the whole compound as the subject', () => {
    expect(predicateStems('Hvilket år skulle hver kommune ha helsenett-tilkobling?', 'nb', weighty('helsenett'))).toEqual([]);
  });
});
