import { describe, expect, it } from 'vitest';
import { identityText } from './mapped-text';
import { stripEmphasis } from './markup';

const strip = (text: string) => stripEmphasis(identityText(text));

describe('stripEmphasis', () => {
  it('removes the bold-italic markers around a goal in 001', () => {
    const result = strip('1. ***I løpet av 2008 skal alle kommuner og fylkeskommuner tilby brukerne autentisering.***');
    expect(result.text.text).toBe('1. I løpet av 2008 skal alle kommuner og fylkeskommuner tilby brukerne autentisering.');
    expect(result.removed).toBe(2);
  });

  it('removes bold and italic markers inside a line and at its end', () => {
    expect(strip('Kap. 4: **Infrastruktur og standardisering**').text.text).toBe('Kap. 4: Infrastruktur og standardisering');
    expect(strip('- *frigjøre ressurser gjennom effektivisering av forvaltningen ved bruk av IKT*').text.text).toBe(
      '- frigjøre ressurser gjennom effektivisering av forvaltningen ved bruk av IKT',
    );
    expect(strip('verktøy som Markedsplassen *ehandel.no* og KS Registeret GAR***').text.text).toBe(
      'verktøy som Markedsplassen ehandel.no og KS Registeret GAR',
    );
  });

  it('leaves an asterisk standing between spaces', () => {
    expect(strip('3 * 4 = 12').text.text).toBe('3 * 4 = 12');
  });
});
