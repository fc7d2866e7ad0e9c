import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { namedQualifiers } from './named-qualifiers';

/** A small stand-in for the word knowledge: two places and the common words of the examples. */
const places = new Set(['finnmark', 'finnmarks', 'nordland', 'nordlands', 'oslo']);
const isName = (word: string): boolean => places.has(word);
const common = new Set(['kommunene', 'kommuner', 'skolene', 'tilskudd', 'kommune', 'mark', 'finn']);
const knowsWord = (word: string): boolean => common.has(word);

describe('named qualifiers in a question', () => {
  it('read a lowercase compound that opens with a place name as the name narrowing its head', () => {
    const question = 'Hvor mange tilskudd gikk til finnmarkskommunene?';
    expect(namedQualifiers(question, isName, knowsWord, analyze(question))).toEqual([
      { stem: analyze('finnmarkskommunene')[0], name: analyze('finnmark'), head: analyze('kommunene') },
    ]);
    const other = 'Er det noen nordlandskommuner blant dem?';
    expect(namedQualifiers(other, isName, knowsWord, analyze(other)).map((qualifier) => qualifier.name)).toEqual([analyze('nordland')]);
  });

  it('leave out words that are names themselves, written with a hyphen, or not among the question terms', () => {
    expect(namedQualifiers('Hva gjør oslo-skolene?', isName, knowsWord, analyze('Hva gjør oslo-skolene?'))).toEqual([]);
    expect(namedQualifiers('Hvor ligger finnmark?', isName, knowsWord, analyze('Hvor ligger finnmark?'))).toEqual([]);
    expect(namedQualifiers('Hva gjør osloskolene?', isName, knowsWord, [])).toEqual([]);
  });

  it('read nothing from a compound of common words, nor from a common word the corpus also writes capitalised', () => {
    const question = 'Hvor mange kommunetilskudd ble gitt?';
    expect(namedQualifiers(question, isName, knowsWord, analyze(question))).toEqual([]);
    // «hoved» stands capitalised in headings; the lemma tables read it as a form of «hode».
    const head = 'Hvem har hovedansvaret?';
    const withHead = (word: string): boolean => word === 'hoved' || isName(word);
    const knows = (word: string): boolean => word === 'ansvaret' || knowsWord(word);
    expect(namedQualifiers(head, withHead, knows, analyze(head))).toHaveLength(1);
    expect(namedQualifiers(head, withHead, knows, analyze(head), (word) => (word === 'hoved' ? ['hode'] : []))).toEqual([]);
  });
});
