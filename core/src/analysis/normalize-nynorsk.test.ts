import { describe, expect, it } from 'vitest';
import { normalizeNynorsk, withoutAccents } from './normalize-nynorsk';
import { tokenize } from './tokenize';

const normalizeLine = (line: string) =>
  tokenize(line)
    .map((token) => normalizeNynorsk(token.text))
    .join(' ');

describe('normalizeNynorsk', () => {
  it('maps nynorsk function words to bokmål', () => {
    // biome-ignore format: a word list reads best as rows of words
    const pairs: Array<[string, string]> = [
      ['kva', 'hva'], ['korleis', 'hvordan'], ['kor', 'hvor'], ['ikkje', 'ikke'], ['eg', 'jeg'], ['dei', 'de'],
      ['ein', 'en'], ['eit', 'et'], ['frå', 'fra'], ['berre', 'bare'], ['noko', 'noe'], ['òg', 'også'],
      ['kven', 'hvem'], ['kvifor', 'hvorfor'], ['hjå', 'hos'], ['heiter', 'heter'], ['tek', 'tar'],
    ];
    for (const [nynorsk, bokmal] of pairs) expect(normalizeNynorsk(nynorsk)).toBe(bokmal);
  });

  it('rewrites nynorsk spellings and inflections inside words', () => {
    // biome-ignore format: a word list reads best as rows of words
    const pairs: Array<[string, string]> = [
      ['sjukehus', 'sykehus'], ['tenester', 'tjenester'], ['omsorgstenesta', 'omsorgstjenesta'],
      ['kommunane', 'kommunene'], ['utfordringane', 'utfordringene'], ['kartlegginga', 'kartleggingen'],
      ['ansvarleg', 'ansvarlig'], ['ferdigheiter', 'ferdigheter'], ['moglegheitene', 'mulighetene'],
      ['løysingar', 'løsninger'], ['kartleggje', 'kartlegge'], ['brukarar', 'brukere'], ['pårørande', 'pårørende'],
      ['sjølvhjelp', 'selvhjelp'], ['tilsette', 'ansatte'],
      ['noreg', 'norge'], ['reiskap', 'redskap'], ['utvalet', 'utvalget'], ['helsereformutvalet', 'helsereformutvalget'],
    ];
    for (const [nynorsk, bokmal] of pairs) expect(normalizeNynorsk(nynorsk)).toBe(bokmal);
  });

  it('leaves bokmål words alone, including ones that look like nynorsk endings', () => {
    // biome-ignore format: a word list reads best as rows of words
    const bokmal = [
      'constructor', 'ansvar', 'deltar', 'januar', 'fastlege', 'synliggjøre', 'innkjøp', 'tilgjengelig', 'vane', 'kommunene',
      'utvalget', 'helsereformutvalget',
    ];
    for (const word of bokmal) {
      expect(normalizeNynorsk(word)).toBe(word);
    }
  });

  it('turns a real nynorsk line from seeds/002 into bokmål words', () => {
    const line = 'Ifølgje KS finn ein innan helse- og omsorgssektoren i kommunane også dei tilsette med den lågaste';
    expect(normalizeLine(line)).toBe('ifølge ks finn en innen helse og omsorgssektoren i kommunene også de ansatte med den laveste');
    expect(normalizeLine('Korleis identifisere dei digitale kompetansebehova')).toBe('hvordan identifisere de digitale kompetansebehova');
  });
});

describe('withoutAccents', () => {
  it('drops acute, grave and circumflex, never the letters of their own', () => {
    expect(withoutAccents('éi')).toBe('ei');
    expect(withoutAccents('òg')).toBe('og');
    expect(withoutAccents('fôr')).toBe('for');
    expect(withoutAccents('både')).toBe('både');
    expect(withoutAccents('kjøre')).toBe('kjøre');
    expect(withoutAccents('ærleg')).toBe('ærleg');
    expect(withoutAccents('müller')).toBe('müller');
  });
});
