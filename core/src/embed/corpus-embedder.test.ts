import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isKildesvarError } from '../errors';
import { CorpusEmbedder, trainCorpusEmbedder } from './corpus-embedder';
import { broadbandSentences, journalSentences, lowercaseWords, testSentences } from './test-sentences';
import { dotProduct, euclideanNorm } from './vector-math';

const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds');
const train = (dimensions = 16) => trainCorpusEmbedder(testSentences, { analyze: lowercaseWords, dimensions });
/** Default settings: on thirty sentences the dimensions stop at thirty, as on a real corpus they stop at 128. */
const trainWithDefaults = () => trainCorpusEmbedder(testSentences, { analyze: lowercaseWords });

/** Indices of `documents` from most to least similar to `query`. */
const rankBySimilarity = (query: number[], documents: number[][]): number[] =>
  documents
    .map((document, index) => ({ index, similarity: dotProduct(query, document) }))
    .sort((left, right) => right.similarity - left.similarity || left.index - right.index)
    .map((entry) => entry.index);

const expectThrowsCode = (action: () => unknown, code: string) => {
  try {
    action();
  } catch (error) {
    expect(isKildesvarError(error) && error.code).toBe(code);
    return;
  }
  throw new Error(`expected a KildesvarError with code ${code}`);
};

describe('trainCorpusEmbedder', () => {
  it('uses test sentences that are quoted word for word from the seeds', () => {
    const seeds = readdirSync(seedsDir)
      .filter((file) => file.endsWith('.txt'))
      .map((file) => readFileSync(path.join(seedsDir, file), 'utf8').replace(/\s+/g, ' '))
      .join('\n');
    expect(testSentences).toHaveLength(30);
    for (const sentence of testSentences) expect(seeds).toContain(sentence);
  });

  it('gives identical vectors when trained twice on the same corpus', async () => {
    const first = await train().embedDocuments(testSentences);
    const second = await train().embedDocuments(testSentences);
    expect(second).toEqual(first);
    expect(new Set(first.map((vector) => vector.join(','))).size).toBe(testSentences.length);
  });

  it('returns unit-length vectors of the requested dimensions', async () => {
    const embedder = train(16);
    expect(embedder.dimensions).toBe(16);
    const vectors = [...(await embedder.embedDocuments(testSentences)), await embedder.embedQuery('digital kompetanse i kommunene')];
    for (const vector of vectors) {
      expect(vector).toHaveLength(16);
      expect(euclideanNorm(vector)).toBeCloseTo(1, 6);
    }
  });

  it('never has more dimensions than texts to learn from', () => {
    expect(trainCorpusEmbedder(testSentences, { analyze: lowercaseWords, dimensions: 128 }).dimensions).toBe(testSentences.length);
  });

  it('has an id that names the algorithm version', () => {
    expect(train().id).toBe('corpus-lsa-v1');
  });

  it('ranks the patient-record sentences first for «journalsystem», which shares only word parts with them', async () => {
    const embedder = trainWithDefaults();
    for (const sentence of testSentences) expect(lowercaseWords(sentence)).not.toContain('journalsystem');
    const ranking = rankBySimilarity(await embedder.embedQuery('journalsystem'), await embedder.embedDocuments(testSentences));
    expect(new Set(ranking.slice(0, journalSentences.length))).toEqual(new Set([0, 1, 2, 3]));
  });

  it('ranks the broadband sentences first for «bredbåndsutbygging», which shares only word parts with them', async () => {
    const embedder = trainWithDefaults();
    for (const sentence of testSentences) expect(lowercaseWords(sentence)).not.toContain('bredbåndsutbygging');
    const ranking = rankBySimilarity(await embedder.embedQuery('bredbåndsutbygging'), await embedder.embedDocuments(testSentences));
    const broadbandIndices = broadbandSentences.map((sentence) => testSentences.indexOf(sentence));
    expect(new Set(ranking.slice(0, broadbandSentences.length))).toEqual(new Set(broadbandIndices));
  });

  it('gives the all-zero vector to a text with no known feature', async () => {
    const vector = await train().embedQuery('xyzzy qqqq');
    expect(vector).toHaveLength(16);
    expect(vector.every((value) => value === 0)).toBe(true);
  });

  it('refuses fewer than two texts and impossible settings with a RangeError (a caller mistake)', () => {
    expect(() => trainCorpusEmbedder(['én tekst'], { analyze: lowercaseWords })).toThrow(RangeError);
    expect(() => trainCorpusEmbedder(testSentences, { analyze: lowercaseWords, dimensions: 0 })).toThrow(RangeError);
    expect(() => trainCorpusEmbedder(testSentences, { analyze: lowercaseWords, ngrams: { min: 0, max: 3 } })).toThrow(RangeError);
  });

  it('learns from whole terms alone when n-grams are turned off', async () => {
    const embedder = trainCorpusEmbedder(testSentences, { analyze: lowercaseWords, dimensions: 8, ngrams: false });
    const ranking = rankBySimilarity(await embedder.embedQuery('journalløsninger'), await embedder.embedDocuments(testSentences));
    expect([2, 3]).toContain(ranking[0]);
    expect(embedder.toState().ngrams).toBeNull();
  });
});

describe('CorpusEmbedder state', () => {
  it('restores from JSON to an embedder that gives identical vectors', async () => {
    const original = train();
    const restored = CorpusEmbedder.fromState(JSON.parse(JSON.stringify(original.toState())), { analyze: lowercaseWords });
    expect(restored.id).toBe(original.id);
    expect(restored.dimensions).toBe(original.dimensions);
    for (const query of ['journalsystem', 'bredbånd i kommunene', 'Hva sier KS om IKT-ledelse?']) {
      expect(await restored.embedQuery(query)).toEqual(await original.embedQuery(query));
    }
    expect(restored.toState()).toEqual(original.toState());
  });

  it('stores the projection as one byte per entry', () => {
    const state = train().toState();
    const bytes = Buffer.from(state.projection.values, 'base64').length;
    expect(bytes).toBe(state.features.length * state.dimensions);
  });

  it('refuses a state from another algorithm version with index_mismatch, and one whose parts do not fit with index_corrupt', () => {
    const state = train().toState();
    expectThrowsCode(() => CorpusEmbedder.fromState({ ...state, version: 99 }, { analyze: lowercaseWords }), 'index_mismatch');
    expectThrowsCode(() => CorpusEmbedder.fromState({ ...state, features: state.features.slice(1) }, { analyze: lowercaseWords }), 'index_corrupt');
    expectThrowsCode(() => CorpusEmbedder.fromState({ ...state, dimensions: state.dimensions + 1 }, { analyze: lowercaseWords }), 'index_corrupt');
    expectThrowsCode(() => CorpusEmbedder.fromState(null, { analyze: lowercaseWords }), 'index_mismatch');
  });
});
