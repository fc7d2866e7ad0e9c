import { describe, expect, it } from 'vitest';
import { exclusionOf } from './exclusion';

describe('exclusionOf', () => {
  it('reads the complement of a preposition of exclusion as what the question leaves out', () => {
    const { excluded, markers } = exclusionOf('Hva heter pilotprosjektet for digitale skjema i skolesektoren utenfor Vest-Agder?');
    expect([...excluded].sort()).toEqual(['agd', 'vest', 'vestagd']);
    expect([...markers]).toEqual(['utenfor']);
  });

  it('ends the complement at a finite verb, and keeps a word the question also writes outside it', () => {
    const finite = (word: string) => word === 'må';
    expect([...exclusionOf('Hvilke tjenester utenfor skolen må kommunen samarbeide med?', finite).excluded]).toEqual(['skol']);
    expect([...exclusionOf('Hvilke tjenester utenfor helse må helse- og omsorgstjenesten samhandle med?', finite).excluded]).toEqual([]);
  });
});
