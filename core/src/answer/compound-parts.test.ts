import { describe, expect, it } from 'vitest';
import type { QueryWord, TermSet } from '../retrieval/evidence';
import { asksItself, carriedAsOneWord, carriedByHeadOnly } from './compound-parts';

const set = (stems: string[], lemmas: string[] = [], parts: string[] = []): TermSet => ({
  stems: new Set(stems),
  numbers: new Set(),
  pairs: new Set(),
  lemmas: new Set(lemmas),
  parts: new Set(parts),
});
const compound = (lemma: string, parts: string[], partVariants?: string[][]): QueryWord => ({
  lemmas: [lemma],
  parts,
  ...(partVariants ? { partVariants } : {}),
});

describe('carriedAsOneWord', () => {
  it('does not count a name whose parts stand in several words of the set', () => {
    const word = compound('digitaliseringsutvalg', ['digitalisering', 'utvalg']);
    // «… Helsereformutvalget om digitalisering i helsesektoren»: every part is there, in two words.
    const scattered = set(
      ['helsereformutvalg', 'digitalisering', 'helsesektor'],
      ['helsereformutvalg', 'digitalisering', 'helsesektor'],
      ['helse', 'reform', 'utvalg', 'sektor'],
    );
    expect(carriedAsOneWord('digitaliseringsutvalg', word, scattered)).toBe(false);
    expect(carriedAsOneWord('digitaliseringsutvalg', word, set(['digitaliseringsutvalg']))).toBe(true);
  });

  it('counts a compound of the set that holds all its parts, read in the other written standard', () => {
    const word = compound('dataforeining', ['data', 'foreining'], [[], ['forening']]);
    expect(carriedAsOneWord('dataforeining', word, set(['dataforening'], ['dataforening'], ['data', 'forening']))).toBe(true);
  });

  it('counts a coordinated compound that writes the shared head once', () => {
    const word = compound('kommunaldepartement', ['kommunal', 'departement']);
    const terms = set(['kommunal', 'regionaldepartement'], ['kommunal', 'regionaldepartement'], ['region', 'departement']);
    expect(carriedAsOneWord('kommunaldepartement', word, terms, 'Kommunal- og regionaldepartementet har bedt om innspill.')).toBe(true);
    expect(carriedAsOneWord('kommunaldepartement', word, terms, 'Kommunal sektor svarer regionaldepartementet.')).toBe(false);
  });
});

describe('carriedByHeadOnly', () => {
  it('reads a compound carried by its head in another compound, not by itself', () => {
    const word = compound('finansieringsordning', ['finansiering', 'ordning']);
    expect(carriedByHeadOnly('finansieringsordning', word, set(['tilskuddsordning'], ['tilskuddsordning'], ['tilskudd', 'ordning']))).toBe(true);
    expect(carriedByHeadOnly('finansieringsordning', word, set(['finansieringsordning'], ['finansieringsordning']))).toBe(false);
  });

  it('reads a compound the word lists keep whole carried by the shorter word that ends it', () => {
    const word = compound('fylkeskommune', []);
    expect(carriedByHeadOnly('fylkeskommun', word, set(['prosent', 'kommun', 'følg']))).toBe(true);
    expect(carriedByHeadOnly('fylkeskommun', word, set(['prosent', 'fylkeskommun']))).toBe(false);
  });
});

describe('asksItself', () => {
  it('reads a sentence ending in a question mark as a question, a statement as none', () => {
    expect(asksItself('14.40 - 15.10 Kompetanseløft i Asker kommune - korleis avdekke og lukke kompetansegapa innan IKT?')).toBe(true);
    expect(asksItself('Kva skjer no?» ')).toBe(true);
    expect(asksItself('Spørsmålet er om det riktige grepet er tid- og ressurskrevende.')).toBe(false);
  });
});
