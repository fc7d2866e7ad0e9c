import { describe, expect, it } from 'vitest';
import { englishEvidenceWords, englishFunctionWords, englishStopwords } from './english-function-words';

describe('englishFunctionWords', () => {
  it('holds the function words of an English question, not its content words', () => {
    for (const word of ['the', 'which', 'whose', 'between', 'during', 'according', 'for', 'to']) expect(englishFunctionWords.has(word)).toBe(true);
    for (const word of ['goal', 'network', 'municipality', 'say', 'tell']) expect(englishFunctionWords.has(word)).toBe(false);
  });

  it('holds indefinite and reflexive pronouns and subordinating conjunctions, which name nothing a text could match', () => {
    for (const word of ['everyone', 'itself', 'another', 'while', 'whether', 'towards']) {
      expect(englishFunctionWords.has(word)).toBe(true);
      expect(englishEvidenceWords.has(word)).toBe(true);
      expect(englishStopwords).not.toContain(word);
    }
  });
});

describe('englishEvidenceWords', () => {
  it('leaves out the English function words Norwegian questions use as their own words', () => {
    for (const word of ['i', 'at', 'for', 'to', 'by', 'me', 'so', 'no', 'her', 'all', 'per', 'via', 'as']) {
      expect(englishEvidenceWords.has(word)).toBe(false);
    }
    for (const word of ['the', 'is', 'must', 'between', 'after']) expect(englishEvidenceWords.has(word)).toBe(true);
  });
});

describe('englishStopwords', () => {
  it('leaves out English function words that are Norwegian content words', () => {
    for (const word of ['is', 'be', 'do', 'must', 'most', 'to', 'by', 'per']) expect(englishStopwords).not.toContain(word);
    for (const word of ['the', 'which', 'your', 'between']) expect(englishStopwords).toContain(word);
  });
});
