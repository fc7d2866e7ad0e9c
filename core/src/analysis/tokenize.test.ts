import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';
import { itemAt } from '../collections/item-at';

const texts = (input: string) => tokenize(input).map((token) => token.text);

describe('tokenize', () => {
  it('lowercases words, keeps æøå and splits on punctuation', () => {
    expect(texts('Kva er utfordringane for sektoren – sett ovanfrå (nasjonale føringar)?')).toEqual([
      'kva',
      'er',
      'utfordringane',
      'for',
      'sektoren',
      'sett',
      'ovanfrå',
      'nasjonale',
      'føringar',
    ]);
  });

  it('gives offsets that slice the original spelling out of the input', () => {
    const input = 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett.';
    for (const token of tokenize(input)) {
      expect(input.slice(token.start, token.end).toLowerCase()).toBe(token.text);
    }
    expect(tokenize(input).find((token) => token.text === 'helsenett')).toMatchObject({ start: 57, end: 66 });
  });

  it('keeps years and numbers with separators as number tokens', () => {
    const tokens = tokenize('mot 2060 (230.000 nye årsverk), versjon 3.1, strategi 2019-2025');
    expect(tokens.filter((token) => token.kind === 'number').map((token) => token.text)).toEqual(['2060', '230.000', '3.1', '2019', '2025']);
  });

  it('gives the parts of a hyphenated compound and then the joined compound', () => {
    const tokens = tokenize('fullverdig IKT-løsning');
    expect(tokens.map(({ text, kind }) => [text, kind])).toEqual([
      ['fullverdig', 'word'],
      ['ikt', 'part'],
      ['løsning', 'part'],
      ['iktløsning', 'compound'],
    ]);
    expect(tokens[3]).toMatchObject({ start: 11, end: 22 });
  });

  it('joins compounds written with an en dash but not ranges with spaces around the dash', () => {
    expect(texts('IKT–bransjen')).toEqual(['ikt', 'bransjen', 'iktbransjen']);
    expect(texts('IKT i helse og omsorg 2008 – 2012')).toEqual(['ikt', 'i', 'helse', 'og', 'omsorg', '2008', '2012']);
  });

  it('repairs a word split by a line-end hyphen into one token spanning the break', () => {
    const input = 'ha etablert fullverdig IKT-løs-\nning for felles førstelinjekontorer';
    const tokens = tokenize(input);
    expect(tokens.map((token) => token.text)).toContain('løsning');
    expect(tokens.map((token) => token.text)).toContain('iktløsning');
    const repaired = tokens.find((token) => token.text === 'løsning');
    expect(input.slice(repaired?.start, repaired?.end)).toBe('løs-\nning');
  });

  it('leaves truncated compounds before a conjunction alone', () => {
    expect(texts('arbeids- og vel-\nferdsforvaltningen')).toEqual(['arbeids', 'og', 'velferdsforvaltningen']);
    expect(texts('arbeids-\nog velferdsetaten')).toEqual(['arbeids', 'og', 'velferdsetaten']);
  });

  it('normalises decomposed letters to NFC while offsets stay in the input', () => {
    const decomposed = 'pa\u030Ar\u00F8rande';
    const token = itemAt(tokenize(decomposed), 0);
    expect(token.text).toBe('pårørande');
    expect(token.end).toBe(decomposed.length);
  });

  it('gives the same tokens when an input is tokenised again, right after or after another, and they cannot be changed', () => {
    const first = 'IKT-løsning for kommunane';
    const once = tokenize(first).map((token) => ({ ...token }));
    expect(tokenize(first)).toEqual(once);
    expect(tokenize('Norsk Helsenett').map((token) => token.text)).toEqual(['norsk', 'helsenett']);
    expect(tokenize(first)).toEqual(once);
    expect(Object.isFrozen(tokenize(first))).toBe(true);
  });
});
