import { describe, expect, it } from 'vitest';
import { asksForTargetTime, statesTargetTime } from './target-time';

describe('asksForTargetTime', () => {
  it('reads a time question framed by a modal of plan or duty as asking for a target', () => {
    expect(asksForTargetTime('Hvilket år skulle kommunene ha vurdert IP-telefoni?')).toBe(true);
    expect(asksForTargetTime('Når skal alle skoler ha bredbånd?')).toBe(true);
    expect(asksForTargetTime('By when should the front-line offices be ready?')).toBe(true);
  });

  it('does not read a time question about what happened as asking for a target', () => {
    expect(asksForTargetTime('Når ble KS IKT-forum opprettet?')).toBe(false);
    expect(asksForTargetTime('What year was the plan published?')).toBe(false);
  });
});

describe('statesTargetTime', () => {
  it('finds a year after a preposition of deadline, or one a modal follows', () => {
    expect(statesTargetTime('I løpet av 2006 skal alle kommuner og fylkeskommuner ha vurdert anvendelse av IP-telefoni.')).toBe(true);
    expect(statesTargetTime('De lokale kontorene skal være på plass innen utgangen av 2010.')).toBe(true);
    expect(statesTargetTime('Målsettingene innebærer at alle utdanningsinstitusjoner i 2008 skal ha tilgang til infrastruktur.')).toBe(true);
    expect(statesTargetTime('All municipalities should be connected by 2012.')).toBe(true);
  });

  it('does not take a survey’s or a source’s year for a target', () => {
    expect(statesTargetTime('Undersøkelsen våren 2005 viser at 58 % av kommunene har tatt i bruk IP-telefoni.')).toBe(false);
    expect(statesTargetTime('ferdigheter, kunnskaper og holdninger (Digital Skole hver dag, ITU, 2005).')).toBe(false);
  });
});
