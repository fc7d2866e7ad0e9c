import { describe, expect, it } from 'vitest';
import { buildLexicon, corpusTokens } from './lexicon';

describe('corpusTokens', () => {
  it('leaves out both halves of a word split across lines, blank lines between them included', () => {
    const tokens = corpusTokens('i samarbeid med den stat-\n\nlige arbeids- og velferdsetaten, ha etablert fullverdig IKT-løs-\nning for felles');
    expect(tokens).not.toContain('stat');
    expect(tokens).not.toContain('lige');
    expect(tokens).not.toContain('ning');
    expect(tokens).toContain('velferdsetaten');
    expect(tokens).toContain('felles');
  });

  it('keeps hyphenated compounds whole and strips surrounding punctuation', () => {
    expect(corpusTokens('«EPJ-standarden» (PLO-system),')).toEqual(['EPJ-standarden', 'PLO-system']);
  });
});

describe('buildLexicon', () => {
  it('counts corpus forms in lowercase, hyphenated compounds and their parts', () => {
    const lexicon = buildLexicon(['IKT-løsninger og IKT-løsninger for Helsenett']);
    expect(lexicon.corpusCount('ikt-løsninger')).toBe(2);
    expect(lexicon.corpusCount('løsninger')).toBe(2);
    expect(lexicon.corpusCount('HELSENETT')).toBe(1);
    expect(lexicon.has('helsenett')).toBe(true);
  });

  it('works without a word list and reports its size as zero', () => {
    const lexicon = buildLexicon(['utvikle']);
    expect(lexicon.wordListWords).toBe(0);
    expect(lexicon.inWordList('utvikle')).toBe(false);
  });

  it('tells common words from names: written in lowercase in the corpus or the list, or not', () => {
    const lexicon = buildLexicon(['Innbyggerne lever sine liv. Alle innbyggerne og Altinn.'], ['Oslo', 'pasient']);
    expect(lexicon.isCommonWord('Innbyggerne')).toBe(true);
    expect(lexicon.isCommonWord('Altinn')).toBe(false);
    expect(lexicon.isCommonWord('Oslo')).toBe(false);
    expect(lexicon.isCommonWord('Pasient')).toBe(true);
    expect(lexicon.inWordList('oslo')).toBe(true);
  });
});
