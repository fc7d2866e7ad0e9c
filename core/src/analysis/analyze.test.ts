import { describe, expect, it } from 'vitest';
import { analyze, analyzeWithOffsets, analyzeWord } from './analyze';
import { stem } from './stem';

describe('stem', () => {
  it('gives bokmål and nynorsk inflections of a noun the same Snowball stem', () => {
    expect(new Set(['kommunene', 'kommunane', 'kommuner', 'kommunen'].map(stem))).toEqual(new Set(['kommun']));
    expect(stem('utfordringar')).toBe(stem('utfordringer'));
  });

  it('leaves numbers unchanged', () => {
    expect(stem('2011')).toBe('2011');
  });
});

describe('analyze', () => {
  it('lets a nynorsk question share its stems with a bokmål passage', () => {
    const question = analyze('Kva er måla for kommunane?');
    const passage = analyze('Målene for kommunene er beskrevet i planen.');
    expect(question).toEqual(['mål', 'kommun']);
    expect(passage).toEqual(expect.arrayContaining(question));
  });

  it('meets nynorsk tenester and sjukehus with bokmål tjenester and sykehus', () => {
    expect(analyze('helse- og omsorgstenester på sjukehus')).toEqual(analyze('helse- og omsorgstjenester på sykehus'));
  });

  it('drops stopwords and single letters but keeps numbers', () => {
    expect(analyze('Hva skal skje i løpet av 2011 med e-helse?')).toEqual(['skje', 'løp', '2011', 'hels', 'ehels']);
  });

  it('reads an English function word written in capitals as an acronym, a Norwegian one as a stopword', () => {
    expect(analyze('Hvem drifter IT-systemene og kommunenes IT?')).toEqual(['drift', 'it', 'system', 'itsystem', 'kommun', 'it']);
    expect(analyze('what is it')).toEqual(['is']);
    expect(analyze('OG DET ER IT')).toEqual(['it']);
  });

  it('keeps offsets into the original text for highlighting', () => {
    const text = 'Tilknyttet Norsk Helsenett i 2011';
    const terms = analyzeWithOffsets(text);
    expect(terms.map((term) => text.slice(term.start, term.end))).toEqual(['Tilknyttet', 'Norsk', 'Helsenett', '2011']);
    expect(terms.map((term) => term.word)).toEqual(['tilknyttet', 'norsk', 'helsenett', '2011']);
  });

  it('gives the same terms when a text is analysed again, right after or after another, and they cannot be changed', () => {
    const first = 'Kva er måla for kommunane i 2011?';
    const second = 'Tilknyttet Norsk Helsenett';
    const once = analyzeWithOffsets(first).map((term) => ({ ...term }));
    expect(analyzeWithOffsets(first)).toEqual(once);
    expect(analyzeWithOffsets(second).map((term) => term.stem)).toEqual(['tilknytt', 'norsk', 'helsenett']);
    expect(analyzeWithOffsets(first)).toEqual(once);
    expect(analyze(first)).toEqual(['mål', 'kommun', '2011']);
    expect(Object.isFrozen(analyzeWithOffsets(first))).toBe(true);
  });
});

describe('analyzeWord', () => {
  it('gives the stems analyze gives, for words of letters only and any other text', () => {
    const words = [
      'Helsenett',
      'kommunane',
      'målet',
      'og',
      'OG',
      'IT',
      'ks',
      'x',
      'Danmarks',
      'sjukepleiar',
      'IKT-løsning',
      'år2011',
      '2011',
      'e-post',
      'a b',
      '',
      'ﬁnans',
      'Ω',
    ];
    for (const word of words) expect(analyzeWord(word)).toEqual(analyze(word));
  });
});
