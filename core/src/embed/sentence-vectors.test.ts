import { describe, expect, it } from 'vitest';
import { bestSentenceSimilarity, decodeSentenceVector, encodeSentenceVector, quantizeSentenceVector, sentenceSimilarity } from './sentence-vectors';

const unit = (values: number[]): number[] => {
  const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0));
  return values.map((value) => value / norm);
};

describe('sentence vectors', () => {
  it('keep a unit vector within a byte step and survive the round trip through base64', () => {
    const vector = unit([0.3, -0.8, 0.1, 0.5]);
    const bytes = quantizeSentenceVector(vector);
    const back = decodeSentenceVector(encodeSentenceVector(bytes));
    expect([...back]).toEqual([...bytes]);
    for (const [index, value] of back.entries()) expect(Math.abs(value / 127 - (vector[index] ?? 0))).toBeLessThanOrEqual(0.5 / 127);
  });

  it('give the cosine of the question and the sentence, and nothing for another model’s size', () => {
    const question = unit([1, 2, 0, 0]);
    const same = quantizeSentenceVector(question);
    const apart = quantizeSentenceVector([0, 0, 1, 0]);
    expect(sentenceSimilarity(question, same)).toBeCloseTo(1, 2);
    expect(sentenceSimilarity(question, apart)).toBeCloseTo(0, 5);
    expect(sentenceSimilarity(question, quantizeSentenceVector([1, 0]))).toBe(0);
  });

  it('take the best of a chunk’s sentences, and 0 when none has a vector', () => {
    const question = unit([1, 1, 0]);
    const sentences = [{ vector: quantizeSentenceVector([0, 0, 1]) }, { vector: quantizeSentenceVector(unit([1, 0.5, 0])) }, {}];
    expect(bestSentenceSimilarity(question, sentences)).toBeGreaterThan(0.9);
    expect(bestSentenceSimilarity(question, [{}, {}])).toBe(0);
  });
});
