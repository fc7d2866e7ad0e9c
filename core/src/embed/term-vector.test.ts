import { describe, expect, it } from 'vitest';
import { FakeEmbedder } from './fake-embedder';
import { termsVector } from './term-vector';
import { dotProduct, euclideanNorm } from './vector-math';

describe('termsVector', () => {
  const embedder = new FakeEmbedder(4096);

  it('weighs a term of four translations as much as a term of one, where one text of all five words weighs it four times', async () => {
    const many = ['tilby', 'levere', 'yte', 'gi'];
    const [single] = await embedder.embedDocuments(['kommune']);
    const [first] = await embedder.embedDocuments(['tilby']);
    const grouped = await termsVector(embedder, [many, ['kommune']]);
    const joined = await embedder.embedQuery([...many, 'kommune'].join(' '));
    expect(dotProduct(grouped, single as number[])).toBeCloseTo(1 / Math.sqrt(1 + 4 / 16), 6);
    expect(dotProduct(grouped, first as number[])).toBeCloseTo(0.25 / Math.sqrt(1 + 4 / 16), 6);
    expect(dotProduct(joined, single as number[])).toBeCloseTo(1 / Math.sqrt(5), 6);
  });

  it('skips a term without words and gives a unit vector, or the zero vector when no term has a word', async () => {
    const vector = await termsVector(embedder, [[], ['kommune']]);
    expect(euclideanNorm(vector)).toBeCloseTo(1, 9);
    expect(vector).toEqual(await embedder.embedQuery('kommune'));
    expect(euclideanNorm(await termsVector(embedder, [[]]))).toBe(0);
  });
});
