import { describe, expect, it } from 'vitest';
import { coordinatedCompounds } from './coordinated-compounds';

const parts: Record<string, string[]> = {
  videreutdanning: ['videre', 'utdanning'],
  kommunesektoren: ['kommune', 'sektor'],
  omsorgstjenester: ['omsorg', 'tjeneste'],
};
const partsOf = (word: string): readonly string[] => parts[word] ?? [];

describe('coordinatedCompounds', () => {
  it('gives the hyphenated modifier the head of the compound after the conjunction', () => {
    expect(coordinatedCompounds('tilbud om etter- og videreutdanning for ansatte', partsOf)).toEqual(['etterutdanning']);
    expect(coordinatedCompounds('i stats- og kommunesektoren', partsOf)).toEqual(['statssektoren']);
    expect(coordinatedCompounds('Helse- eller omsorgstjenester', partsOf)).toEqual(['helsetjenester']);
  });

  it('reads a hyphenated compound by its last piece', () => {
    expect(coordinatedCompounds('helse- og IKT-tjenester', partsOf)).toEqual(['helsetjenester']);
  });

  it('restores nothing after a simple word or without a conjunction', () => {
    expect(coordinatedCompounds('pleie- og omsorg', partsOf)).toEqual([]);
    expect(coordinatedCompounds('etter- videreutdanning', partsOf)).toEqual([]);
  });
});
