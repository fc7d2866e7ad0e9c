import { describe, expect, it } from 'vitest';
import { emptyLanguageResources } from './language-resources';
import { corpusCapitalisation, properNames, wordListNames } from './names';
import { WordFilter } from './word-filter';
import { oneEditAway, WordKnowledge } from './word-knowledge';

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
    acronyms: [
      { short: 'NHN', long: 'Norsk Helsenett SF', source: 'test' },
      { short: 'LIT', long: 'Lokal informasjonstjeneste', source: 'test' },
    ],
  });

  it('knows names however typed, in the genitive too, and the acronyms the texts define', () => {
    expect(knowledge.isName('danmarks')).toBe(true);
    expect(knowledge.isName('Danmark')).toBe(true);
    expect(knowledge.isName('ks')).toBe(true);
    expect(knowledge.isName('nhn')).toBe(true);
    expect(knowledge.isName('kommune')).toBe(false);
  });

  it('knows an acronym as typed, not a word of the language whose stem has its letters', () => {
    expect(knowledge.isName('lit')).toBe(true);
    expect(knowledge.isName('liten')).toBe(false);
  });

  it('does not take a compound for its first part', () => {
    expect(knowledge.isName('nhn-tjenesten')).toBe(false);
  });
});

describe('WordKnowledge.correctionOf', () => {
  const knowledge = new WordKnowledge({
    ...emptyLanguageResources('test'),
    lemmas: { omsorgssystem: ['omsorgssystem'], kommunene: ['kommune'], kommuner: ['kommune'], tjeneste: ['tjeneste'], tjenester: ['tjeneste'] },
    parts: { pasientjournal: ['pasient', 'journal'] },
    names: ['maskinporten'],
    knownWords: WordFilter.build(['omsorgssystem', 'kommunene', 'kommuner', 'tjeneste', 'tjenester', 'bytte', 'slags']).toData(),
  });

  it('corrects a word one edit from the forms of one known word: swapped, left out, changed, added', () => {
    expect(knowledge.correctionOf('omsorsgsystem')).toBe('omsorgssystem');
    expect(knowledge.correctionOf('kommunne')).toBe('kommunene');
    expect(knowledge.correctionOf('tjenster')).toBe('tjenester');
    expect(knowledge.correctionOf('pasientjounal')).toBe('pasientjournal');
  });

  it('leaves real words, names, short words and unclear edits as typed', () => {
    expect(knowledge.correctionOf('bytte')).toBeNull();
    expect(knowledge.correctionOf('slags')).toBeNull();
    expect(knowledge.correctionOf('maskinporten')).toBeNull();
    expect(knowledge.correctionOf('kommunr')).toBe('kommuner');
    expect(knowledge.correctionOf('tjenese')).toBe('tjeneste');
    expect(new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { kommunene: ['kommune'] } }).correctionOf('kommunnee')).toBeNull();
  });

  it('lists the strings one edit away', () => {
    const near = oneEditAway('abc');
    expect(near).toEqual(expect.arrayContaining(['bc', 'bac', 'abd', 'abcd']));
    expect(near).not.toContain('abc');
  });
});
