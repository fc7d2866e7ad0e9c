import { describe, expect, it } from 'vitest';
import { FakeEmbedder } from '../embed/fake-embedder';
import { ChunkVectorStore } from './vector-store';

describe('ChunkVectorStore.search', () => {
  it('breaks ties between equal vectors by chunk id, as the database store does, in whatever order they were added', async () => {
    // Two chunks with the same indexed text («Digital forvaltning» over the same first sentence) have the same vector.
    const same = [0.6, 0.8, 0, 0];
    const other = [0, 0.6, 0.8, 0];
    for (const ids of [
      ['d96c', '29a7', 'aaaa'],
      ['29a7', 'd96c', 'aaaa'],
    ]) {
      const store = await ChunkVectorStore.build(new FakeEmbedder(4), ids, [same, same, other]);
      const hits = await store.search([1, 1, 0, 0], 3);
      expect(hits.map((hit) => hit.chunkId)).toEqual(['29a7', 'd96c', 'aaaa']);
    }
  });
});
