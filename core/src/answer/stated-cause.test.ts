import { describe, expect, it } from 'vitest';
import { opensWithCause } from './stated-cause';

describe('opensWithCause', () => {
  it('reads a sentence opening with a cause, bokmål, nynorsk and English', () => {
    expect(opensWithCause('Årsakene kan være knyttet til kostnader ved å ta verktøyet i bruk.')).toBe(true);
    expect(opensWithCause('Grunnen er at få brukere kjenner tjenesten.')).toBe(true);
    expect(opensWithCause('Dette skyldes i hovedsak manglende kompetanse.')).toBe(true);
    expect(opensWithCause('Hovudårsaka er at kommunane manglar midlar.')).toBe(true);
    expect(opensWithCause('Det kjem av at systema ikkje snakkar saman.')).toBe(true);
    expect(opensWithCause('This is because the systems are not connected.')).toBe(true);
  });

  it('does not read a cause word further into the sentence, nor a sentence without one', () => {
    expect(opensWithCause('Kommunene har ikke tatt verktøyet i bruk på grunn av kostnadene.')).toBe(false);
    expect(opensWithCause('Markedsplassen har hatt lavere vekst enn forventet.')).toBe(false);
    expect(opensWithCause('Bakgrunnskunnskap er viktig for elevene.')).toBe(false);
  });
});
