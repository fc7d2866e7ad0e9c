import { describe, expect, it } from 'vitest';
import type { IndexedChunk } from '../retrieval/indexed-chunk';
import type { RankedChunk } from '../retrieval/retriever';
import { followUpFactor, followUpFeatureNames, followUpFeatures, followUpSentenceModel, type FollowUpSentenceModel } from './follow-up-sentences';

const chunk = (file: string, heading: string, start = 0, end = 1000) =>
  ({ id: `${file}:${heading}:${start}`, file, heading, start, end, sentences: [] }) as unknown as IndexedChunk;
const ranked = (of: IndexedChunk) => ({ chunk: of }) as RankedChunk;
const quoted = [chunk('a.txt', 'Mål')];
const candidate = (of: IndexedChunk, said: boolean[] = [false, false, false, false], sentence = 0, score = 1) => ({
  passage: ranked(of),
  rank: 0,
  sentence,
  said,
  score,
});

const uniform = (value: number) =>
  Object.fromEntries(followUpFeatureNames.map((name) => [name, value])) as Record<(typeof followUpFeatureNames)[number], number>;
const model: FollowUpSentenceModel = {
  means: uniform(0),
  scales: uniform(1),
  weights: { ...uniform(0), logScore: 2, quotedPassage: 1, nearQuote: 0.5, sameDocument: 0.25 },
  bias: 0,
  measured: 'for the test',
};

describe('followUpFeatures', () => {
  it('tells the quoted passage, its section or neighbour, the rest of its document and other documents apart', () => {
    expect(followUpFeatures(quoted, candidate(quoted[0] as IndexedChunk), 1)).toMatchObject({ quotedPassage: 1, nearQuote: 0, sameDocument: 0 });
    expect(followUpFeatures(quoted, candidate(chunk('a.txt', 'Mål', 1000, 2000)), 1)).toMatchObject({ quotedPassage: 0, nearQuote: 1, sameDocument: 0 });
    expect(followUpFeatures(quoted, candidate(chunk('a.txt', 'Tiltak', 1005, 2000)), 1)).toMatchObject({ nearQuote: 1 });
    expect(followUpFeatures(quoted, candidate(chunk('a.txt', 'Tiltak', 5000, 6000)), 1)).toMatchObject({ nearQuote: 0, sameDocument: 1 });
    expect(followUpFeatures(quoted, candidate(chunk('b.txt', 'Mål')), 1)).toMatchObject({ quotedPassage: 0, nearQuote: 0, sameDocument: 0 });
  });

  it('marks a sentence the last answer gave, and one within two sentences of it', () => {
    const said = [false, true, false, false, false];
    expect(followUpFeatures(quoted, candidate(quoted[0] as IndexedChunk, said, 1), 1)).toMatchObject({ said: 1, besideSaid: 0 });
    expect(followUpFeatures(quoted, candidate(quoted[0] as IndexedChunk, said, 3), 1)).toMatchObject({ said: 0, besideSaid: 1 });
    expect(followUpFeatures(quoted, candidate(quoted[0] as IndexedChunk, said, 4), 1)).toMatchObject({ said: 0, besideSaid: 0 });
  });

  it('marks a sentence after one the last answer gave that points back to it with a demonstrative', () => {
    const texts = [
      'For å få til dette må det etableres en nasjonal nummeropplysningstjeneste.',
      'De store gevinstene kommer først når telefoni kjøres helt over IP.',
      'For å få til dette må det etableres en nasjonal nummeropplysningstjeneste.',
      'Post- og teletilsynet arbeider med en slik tjeneste.',
      'Kommunene betaler tellerskritt.',
    ];
    const passage = { ...(quoted[0] as IndexedChunk), sentences: texts.map((text) => ({ text })) } as unknown as IndexedChunk;
    const said = [false, true, false, false, false];
    const features = (sentence: number) => followUpFeatures(quoted, candidate(passage, said, sentence), 1);
    expect(features(2)).toMatchObject({ continuesSaid: 1 });
    expect(features(3)).toMatchObject({ continuesSaid: 1 });
    // Before the sentence given, or with no word pointing back, or too far after it: no continuation.
    expect(features(0)).toMatchObject({ continuesSaid: 0 });
    expect(features(4)).toMatchObject({ continuesSaid: 0 });
    expect(features(1)).toMatchObject({ said: 1, continuesSaid: 0 });
  });

  it('reads the score relative to the best, floored', () => {
    expect(followUpFeatures(quoted, candidate(chunk('b.txt', 'Mål'), undefined, 0, 0.5), 1).logScore).toBeCloseTo(Math.log(0.5));
    expect(followUpFeatures(quoted, candidate(chunk('b.txt', 'Mål'), undefined, 0, 0), 1).logScore).toBe(-5);
  });
});

describe('followUpFactor', () => {
  it('lifts a sentence in the quoted passage above one in its document, and that above one elsewhere', () => {
    const factor = (of: IndexedChunk) => followUpFactor(model, followUpFeatures(quoted, candidate(of), 1));
    const inQuoted = factor(quoted[0] as IndexedChunk);
    const inDocument = factor(chunk('a.txt', 'Tiltak', 5000, 6000));
    const elsewhere = factor(chunk('b.txt', 'Mål'));
    expect(inQuoted).toBeGreaterThan(inDocument);
    expect(inDocument).toBeGreaterThan(elsewhere);
    expect(elsewhere).toBe(1);
  });

  it('is 1 without a model or with a score weight that is not positive', () => {
    const features = followUpFeatures(quoted, candidate(quoted[0] as IndexedChunk), 1);
    expect(followUpFactor(null, features)).toBe(1);
    expect(followUpFactor({ ...model, weights: { ...model.weights, logScore: 0 } }, features)).toBe(1);
  });

  it('has a committed fit whose score weight is positive', () => {
    expect(followUpSentenceModel?.weights.logScore ?? 0).toBeGreaterThan(0);
  });
});
