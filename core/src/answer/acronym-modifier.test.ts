import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { acronymModifierHeads } from './acronym-modifier';

describe('acronymModifierHeads', () => {
  it('reads an acronym written only before a hyphen and a common noun as modifying that noun', () => {
    const heads = acronymModifierHeads('Kven skulle snakke om dei sentrale styringssignala for IKT-dugleik på seminaret?');
    expect([...heads.keys()]).toEqual(analyze('IKT'));
    expect(heads.get(analyze('IKT')[0] ?? '')).toEqual(analyze('dugleik'));
  });

  it('keeps an acronym the question also writes alone, and a name that is no acronym', () => {
    expect(acronymModifierHeads('Hva er FoU, og hvem leder FoU-arbeidet?').size).toBe(0);
    expect(acronymModifierHeads('Når ble Altinn-plattformen tatt i bruk?').size).toBe(0);
  });
});
