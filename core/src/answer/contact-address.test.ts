import { describe, expect, it } from 'vitest';
import { asksForAddress, statesAddress } from './contact-address';

describe('questions for a contact address', () => {
  it('are read in bokmål, nynorsk and English, and no other question is', () => {
    expect(asksForAddress('What is the e-mail address of the project office?')).toBe(true);
    expect(asksForAddress('Hva er e-postadressen til sekretariatet?')).toBe(true);
    expect(asksForAddress('Kva er telefonnummeret til kundesenteret?')).toBe(true);
    expect(asksForAddress('Hvilken nettadresse har portalen?')).toBe(true);
    expect(asksForAddress('Innen når skulle alle folkevalgte kunne nås på e-post?')).toBe(false);
    expect(asksForAddress('Hva skal adresseregisteret brukes til?')).toBe(false);
    expect(asksForAddress('Hvor mange kommuner brukte IP-telefoni?')).toBe(false);
  });

  it('are answered only by a sentence that writes an address or number', () => {
    expect(statesAddress('Spørsmål kan sendes til post@example.no.')).toBe(true);
    expect(statesAddress('Se https://www.example.no for mer.')).toBe(true);
    expect(statesAddress('Ring 22 33 44 55 for hjelp.')).toBe(true);
    expect(statesAddress('Brukerstøtten svarer på tlf. 98 76 54 32.')).toBe(true);
    expect(statesAddress('Ring vakttelefonen 98 76 54 32, eller send skjemaet.')).toBe(true);
    expect(statesAddress('Beløpet var 12 34 56 78,5 kroner.')).toBe(false);
    expect(statesAddress('Summen ble 1234 5678.9 i alt.')).toBe(false);
    expect(statesAddress('Norsk Helsenett vil tilby en adressekatalog.')).toBe(false);
    expect(statesAddress('I 2007 fikk 12 345 kommuner e-post.')).toBe(false);
  });
});
