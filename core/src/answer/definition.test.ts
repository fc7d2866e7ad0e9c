import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { definedTerm, definesTerm, givesDefinition } from './definition';

describe('definedTerm', () => {
  it('reads the term before a defining verb near the start of the first clause, and the word after «Med» in «Med X menes»', () => {
    expect(definedTerm('Maskinporten er en løsning for tilgangsstyring.')).toEqual({ words: ['Maskinporten'], verbAt: 1, meant: false });
    expect(definedTerm('Med ”omsorgsteknologi” menes IKT-baserte løsninger:')).toEqual({ words: ['omsorgsteknologi'], verbAt: 2, meant: true });
    expect(definedTerm('- 1) PKI = Public Key Infrastructure')?.words).toEqual(['PKI']);
    expect(definedTerm('Kommunene bruker Maskinporten til mye, og det er bra.')).toBeNull();
    expect(definedTerm('Med infrastruktur på plass kan kommunene samhandle.')).toBeNull();
  });

  it('is the one reading behind the second stage’s cue and the answer’s sentence choice', () => {
    const focus = new Set(analyze('infrastruktur'));
    expect(givesDefinition('Infrastruktur i kommunene omfatter nettverk.', focus)).toBe(true);
    expect(givesDefinition('Nettverk og programvare er infrastruktur.', focus)).toBe(false);
    expect(definesTerm('Infrastruktur i kommunene omfatter nettverk.', (words) => words.toLowerCase().includes('infrastruktur'), [])).toBe(true);
  });
});

describe('definesTerm', () => {
  const carries = (term: string) => (prefix: string) => prefix.toLowerCase().includes(term);

  it('finds the sentence that defines the asked term near its start, in bokmål, nynorsk and with an acronym spelled out', () => {
    expect(definesTerm('Maskinporten er en løsning for tilgangsstyring.', carries('maskinporten'), [])).toBe(true);
    expect(definesTerm('Med ”omsorgsteknologi” menes IKT-baserte løsninger:', carries('omsorgsteknologi'), [])).toBe(true);
    expect(definesTerm('PKI = Public Key Infrastructure', carries('nothing'), ['PKI'])).toBe(true);
    expect(definesTerm('Selskapet er eid av Kommunesektorens Organisasjon (KS).', carries('nothing'), ['KS'])).toBe(true);
    expect(definesTerm('Kommunene bruker Maskinporten til mye, og det er bra.', carries('maskinporten'), [])).toBe(false);
    expect(definesTerm('KS vil bidra til dette.', carries('nothing'), ['KS'])).toBe(false);
  });
});
