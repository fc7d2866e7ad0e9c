import { describe, expect, it } from 'vitest';
import { createFeatureSpace, weighFeatures, type FeatureSpace } from './corpus-features';

/** The weighing as first written (pairs sorted by a comparator), to check that the faster one gives the same bits. */
const weighedByPairs = (counts: ReadonlyMap<string, number>, space: FeatureSpace) => {
  const entries: Array<[number, number]> = [];
  const familySquares = [0, 0];
  for (const [feature, count] of counts) {
    const column = space.columns.get(feature);
    if (column === undefined) continue;
    const weight = (1 + Math.log(count)) * (space.inverseDocumentFrequencies[column] ?? 0);
    entries.push([column, weight]);
    const family = space.isNgram[column] ?? 0;
    familySquares[family] = (familySquares[family] ?? 0) + weight * weight;
  }
  entries.sort((left, right) => left[0] - right[0]);
  const familyScale = [space.termWeight, space.ngramWeight].map((weight, family) => {
    const squares = familySquares[family] ?? 0;
    return squares > 0 ? weight / Math.sqrt(squares) : 0;
  });
  const indices = new Uint32Array(entries.length);
  const values = new Float64Array(entries.length);
  let sumOfSquares = 0;
  entries.forEach(([column, weight], position) => {
    indices[position] = column;
    const value = weight * (familyScale[space.isNgram[column] ?? 0] ?? 0);
    values[position] = value;
    sumOfSquares += value * value;
  });
  const inverseNorm = sumOfSquares > 0 ? 1 / Math.sqrt(sumOfSquares) : 0;
  for (let position = 0; position < values.length; position += 1) values[position] = (values[position] ?? 0) * inverseNorm;
  return { indices, values };
};

describe('weighFeatures', () => {
  it('gives the same columns and values, bit for bit, as weighing sorted pairs', () => {
    let seed = 11;
    const next = (limit: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % limit;
    };
    const features = Array.from({ length: 400 }, (_, index) => (index % 3 === 0 ? `t:ord${index}` : `g:${index}x`));
    const space = createFeatureSpace({
      features,
      documentFrequencies: features.map(() => 1 + next(50)),
      documentCount: 60,
      termWeight: 0.6,
      ngramWeight: 0.4,
    });
    for (let text = 0; text < 50; text += 1) {
      const counts = new Map<string, number>();
      // Features in no particular column order, some outside the space.
      for (let feature = 0; feature < 1 + next(120); feature += 1) {
        const name = next(10) === 0 ? `g:unknown${next(1000)}` : (features[next(features.length)] ?? '');
        counts.set(name, (counts.get(name) ?? 0) + 1 + next(3));
      }
      const weighed = weighFeatures(counts, space);
      expect(weighed).toEqual(weighedByPairs(counts, space));
      expect([...weighed.indices]).toEqual([...weighed.indices].sort((left, right) => left - right));
    }
    expect(weighFeatures(new Map(), space)).toEqual({ indices: new Uint32Array(0), values: new Float64Array(0) });
  });
});
