import { describe, expect, it } from 'vitest';
import { emptyLanguageResources } from './language-resources';
import { corpusCapitalisation, properNames, wordListNames } from './names';
import { WordKnowledge } from './word-knowledge';

describe('corpusCapitalisation', () => {
  it('reads as names the words capitalised inside sentences, acronyms too', () => {
    const { names, lowercase, acronyms } = corpusCapitalisation([
      { text: 'Dette sier Legeforeningen og KS. Også Legeforeningen mener det, men ikke legen. Legen var der.' },
    ]);
    expect([...names].sort()).toEqual(['ks', 'legeforeningen']);
    expect(lowercase.has('legen')).toBe(true);
    expect(names.has('legen')).toBe(false);
    expect(acronyms.has('ks')).toBe(true);
  });

  it('does not count a word at the start of a line, where a heading runs into the next sentence', () => {
    expect(corpusCapitalisation([{ text: 'Status og utfordringer\nDrøyt 400 kommuner har det.' }]).names.has('drøyt')).toBe(false);
  });

  it('needs four capitalised occurrences in five', () => {
    const text = 'Det gjelder Plattformen, Plattformen, Plattformen og plattformen.';
    expect(corpusCapitalisation([{ text }]).names.has('plattformen')).toBe(false);
    expect(corpusCapitalisation([{ text: `${text} Også Plattformen.` }]).names.has('plattformen')).toBe(true);
  });
});

describe('wordListNames', () => {
  it('keeps capitalised words with no lowercase twin, of three letters or more', () => {
    expect(wordListNames(['Danmark', 'Danmarks', 'Berg', 'berg', 'Vs', 'EU', 'kommune'])).toEqual(['danmark', 'danmarks']);
  });
});

describe('properNames', () => {
  it('drops a corpus name the word lists know as a common word, unless the corpus writes it as an acronym', () => {
    const texts = [{ text: 'Det gjelder også Lov om anskaffelser, IT og Altinn, sier de.' }];
    expect(properNames(texts, [['lov', 'it', 'Danmark', 'Altinn']])).toEqual(['altinn', 'danmark', 'it']);
  });

  it('drops a word-list name the corpus writes lowercase inside a sentence', () => {
    expect(properNames([{ text: 'Det er et moss av data.' }], [['Moss']])).toEqual([]);
  });
});

describe('WordKnowledge.isName', () => {
  const knowledge = new WordKnowledge({
    ...emptyLanguageResources('test'),
    names: ['danmark', 'ks'],
    acronyms: [{ short: 'NHN', long: 'Norsk Helsenett SF', source: 'test' }],
  });

  it('knows names however typed, in the genitive too, and the acronyms the texts define', () => {
    expect(knowledge.isName('danmarks')).toBe(true);
    expect(knowledge.isName('Danmark')).toBe(true);
    expect(knowledge.isName('ks')).toBe(true);
    expect(knowledge.isName('nhn')).toBe(true);
    expect(knowledge.isName('kommune')).toBe(false);
  });

  it('does not take a compound for its first part', () => {
    expect(knowledge.isName('nhn-tjenesten')).toBe(false);
  });
});
