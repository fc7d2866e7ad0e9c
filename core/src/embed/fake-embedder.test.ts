import { describe, expect, it } from 'vitest';
import { FakeEmbedder } from './fake-embedder';
import { dotProduct, euclideanNorm } from './vector-math';
import { itemAt } from '../collections/item-at';

describe('FakeEmbedder', () => {
  it('gives the same unit vector for the same text every time', async () => {
    const embedder = new FakeEmbedder(32);
    const first = itemAt(await embedder.embedDocuments(['Norsk helsenett for alle kommuner']), 0);
    expect(await new FakeEmbedder(32).embedQuery('Norsk helsenett for alle kommuner')).toEqual(first);
    expect(first).toHaveLength(32);
    expect(euclideanNorm(first)).toBeCloseTo(1, 10);
  });

  it('makes texts that share words more similar than texts that share none', async () => {
    const embedder = new FakeEmbedder(256);
    const vectors = await embedder.embedDocuments(['digital post til innbyggere', 'innbyggere får digital post', 'bredbånd i distriktene']);
    const [query, sharing, unrelated] = [itemAt(vectors, 0), itemAt(vectors, 1), itemAt(vectors, 2)];
    // Three of four words in common, each word one ±1 entry: cosine 3/4.
    expect(dotProduct(query, sharing)).toBeCloseTo(0.75, 10);
    expect(dotProduct(query, unrelated)).toBeLessThan(0.3);
  });

  it('ignores case and punctuation', async () => {
    const embedder = new FakeEmbedder();
    expect(await embedder.embedQuery('Digital Post!')).toEqual(await embedder.embedQuery('digital post'));
  });

  it('gives the all-zero vector to a text without words', async () => {
    expect(await new FakeEmbedder(8).embedQuery(' … ')).toEqual(new Array(8).fill(0));
  });

  it('names its dimensions in its id and refuses a size below one', () => {
    expect(new FakeEmbedder(16).id).toBe('fake-hash-16');
    expect(() => new FakeEmbedder(0)).toThrow(RangeError);
  });
});
