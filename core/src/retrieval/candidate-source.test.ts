import { describe, expect, it } from 'vitest';
import { buildSmallCorpus } from '../assistant/small-corpus';
import { FakeEmbedder } from '../embed/fake-embedder';
import { ChunkVectorStore } from '../store/vector-store';
import { MemoryCandidates } from './candidate-source';
import { buildRetrievalIndexes } from './retriever';

describe('MemoryCandidates.lexical', () => {
  it('returns the same sentence hits with the sentences alone as with both units, and no chunk hits', async () => {
    const { chunks } = await buildSmallCorpus();
    const vectors = await ChunkVectorStore.build(new FakeEmbedder(8), [], []);
    const indexes = buildRetrievalIndexes(chunks);
    const source = new MemoryCandidates(chunks, indexes.chunkIndex, indexes.sentenceIndex, indexes.termWeights, vectors);
    for (const text of ['bredbånd skoler', 'Norsk Helsenett kommuner', 'elektronisk samhandling']) {
      const both = await source.lexical(text, 20);
      const alone = await source.lexical(text, 20, undefined, 'sentences');
      expect(both.chunks.length).toBeGreaterThan(0);
      expect(both.sentences.length).toBeGreaterThan(0);
      expect(alone).toEqual({ chunks: [], sentences: both.sentences });
    }
  });
});
