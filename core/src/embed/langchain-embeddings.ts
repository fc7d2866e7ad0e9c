import { Embeddings } from '@langchain/core/embeddings';
import type { Embedder } from './embedder';

/** Lets a LangChain VectorStore (HNSWLib, …) embed with any of our embedders. */
class EmbedderEmbeddings extends Embeddings {
  constructor(private readonly embedder: Embedder) {
    super({});
  }

  embedDocuments(documents: string[]): Promise<number[][]> {
    return this.embedder.embedDocuments(documents);
  }

  embedQuery(document: string): Promise<number[]> {
    return this.embedder.embedQuery(document);
  }
}

export const toLangChainEmbeddings = (embedder: Embedder): Embeddings => new EmbedderEmbeddings(embedder);
