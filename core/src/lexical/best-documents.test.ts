import { describe, expect, it } from 'vitest';
import { bestDocuments } from './best-documents';

describe('bestDocuments', () => {
  it('returns the same k best documents, in order, as a full sort by score and then id would, skipping unscored and unkept ones', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    // Few distinct scores, so that many ties are broken by id; ids out of document order.
    const scores = Float64Array.from({ length: 500 }, () => Math.round(random() * 20) / 4);
    const ids = Array.from({ length: 500 }, (_, index) => `d${(index * 37) % 500}`);
    const keep = (document: number) => document % 7 !== 3;
    const sorted = (filter?: (document: number) => boolean) =>
      [...scores.keys()]
        .filter((document) => (scores[document] ?? 0) > 0 && (!filter || filter(document)))
        .sort((left, right) => (scores[right] ?? 0) - (scores[left] ?? 0) || ((ids[left] ?? '') < (ids[right] ?? '') ? -1 : 1));
    for (const k of [1, 7, 100, 600]) {
      expect(bestDocuments(scores, ids, k)).toEqual(sorted().slice(0, k));
      expect(bestDocuments(scores, ids, k, keep)).toEqual(sorted(keep).slice(0, k));
    }
    expect(bestDocuments(scores, ids, 0)).toEqual([]);
  });
});
