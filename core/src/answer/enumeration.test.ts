import { describe, expect, it } from 'vitest';
import { firstAsksForSeveral, enumerates } from './enumeration';

describe('enumerates', () => {
  it('reads a series of three or more items joined by commas and a conjunction', () => {
    expect(enumerates('Mange kommuner samarbeider om administrative oppgaver som økonomi, lønn og innkjøp og drift av fagsystemer.')).toBe(true);
    expect(enumerates('Porteføljen samler satsinger innen legemidler, journalløsninger, innbyggertjenester, samhandling, DHO og velferdsteknologi.')).toBe(
      true,
    );
    expect(enumerates('The portfolio covers medicines, records and welfare technology.')).toBe(true);
    expect(enumerates('… uten krav til samtidig tilstedeværelse (e-post, meldingsutveksling, oppslag i kjernejournal)')).toBe(true);
  });

  it('reads bullets run into one line', () => {
    expect(enumerates('Det krever: • tydelig politisk prioritering • at løsninger er tilpasset kommunenes behov')).toBe(true);
  });

  it('does not read two items, clauses or decimal commas as a series', () => {
    expect(enumerates('Helse Finnmark har vist at de kan spare 12 millioner per år ved bruk av videokonferanse.')).toBe(false);
    expect(enumerates('KS vil utvikle løsninger for økonomi og lønn.')).toBe(false);
    expect(enumerates('KS eier 19,5 prosent, departementet 70,5 prosent og staten 10,5 prosent av selskapet.')).toBe(true);
    expect(enumerates('Eierandelen er 19,5 og 70,5 og 10,5 prosent.')).toBe(false);
    expect(
      enumerates(
        'Dette gjelder både for samhandling internt i den kommunale helse- og omsorgstjenesten og med de tjenestene de samspiller med, og for samhandling mellom den kommunale helsetjenesten og spesialisthelsetjenesten, som er viktig.',
      ),
    ).toBe(false);
  });
});

describe('firstAsksForSeveral', () => {
  it('reads a plural first interrogative', () => {
    expect(firstAsksForSeveral('På hvilke felt er gevinsten minst utnyttet?')).toBe(true);
    expect(firstAsksForSeveral('Kva for utfordringar møter kommunane?')).toBe(true);
  });

  it('does not read a singular or English one, nor a plural interrogative after another', () => {
    expect(firstAsksForSeveral('Hvilken lov vil KS ha endret?')).toBe(false);
    expect(firstAsksForSeveral('Kva for ein lov vil KS endre?')).toBe(false);
    expect(firstAsksForSeveral('Hvem skal kartlegge hvilke opplysninger kjernejournalen bør inneholde?')).toBe(false);
    expect(firstAsksForSeveral('Which parts of the public sector are priorities?')).toBe(false);
  });
});
