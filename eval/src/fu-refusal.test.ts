import { describe, expect, it } from 'vitest';
import { featureNames, type AnswerabilityFeatures, type AnswerabilityModel, type FeatureName } from '@kildesvar/core';
import { pullsDown, refusalMechanism, type SeenReading } from './fu-refusal';

const zero = Object.fromEntries(featureNames.map((name) => [name, 0])) as Record<FeatureName, number>;
const features = { ...zero } as AnswerabilityFeatures;
const reading = (confidence: number, halvedBy: string[] = []): SeenReading => ({ features, confidence, halvedBy, defined: false });

describe('refusalMechanism', () => {
  it('names a halving rule only when the confidence without it reaches the threshold', () => {
    expect(refusalMechanism([reading(0.3, ['freshApart'])], 0.575, 0.5)).toBe('halved: freshApart');
    expect(refusalMechanism([reading(0.2, ['typeMissing', 'freshApart'])], 0.575, 0.5)).toBe('model (+halved typeMissing,freshApart)');
    expect(refusalMechanism([reading(0.4)], 0.575, 0.5)).toBe('model');
  });

  it('reads a refusal with the confidence above the threshold as a rule after composing, and the first reading only', () => {
    expect(refusalMechanism([reading(0.8), reading(0.1)], 0.575, 0.5)).toBe('after compose');
    expect(refusalMechanism([], 0.575, 0.5)).toBe('no compose');
  });
});

describe('pullsDown', () => {
  it('lists the features that lower the logit most, most negative first', () => {
    const model: AnswerabilityModel = {
      means: { ...zero },
      scales: Object.fromEntries(featureNames.map((name) => [name, 1])) as Record<FeatureName, number>,
      weights: { ...zero, typeAsked: -1.5, bestCoverage: 2, english: -0.5 },
      bias: 0,
      threshold: 0.5,
      measured: 'test',
    };
    const pulled = { ...features, typeAsked: 1, bestCoverage: -0.5, english: 1 } as AnswerabilityFeatures;
    expect(pullsDown(model, pulled)).toEqual(['typeAsked=1.00(-1.50)', 'bestCoverage=-0.50(-1.00)', 'english=1.00(-0.50)']);
  });
});
