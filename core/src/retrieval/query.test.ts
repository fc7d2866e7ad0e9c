import { describe, expect, it } from 'vitest';
import { nameGroups } from './query';

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
});
