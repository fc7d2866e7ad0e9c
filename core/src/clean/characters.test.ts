import { describe, expect, it } from 'vitest';
import { normalizeCharacters } from './characters';
import { identityText } from './mapped-text';
import { itemAt } from '../collections/item-at';

const normalize = (text: string) => normalizeCharacters(identityText(text));

describe('normalizeCharacters', () => {
  it('turns the narrow no-break space of 004 into a plain space', () => {
    expect(normalize('• Digitalt tilsyn: 4,57\u202f%').text).toBe('• Digitalt tilsyn: 4,57 %');
  });

  it('turns the no-break space after the URL in 003 into a plain space', () => {
    const line = 'https://www.regjeringen.no/no/aktuelt/fem-millioner-kroner-til-kommuner-som-vil-gi-digital-hjelp-til-innbyggerne/id2679711/\u00a0';
    expect(normalize(line).text.endsWith('id2679711/ ')).toBe(true);
  });

  it('turns the non-breaking hyphen of 004 into a plain hyphen', () => {
    expect(normalize('om lag 4,5 mrd. kroner på e\u2011helse i 2021').text).toBe('om lag 4,5 mrd. kroner på e-helse i 2021');
  });

  it('removes soft hyphens and zero-width characters without moving the other characters', () => {
    const original = 'informa\u00adsjons\u200bsikkerhet';
    const result = normalize(original);
    expect(result.text).toBe('informasjonssikkerhet');
    expect(original.charAt(itemAt(result.offsets, result.text.indexOf('sjons')))).toBe('s');
    expect(result.offsets[7]).toBe(8);
  });

  it('composes a decomposed å to NFC and maps it to the base letter', () => {
    const result = normalize('la\u030Aneordning');
    expect(result.text).toBe('låneordning');
    expect(result.text).toBe(result.text.normalize('NFC'));
    expect(result.offsets[1]).toBe(1);
    expect(result.offsets[2]).toBe(3);
  });

  it('keeps tabs and turns Windows line ends into newlines', () => {
    expect(normalize('•\t I løpet av 2009\r\nomsorgstjeneste').text).toBe('•\t I løpet av 2009\nomsorgstjeneste');
  });
});
