import { describe, expect, it } from 'vitest';
import { emptyLanguageResources, WordFilter, WordKnowledge } from '../analysis';
import { correctSpelling, nameGroups, prepareQuery } from './query';

describe('names in a question', () => {
  it('groups capitalised words and acronyms that stand together, not the opening word', () => {
    expect(nameGroups('Hva gjør KS Digital for Helse Finnmark?')).toEqual([
      ['ks', 'digital'],
      ['hels', 'finnmark'],
    ]);
  });

  it('reads an acronym joined to a common noun as the acronym alone: «IKT-kompetanse» names no one', () => {
    expect(nameGroups('Hva sier planen om de ansattes IKT-kompetanse?')).toEqual([['ikt']]);
    expect(nameGroups('Hvordan brukes PLO-systemet i Helse-Bergen?')).toEqual([['plo'], ['hels', 'berg', 'helseberg']]);
  });

  it('reads names in a question typed in lowercase from what the corpus and the word lists write capitalised', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      names: ['ks', 'danmark', 'legeforeningen'],
      acronyms: [{ short: 'NHN', long: 'Norsk Helsenett SF', source: 'test' }],
    });
    const lowercase = prepareQuery('hva mener legeforeningen og ks om danmarks mål for nhn og ks-ikt-samarbeidet', null, undefined, knowledge);
    expect(lowercase.names).toEqual([['legeforening'], ['ks'], ['danmark'], ['nhn'], ['ks']]);
    expect(lowercase.entities).toEqual(expect.arrayContaining(['legeforening', 'ks', 'danmark', 'nhn']));
    expect(prepareQuery('hva mener legeforeningen om listen', null).names).toEqual([]);
    // An English question's words are English: «it» is no acronym there.
    expect(prepareQuery('What does it cost in Denmark?', null, undefined, knowledge).entities).not.toContain('it');
  });

  it('reads a Norwegian question with its misspelt words corrected, names and English left as typed', () => {
    const knowledge = new WordKnowledge({
      ...emptyLanguageResources('test'),
      lemmas: { omsorgssystem: ['omsorgssystem'] },
      knownWords: WordFilter.build(['omsorgssystem', 'hvor', 'mange', 'kommuner', 'bruker']).toData(),
    });
    expect(correctSpelling('Hvor mange kommuner bruker omsorsgsystem og Omsorsgsystem?', knowledge)).toBe(
      'Hvor mange kommuner bruker omsorgssystem og Omsorsgsystem?',
    );
    expect(prepareQuery('Hvor mange kommuner bruker omsorsgsystem?', null, undefined, knowledge).terms.stems).toContain('omsorgssystem');
    expect(prepareQuery('How many use omsorsgsystem?', null, undefined, knowledge).original).toBe('How many use omsorsgsystem?');
  });
});
