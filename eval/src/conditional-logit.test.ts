import { describe, expect, it } from 'vitest';
import { type ChoiceExample, conditionalLoss, crossValidatedFits, fitConditionalLogit, standardisation, topHits } from './conditional-logit';

// Ten choices of three candidates each: the one labelled 1 has the second feature high, while the first feature (the score)
// misleads in half of them.
const examples: ChoiceExample[] = Array.from({ length: 10 }, (_, group) =>
  [0, 1, 2].map((candidate) => ({
    group: `g${group}`,
    fold: `g${group}`,
    x: [candidate === 0 ? 1 : group % 2 === 0 ? 0 : 0.5, candidate === 1 ? 1 : -1],
    y: candidate === 1 ? 1 : 0,
  })),
).flat();

describe('conditional logit', () => {
  it('learns the feature that tells the chosen candidate apart, keeping the score weight positive', () => {
    const fit = fitConditionalLogit(examples, 0.01);
    expect(fit.weights[1]).toBeGreaterThan(0);
    expect(fit.weights[0]).toBeGreaterThan(0);
    const score = (example: ChoiceExample) => (fit.weights[0] ?? 0) * (example.x[0] ?? 0) + (fit.weights[1] ?? 0) * (example.x[1] ?? 0);
    expect(topHits(examples, score)).toBe(10);
    expect(topHits(examples, (example) => example.x[0] ?? 0)).toBe(0);
    expect(conditionalLoss(examples, score)).toBeLessThan(conditionalLoss(examples, (example) => example.x[0] ?? 0));
  });

  it('gives every example a fit that did not see its fold', () => {
    const fits = crossValidatedFits(examples, 0.01, 5);
    expect(fits.size).toBe(examples.length);
    expect(new Set(fits.values()).size).toBe(5);
  });

  it('standardises each feature by its mean and deviation', () => {
    expect(standardisation(['a'] as const, [{ a: 1 }, { a: 3 }])).toEqual({ means: [2], scales: [1] });
  });
});
