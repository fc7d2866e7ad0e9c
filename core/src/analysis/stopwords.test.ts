import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { isStopword, stopwords } from './stopwords';

describe('stopwords', () => {
  it('is a short list of function words in bokmål, nynorsk and English', () => {
    expect(stopwords.size).toBeLessThanOrEqual(220);
    for (const word of ['og', 'hva', 'hvordan', 'kva', 'korleis', 'ikkje', 'the', 'what', 'which', 'between', 'your']) {
      expect(isStopword(word)).toBe(true);
    }
  });

  it('drops the nynorsk forms of listed bokmål function words that the normalisation keeps («vera», «vorten», «me», «inga»)', () => {
    for (const word of ['vera', 'vorten', 'me', 'inga']) expect(analyze(word)).toEqual([]);
  });

  it('keeps content words and English words that are Norwegian content words searchable', () => {
    for (const word of ['arbeid', 'bruke', 'tid', 'verdi', 'punkt', 'mål', 'år', 'kommune', 'to', 'by', 'is', 'be', 'do', 'must']) {
      expect(isStopword(word)).toBe(false);
    }
  });
});
