import { describe, expect, it } from 'vitest';
import { asksForContents, isBareHeading, isContentsList } from './contents-list';

describe('isContentsList', () => {
  it('reads a list of short chapter titles as a contents list', () => {
    const text = [
      'Innholdsfortegnelse',
      '- Kap. 1 : Innledning',
      '- Om planen',
      ' - Visjon',
      '- Kap. 2 : Digitale tjenester',
      ' - Digital signatur',
      ' - Personvern',
      '- Kap. 3 : Digital forvaltning',
      ' - Kart- og geodata',
      ' - Elektronisk handel',
      ' - Informasjonssikkerhet',
    ].join('\n');
    expect(isContentsList(text)).toBe(true);
  });

  it('does not read wrapped prose or a short list as one', () => {
    const prose = Array.from({ length: 12 }, () => 'Morgendagens skole vil være en moderne arbeidsplass der fysisk').join('\n');
    expect(isContentsList(prose)).toBe(false);
    expect(isContentsList('Med hilsen\n\nKari Nordmann\navdelingsdirektør')).toBe(false);
  });
});

describe('asksForContents', () => {
  it('reads a question about chapters or contents in nb, nn and en', () => {
    expect(asksForContents('Hva er innholdet i kapittel 4?')).toBe(true);
    expect(asksForContents('Kva kapitlar har planen?')).toBe(true);
    expect(asksForContents('Which chapters does the plan have?')).toBe(true);
    expect(asksForContents('Hva sier planen om elektroniske valg?')).toBe(false);
  });
});

describe('isBareHeading', () => {
  it('reads a title left alone before its numbered list or keyword as a bare heading', () => {
    expect(isBareHeading('Informasjonssikkerhet\n\n1.')).toBe(true);
    expect(isBareHeading('Digitale tjenester\n\nDeltakelse for alle\n\n1.')).toBe(true);
    expect(isBareHeading('Satsingsområde 4: Infrastruktur og sikkerhet\n\nMÅL')).toBe(true);
    expect(isBareHeading('MÅL')).toBe(true);
  });

  it('does not read a sentence, a signature block or a longer passage as one', () => {
    expect(isBareHeading('KS vil utvikle veiledningsmateriell.')).toBe(false);
    expect(isBareHeading('Med hilsen\n\nKari Nordmann\navdelingsdirektør')).toBe(false);
    expect(isBareHeading(`Informasjonssikkerhet\n\n1. ${'I løpet av 2006 skal alle kommuner ha innarbeidet sikkerhetsrutiner'}`)).toBe(false);
  });
});
