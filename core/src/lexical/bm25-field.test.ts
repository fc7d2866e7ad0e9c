import { describe, expect, it } from 'vitest';
import { Bm25Field, PostingsCache, type TermPostings } from './bm25-field';

const parameters = { k1: 1.2, b: 0.75 };
const documents = [['helsenett', 'kommun'], ['kommun', 'kommun', 'bredbånd'], ['skol']];

const scoresFor = (field: Bm25Field, terms: string[]) => {
  const scores = new Float64Array(field.documentCount);
  field.accumulate(terms, 1, scores);
  return [...scores];
};

describe('Bm25Field', () => {
  it('scores a rare term higher than a common one and zero where it is absent', () => {
    const field = Bm25Field.build(documents, parameters);
    const [helsenett] = scoresFor(field, ['helsenett']);
    const [kommun] = scoresFor(field, ['kommun']);
    expect(helsenett).toBeGreaterThan(kommun ?? Number.POSITIVE_INFINITY);
    expect(scoresFor(field, ['helsenett'])[2]).toBe(0);
  });

  it('computes Okapi BM25 with the Lucene IDF', () => {
    const field = Bm25Field.build(documents, parameters);
    // helsenett: df 1 of 3 documents; document 0 has 2 terms, the average is 2.
    const idf = Math.log(1 + (3 - 1 + 0.5) / (1 + 0.5));
    const termFrequencyPart = (1 * 2.2) / (1 + 1.2 * (1 - 0.75 + (0.75 * 2) / 2));
    expect(scoresFor(field, ['helsenett'])[0]).toBeCloseTo(idf * termFrequencyPart, 5);
  });

  it('gives the same scores after a round trip through its serialised form', () => {
    const field = Bm25Field.build(documents, parameters);
    const restored = Bm25Field.fromSerialized(JSON.parse(JSON.stringify(field.toSerialized())), parameters);
    expect(scoresFor(restored, ['kommun', 'skol'])).toEqual(scoresFor(field, ['kommun', 'skol']));
  });

  it('stores postings as document gaps and frequencies', () => {
    expect(Bm25Field.build(documents, parameters).toSerialized().postings.kommun).toEqual([0, 1, 1, 2]);
  });
});

describe('PostingsCache', () => {
  it('keeps the same terms as a least-recently-used map within its byte budget, and makes each only when not held', () => {
    // Reference: the Map-ordered LRU it replaces (a term read moves to the newest end; the oldest go once over budget).
    const postingsOf = (length: number): TermPostings => ({ documents: new Uint32Array(length), weights: new Float32Array(length) });
    const bytesOf = (postings: TermPostings) => postings.documents.byteLength + postings.weights.byteLength + 64;
    const budget = 600;
    const cache = new PostingsCache(budget, 12);
    const reference = new Map<number, TermPostings>();
    let referenceBytes = 0;
    let made = 0;
    let referenceMade = 0;
    let seed = 7;
    for (let step = 0; step < 400; step += 1) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const term = seed % 12;
      const length = 8 + (term % 5) * 12;
      cache.get(term, () => {
        made += 1;
        return postingsOf(length);
      });
      const found = reference.get(term);
      if (found) {
        reference.delete(term);
        reference.set(term, found);
      } else {
        referenceMade += 1;
        const postings = postingsOf(length);
        reference.set(term, postings);
        referenceBytes += bytesOf(postings);
        for (const [oldest, held] of reference) {
          if (referenceBytes <= budget || oldest === term) break;
          reference.delete(oldest);
          referenceBytes -= bytesOf(held);
        }
      }
      expect(cache.held()).toEqual([...reference.keys()].reverse());
    }
    expect(made).toBe(referenceMade);
    expect(made).toBeGreaterThan(12);
  });
});
