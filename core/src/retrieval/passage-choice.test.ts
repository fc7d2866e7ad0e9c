import { describe, expect, it } from 'vitest';
import {
  factorAfterChosen,
  passageFactor,
  passageFeatureNames,
  passageFeatures,
  passageNeighbourhoods,
  type PassageChoiceModel,
  type PassageFacts,
} from './passage-choice';

const facts = (overrides: Partial<PassageFacts> = {}): PassageFacts => ({
  score: 1,
  best: 1,
  rank: 0,
  fusedScore: 1,
  rankingEvidence: 0.8,
  evidence: { score: 0.8, coverage: 0.7, numbers: 1 },
  chunkEvidence: { score: 0.9, coverage: 0.8 },
  title: 0,
  semantic: 0.4,
  bestSentence: 1,
  sentenceScores: [0.2, 0.8, 0.5],
  routes: { fused: 0, chunkLexical: 0, sentenceLexical: 2, dense: null, similarity: 0 },
  neighbourhood: { documentShare: 0.5, afterAnother: false, beforeAnother: false },
  ...overrides,
});

const uniform = (value: number) => Object.fromEntries(passageFeatureNames.map((name) => [name, value])) as Record<(typeof passageFeatureNames)[number], number>;
const model: PassageChoiceModel = {
  means: uniform(0),
  scales: uniform(1),
  weights: { ...uniform(0), logScore: 2, coverage: 1, title: 0.5 },
  bias: 0,
  shrink: 1,
  measured: 'for the test',
};

describe('passageFeatures', () => {
  it('reads the score relative to the first passage, floored far below it', () => {
    expect(passageFeatures(facts({ score: 0.5 })).logScore).toBeCloseTo(Math.log(0.5));
    expect(passageFeatures(facts({ score: 0 })).logScore).toBe(-5);
    expect(passageFeatures(facts({ score: 1e-6 })).logScore).toBe(-5);
  });

  it('reads how much the cues took from the best sentence, 1 when they took nothing', () => {
    expect(passageFeatures(facts({ rankingEvidence: 0.4 })).cueFactor).toBeCloseTo(0.5);
    expect(passageFeatures(facts()).cueFactor).toBe(1);
    expect(passageFeatures(facts({ rankingEvidence: 0, evidence: { score: 0, coverage: 0, numbers: 1 } })).cueFactor).toBe(1);
  });

  it('reads the first stage’s places on a log scale, a route that missed the passage below all it gives', () => {
    const features = passageFeatures(facts({ routes: { fused: 3, chunkLexical: 0, sentenceLexical: 250, dense: null, similarity: 0 } }));
    expect(features.fusedRank).toBeCloseTo(Math.log(4));
    expect(features.chunkLexicalRank).toBe(0);
    expect(features.sentenceLexicalRank).toBeCloseTo(Math.log(101));
    expect(features.denseRank).toBeCloseTo(Math.log(101));
  });

  it('counts the sentences carrying at least half the best evidence, and reads the second best', () => {
    const features = passageFeatures(facts({ sentenceScores: [0.2, 0.8, 0.5, 0.39] }));
    expect(features.secondSentence).toBeCloseTo(0.5);
    expect(features.carrying).toBeCloseTo(Math.log(3));
    expect(passageFeatures(facts({ sentenceScores: [0, 0] })).carrying).toBe(0);
  });

  it('marks the first passage and the passage whose best sentence opens it', () => {
    expect(passageFeatures(facts())).toMatchObject({ first: 1, firstSentence: 0 });
    expect(passageFeatures(facts({ rank: 2, bestSentence: 0 }))).toMatchObject({ first: 0, firstSentence: 1, rank: 2 });
  });
});

describe('passageNeighbourhoods', () => {
  it('reads the share of the first passages in each document and which passages follow each other', () => {
    const passages = [
      { file: 'a.txt', start: 100, end: 200 },
      { file: 'b.txt', start: 202, end: 300 },
      { file: 'a.txt', start: 202, end: 300 },
      { file: 'a.txt', start: 900, end: 950 },
    ];
    expect(passageNeighbourhoods(passages)).toEqual([
      { documentShare: 0.75, afterAnother: false, beforeAnother: true },
      { documentShare: 0.25, afterAnother: false, beforeAnother: false },
      { documentShare: 0.75, afterAnother: true, beforeAnother: false },
      { documentShare: 0.75, afterAnother: false, beforeAnother: false },
    ]);
  });
});

describe('passageFactor', () => {
  it('is 1 without a model', () => {
    expect(passageFactor(null, passageFeatures(facts()))).toBe(1);
  });

  it('raises a passage whose best sentence covers more of the question, relative to the score weight', () => {
    const low = passageFactor(model, passageFeatures(facts({ evidence: { score: 0.8, coverage: 0.2, numbers: 1 } })));
    const high = passageFactor(model, passageFeatures(facts({ evidence: { score: 0.8, coverage: 0.6, numbers: 1 } })));
    expect(high / low).toBeCloseTo(Math.exp((1 * 0.4) / 2));
  });

  it('lets a lower-scored passage that names the document come first when its factor outweighs the gap', () => {
    const first = passageFeatures(facts({ score: 1, title: 0 }));
    const second = passageFeatures(facts({ score: 0.9, rank: 1, title: 1 }));
    expect(0.9 * passageFactor(model, second)).toBeGreaterThan(1 * passageFactor(model, first));
  });

  it('applies only its share of the other features when shrunk', () => {
    const features = passageFeatures(facts({ title: 1 }));
    expect(passageFactor({ ...model, shrink: 0.5 }, features) ** 2).toBeCloseTo(passageFactor(model, features));
  });
});

describe('factorAfterChosen', () => {
  it('gives the passages after the chosen ones a factor that keeps the scores falling', () => {
    const before = [5, 4, 3];
    const factors = [0.5, 2, 1];
    const chosen = before.map((score, index) => score * (factors[index] as number)).sort((left, right) => right - left);
    const after = [2.9, 1].map((score) => score * factorAfterChosen(factors));
    const all = [...chosen, ...after];
    expect(all).toEqual([...all].sort((left, right) => right - left));
  });

  it('is 1 when nothing was chosen', () => expect(factorAfterChosen([])).toBe(1));
});
