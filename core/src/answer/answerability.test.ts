import { describe, expect, it } from 'vitest';
import { answerabilityModel } from './answerability-model';
import { confidenceOf, featureNames, featureSigns, type AnswerabilityFeatures } from './answerability';

describe('the fitted answerability model', () => {
  const model = answerabilityModel;
  const typical = Object.fromEntries(featureNames.map((name) => [name, model?.means[name] ?? 0])) as AnswerabilityFeatures;

  it('is fitted, with a threshold inside 0..1 and a note on how it was measured', () => {
    expect(model).not.toBeNull();
    expect(model?.threshold).toBeGreaterThan(0);
    expect(model?.threshold).toBeLessThan(1);
    expect(model?.measured).toMatch(/tune split/);
  });

  it('keeps every weight to the direction its feature allows', () => {
    for (const name of featureNames) {
      const weight = model?.weights[name] ?? 0;
      if (featureSigns[name] > 0) expect(weight, name).toBeGreaterThanOrEqual(0);
      if (featureSigns[name] < 0) expect(weight, name).toBeLessThanOrEqual(0);
    }
  });

  it('is less sure when the passage lacks the names and numbers the question asks about', () => {
    if (!model) return;
    const base = confidenceOf(model, typical);
    expect(confidenceOf(model, { ...typical, entityMissing: 1, numbersMissing: 1 })).toBeLessThan(base);
    expect(confidenceOf(model, { ...typical, bestCoverage: 1, topChunkCoverage: 1 })).toBeGreaterThan(base);
  });
});
