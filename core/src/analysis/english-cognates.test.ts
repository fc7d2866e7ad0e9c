import { describe, expect, it } from 'vitest';
import { actionNounSpellings, cognateSpellings } from './english-cognates';

describe('cognateSpellings', () => {
  it('respells loan words by the regular English–Norwegian correspondences', () => {
    expect(cognateSpellings('institution')).toContain('institusjon');
    expect(cognateSpellings('contract')).toContain('kontrakt');
    expect(cognateSpellings('programme')).toContain('program');
    expect(cognateSpellings('technology')).toContain('teknologi');
    expect(cognateSpellings('estimate')).toContain('estimere');
    expect(cognateSpellings('realise')).toContain('realisere');
    expect(cognateSpellings('prioritise')).toContain('prioritere');
    expect(cognateSpellings('prioritized')).toContain('prioritert');
    expect(cognateSpellings('focus')).toContain('fokus');
    expect(cognateSpellings('catalogue')).toContain('katalog');
    expect(cognateSpellings('dialogues')).toContain('dialog');
  });

  it('offers nothing for short words, names with capitals kept aside, and never the word itself', () => {
    expect(cognateSpellings('map')).toEqual([]);
    expect(cognateSpellings('data')).not.toContain('data');
  });
});

describe('actionNounSpellings', () => {
  it('spells an English noun in -ation as the noun of the Norwegian verb in -ere', () => {
    expect(actionNounSpellings('implementation')).toContain('implementering');
    expect(actionNounSpellings('prioritisation')).toContain('prioritering');
    expect(actionNounSpellings('digitalisations')).toContain('digitalisering');
    expect(actionNounSpellings('nation')).toEqual([]);
  });
});
