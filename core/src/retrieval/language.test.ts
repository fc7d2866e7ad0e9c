import { describe, expect, it } from 'vitest';
import { detectLanguage, followUpLanguage, leansNynorsk, markedNynorsk } from './language';

describe('detectLanguage', () => {
  it('reads nynorsk by its function words, in any case', () => {
    expect(detectLanguage('Kva gjer KS?')).toBe('nn');
    expect(detectLanguage('kva gjer ks?')).toBe('nn');
  });

  it('reads nynorsk by spellings bokmål never uses, without a nynorsk question word', () => {
    expect(detectLanguage('Kor mange fleire eldre får vi innan 2035?')).toBe('nn');
    expect(detectLanguage('Når vart tenesta skipa?')).toBe('nn');
    expect(detectLanguage('kor stor del av innbyggjarane bruker nettet?')).toBe('nn');
  });

  it('reads a lone nynorsk definite plural (-ane) as nynorsk when nothing says bokmål', () => {
    expect(detectLanguage('når skulle legane ha fått nye pasientjournaler?')).toBe('nn');
    expect(detectLanguage('Når skulle legane ha fått nye pasientjournaler?')).toBe('nn');
  });

  it('keeps bokmål that names a nynorsk title or has one -ar word', () => {
    expect(detectLanguage('Hvem betaler for utbyggingen, ifølge meldingen om breiband for kunnskap og vekst?')).toBe('nb');
    expect(detectLanguage('Når fikk direktoratet ansvar for eID?')).toBe('nb');
    expect(detectLanguage('Når skal legene ha fått nye pasientjournaler?')).toBe('nb');
  });

  it('reads English as English', () => {
    expect(detectLanguage('When did the municipalities start using e-invoicing?')).toBe('en');
  });

  it('marks as nynorsk, for weighing by lemma, only questions with a nynorsk function word or two nynorsk inflections', () => {
    expect(markedNynorsk('Kva gjer KS?')).toBe(true);
    expect(markedNynorsk('Når vart tenestene skipa for kommunane?')).toBe(true);
    expect(markedNynorsk('Kor mange fleire eldre får vi innan 2035?')).toBe(false);
    expect(detectLanguage('Kor mange fleire eldre får vi innan 2035?')).toBe('nn');
  });
});

describe('followUpLanguage', () => {
  it('keeps a nynorsk conversation for a follow-up with one nynorsk inflection and no bokmål word', () => {
    expect(detectLanguage('Og for avtalar med staten i 2020?')).toBe('nb');
    expect(leansNynorsk('Og for avtalar med staten i 2020?')).toBe(true);
    expect(followUpLanguage('Og for avtalar med staten i 2020?', 'nb', 'nn')).toBe('nn');
    expect(followUpLanguage('Og hva med avtalar med staten i 2020?', 'nb', 'nn')).toBe('nb');
    expect(followUpLanguage('Og for avtaler med staten i 2020?', 'nb', 'nn')).toBe('nb');
    expect(followUpLanguage('Og for avtalar med staten i 2020?', 'nb', 'en')).toBe('nb');
    expect(followUpLanguage('og i 2020?', 'nb', 'en')).toBe('en');
  });
});
