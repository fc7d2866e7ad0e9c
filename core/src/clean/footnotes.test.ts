import { describe, expect, it } from 'vitest';
import { removeFootnoteMarkers } from './footnotes';
import { identityText } from './mapped-text';

const remove = (text: string) => removeFootnoteMarkers(identityText(text));

describe('removeFootnoteMarkers', () => {
  // 000, page with footnotes 9–11: the markers are glued to PC, (ITU) and KS.
  const page000 = [
    'elever dele på hver PC9, og mange steder brukes ',
    'utdanningen (ITU)10 har vist at elevene i gjennom-',
    'en undersøkelse gjennomført av KS11 at mange ',
    '',
    '9 GSI 2004, UFD (www.odin.dep.no/ufd)',
    '10 IT-monitor 2003, Forsknings- og kompetansenettverk for IT i utdanning (ITU) ',
    '11 Planer og involvering i bredbånd i norske kommuner 2005, SINTEF MRB/KS ',
  ].join('\n');

  it('removes numbers glued to words when the footnote lines follow on the page (000)', () => {
    const result = remove(page000);
    expect(result.text.text).toContain('hver PC, og');
    expect(result.text.text).toContain('(ITU) har vist');
    expect(result.text.text).toContain('av KS at mange');
    expect(result.text.text).toContain('9 GSI 2004');
    expect(result.removed).toBe(3);
  });

  it('removes a number glued after a full stop (000: hefte.12) and keeps the sentence end', () => {
    const text = 'utarbeidet et veilednings-\nhefte.12 Veiledningsheftet gir en kortfattet innføring\n\n12 Innkjøpsguiden. Anbefalinger om anskaffelse';
    expect(remove(text).text.text).toContain('hefte. Veiledningsheftet');
  });

  it('keeps a number glued to a word when no footnote with that number follows (004: News2)', () => {
    const text =
      'behandlingsrettede – som samhandling om medikasjon i legetjenesten – men også om komponenter som \n\nNews2, pasientens måledata og oversikt ' +
      'kommunale tjenester';
    const result = remove(text);
    expect(result.text.text).toContain('News2, pasientens');
    expect(result.removed).toBe(0);
  });

  it('removes the 004 marker on pasientsikkerhet1 whose footnote stands at the page bottom', () => {
    const text = 'rangerer Norge øverst av 38 OECD-land- på samlet pasientsikkerhet1. Samtidig \n\n \n1 [imperial.ac.uk] \n';
    expect(remove(text).text.text).toContain('pasientsikkerhet. Samtidig');
  });

  it('keeps numbers inside URLs and decimal numbers', () => {
    const text = 'https://www.regjeringen.no/no/dokumenter/id3054645/?ch=2#:~:text=I%202030 og Samspill 2.0\n2 Fremtidens digitale Norge';
    expect(remove(text).removed).toBe(0);
  });

  it('removes superscript markers with the space before them (001)', () => {
    const result = remove('Dokumentet er knyttet opp til den siste eNorge-planen ¹⁾ og understøtter en rekke av målsettingene');
    expect(result.text.text).toBe('Dokumentet er knyttet opp til den siste eNorge-planen og understøtter en rekke av målsettingene');
  });

  it('removes " 1)" after a word only when a "1)" footnote line follows (001)', () => {
    const text =
      'Stortinget har vedtatt ny organisering av den offentlige arbeids- og velferdsforvaltningen 1). Hovedelementene\n\n- 1) St.prp.nr. 46 ' +
      '(2004-2005) Ny arbeids- og velferdsforvaltning';
    expect(remove(text).text.text).toContain('velferdsforvaltningen. Hovedelementene');
    const enumeration = 'arkitekturprinsipper som la vekt på 1) løsningene skal være intuitive i bruk, 2) fri tilgang til egne data';
    expect(remove(enumeration).text.text).toBe(enumeration);
  });
});
