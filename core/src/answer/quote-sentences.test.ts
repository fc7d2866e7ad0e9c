import { describe, expect, it } from 'vitest';
import { quoteFactor, quoteFeatureNames, quoteFeatures, type QuoteCandidateFacts, type QuoteSentenceModel } from './quote-sentences';

const facts = (overrides: Partial<QuoteCandidateFacts> = {}): QuoteCandidateFacts => ({
  score: 1,
  best: 1,
  rank: 0,
  passageScore: 1,
  fusedScore: 1,
  statesType: false,
  coverage: 0.5,
  numbers: 1,
  sentence: 0,
  sentences: 5,
  bestSentence: 0,
  titleLine: false,
  listLead: false,
  text: 'Fylkene skal lage en plan innen neste år.',
  ...overrides,
});

const uniform = (value: number) => Object.fromEntries(quoteFeatureNames.map((name) => [name, value])) as Record<(typeof quoteFeatureNames)[number], number>;
const model: QuoteSentenceModel = {
  means: uniform(0),
  scales: uniform(1),
  weights: { ...uniform(0), logScore: 2, coverage: 1, rank: -0.5 },
  bias: 0,
  shrink: 1,
  measured: 'for the test',
};

describe('quoteFeatures', () => {
  it('reads the score relative to the best, floored far below it', () => {
    expect(quoteFeatures(facts({ score: 0.5 })).logScore).toBeCloseTo(Math.log(0.5));
    expect(quoteFeatures(facts({ score: 0 })).logScore).toBe(-5);
    expect(quoteFeatures(facts({ score: 1e-6 })).logScore).toBe(-5);
  });

  it('tells where the sentence stands in its passage and whether it is the passage’s best', () => {
    expect(quoteFeatures(facts({ sentence: 4, bestSentence: 2 }))).toMatchObject({ position: 1, firstInPassage: 0, bestOfPassage: 0 });
    expect(quoteFeatures(facts({ sentence: 2, bestSentence: 2 }))).toMatchObject({ position: 0.5, bestOfPassage: 1 });
    expect(quoteFeatures(facts({ sentences: 1 }))).toMatchObject({ position: 0, firstInPassage: 1 });
  });

  it('turns the flags into 0 or 1', () => {
    expect(quoteFeatures(facts({ statesType: true, titleLine: true, listLead: true }))).toMatchObject({ statesType: 1, titleLine: 1, listLead: 1 });
  });
});

describe('quoteFactor', () => {
  it('is 1 without a model, and weighs the other features against the score', () => {
    const features = quoteFeatures(facts({ coverage: 0.8, rank: 2 }));
    expect(quoteFactor(null, features)).toBe(1);
    // (1 × 0.8 − 0.5 × 2) ÷ 2
    expect(quoteFactor(model, features)).toBeCloseTo(Math.exp(-0.1));
    expect(quoteFactor({ ...model, shrink: 0.5 }, features)).toBeCloseTo(Math.exp(-0.05));
  });
});
