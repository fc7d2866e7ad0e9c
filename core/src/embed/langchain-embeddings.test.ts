import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import { describe, expect, it } from 'vitest';
import { FakeEmbedder } from './fake-embedder';
import { toLangChainEmbeddings } from './langchain-embeddings';

describe('toLangChainEmbeddings', () => {
  it('passes documents and queries through to the embedder unchanged', async () => {
    const embedder = new FakeEmbedder(16);
    const embeddings = toLangChainEmbeddings(embedder);
    expect(await embeddings.embedDocuments(['digital post', 'bredbånd'])).toEqual(await embedder.embedDocuments(['digital post', 'bredbånd']));
    expect(await embeddings.embedQuery('helsenett')).toEqual(await embedder.embedQuery('helsenett'));
  });

  it('lets an HNSWLib vector store find the passage that shares the query words', async () => {
    const texts = ['digital post til innbyggere', 'bredbånd i distriktene', 'elektronisk pasientjournal i kommunene'];
    const store = new HNSWLib(toLangChainEmbeddings(new FakeEmbedder(128)), { space: 'cosine', numDimensions: 128 });
    await store.addDocuments(texts.map((text, index) => new Document({ pageContent: text, metadata: { index } })));
    const [best] = await store.similaritySearch('bredbånd i distriktene', 1);
    expect(best?.metadata.index).toBe(1);
  });
});
