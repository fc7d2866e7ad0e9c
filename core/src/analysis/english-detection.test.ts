import { describe, expect, it } from 'vitest';
import { isLikelyEnglish } from './english-detection';

describe('isLikelyEnglish', () => {
  it('recognises English questions by their function words', () => {
    for (const question of [
      'What is the goal for the health network by 2011?',
      'How many municipalities use Altinn?',
      "What is KS' role in e-government?",
      'Which measures are planned for broadband in schools?',
    ]) {
      expect(isLikelyEnglish(question)).toBe(true);
    }
  });

  it('never fires on bokmål or nynorsk questions, even with English loanwords', () => {
    for (const question of [
      'Hva er målet for Norsk Helsenett?',
      'Kva er utfordringane og korleis skal vi måle og løfte kompetansen?',
      'Kor mange kommunar har tatt i bruk open source?',
      'Hva sier KS om cloud computing and AI?',
      'IKT i helse og omsorg 2008 – 2012',
    ]) {
      expect(isLikelyEnglish(question)).toBe(false);
    }
  });

  it('counts quantifiers and prepositions as English evidence, not only question words', () => {
    expect(isLikelyEnglish('Tell me more about both plans before 2012')).toBe(true);
  });

  it('gives false for a bare term, which carries no evidence either way', () => {
    expect(isLikelyEnglish('broadband')).toBe(false);
  });

  describe('with a lexicon', () => {
    const english = new Set(['maintain', 'today', 'open', 'shared', 'register', 'cloud', 'computing', 'source']);
    const norwegian = new Set(['register', 'registre']);
    const lexicon = {
      isEnglishWord: (word: string) => english.has(word) || english.has(word.replace(/s$/u, '')),
      isNorwegianWord: (word: string) => norwegian.has(word),
    };

    it('reads English content words beside one English function word', () => {
      expect(isLikelyEnglish('Who maintains Tolkeportalen today?')).toBe(false);
      expect(isLikelyEnglish('Who maintains Tolkeportalen today?', lexicon)).toBe(true);
      expect(isLikelyEnglish('And for shared registers?', lexicon)).toBe(true);
    });

    it('does not count them in a sentence with Norwegian evidence, nor without an English function word', () => {
      expect(isLikelyEnglish('Hvordan brukes cloud computing and open source?', lexicon)).toBe(false);
      expect(isLikelyEnglish('cloud computing open source', lexicon)).toBe(false);
      expect(isLikelyEnglish('Kor mange kommunar har tatt i bruk open source?', lexicon)).toBe(false);
    });
  });
});
