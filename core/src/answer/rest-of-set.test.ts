import { describe, expect, it } from 'vitest';
import { restOfSetAsked } from './rest-of-set';

describe('restOfSetAsked', () => {
  it('reads the others counted, in bokmål, nynorsk and English', () => {
    expect(restOfSetAsked('Hvilke er de fire andre ferdighetene?')).toBe(true);
    expect(restOfSetAsked('kan du nemne dei tre andre?')).toBe(true);
    expect(restOfSetAsked('What are the other four?')).toBe(true);
    expect(restOfSetAsked('and the two others?')).toBe(true);
  });

  it('reads the rest as what the question asks for', () => {
    expect(restOfSetAsked('hva er resten av de grunnleggende ferdighetene?')).toBe(true);
    expect(restOfSetAsked('Og kva er resten?')).toBe(true);
    expect(restOfSetAsked('What is the rest of the list?')).toBe(true);
  });

  it('reads no rest in an uncounted «other», nor in «resten» as a place or a part', () => {
    expect(restOfSetAsked('Hvilke andre kommunale tjenester samspiller helse- og omsorgstjenesten med?')).toBe(false);
    expect(restOfSetAsked('which other basic skills are there?')).toBe(false);
    expect(restOfSetAsked('What is the pre-project for the rest of the country called?')).toBe(false);
    expect(restOfSetAsked('Kva rolle har KS overfor resten av kommunesektoren?')).toBe(false);
    expect(restOfSetAsked('Hva gjør de andre kommunene?')).toBe(false);
  });
});
