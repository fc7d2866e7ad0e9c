import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { Document } from '@langchain/core/documents';
import type { Embedder } from '../embed/embedder';
import { toLangChainEmbeddings } from '../embed/langchain-embeddings';
import { checkHnswHeader, checkHnswMetadata, hnswFiles, withVerifiedHnswFolder, type HnswExpectation } from './hnsw-files';
import { compareIds } from './postgres/sql-names';
import { damaged, type VerifiedIndex } from './verify-index';

/**
 * The dense side of the index, behind LangChain's VectorStore (HNSWLib today; a server-backed
 * store such as pgvector could replace it without touching retrieval). This is the one place
 * hnswlib is used: its cosine *distance* becomes `similarity` here and nowhere else.
 */
export interface VectorHit {
  chunkId: string;
  similarity: number;
}

export const defaultSearchEf = 200;

export class ChunkVectorStore {
  private constructor(
    private readonly store: HNSWLib,
    readonly size: number,
  ) {}

  static async build(embedder: Embedder, chunkIds: string[], vectors: number[][]): Promise<ChunkVectorStore> {
    const store = new HNSWLib(toLangChainEmbeddings(embedder), { space: 'cosine', numDimensions: embedder.dimensions });
    const documents = chunkIds.map((chunkId) => new Document({ pageContent: '', metadata: { chunkId } }));
    await store.addVectors(vectors, documents);
    return new ChunkVectorStore(store, chunkIds.length);
  }

  static async load(directory: string, embedder: Embedder, ef = defaultSearchEf): Promise<ChunkVectorStore> {
    const store = await HNSWLib.load(directory, toLangChainEmbeddings(embedder));
    store.index.setEf(ef);
    return new ChunkVectorStore(store, store.index.getCurrentCount());
  }

  /**
   * Loads the vectors of a verified build (`folder` inside it), after checking its files against the
   * chunks; hnswlib reads only bytes that passed the manifest's checksums.
   */
  static async loadVerified(
    index: VerifiedIndex,
    folder: string,
    embedder: Embedder,
    expected: HnswExpectation,
    ef = defaultSearchEf,
  ): Promise<ChunkVectorStore> {
    checkHnswMetadata(index, folder, expected);
    const indexFile = `${folder}/${hnswFiles.index}`;
    checkHnswHeader(index.bytes(indexFile), `${index.directory}/${indexFile}`, expected);
    const loaded = await withVerifiedHnswFolder(index, folder, (directory) => ChunkVectorStore.load(directory, embedder, ef));
    if (loaded.size !== expected.chunkIds.length || loaded.store.index.getNumDimensions() !== expected.dimensions)
      throw damaged(
        `${index.directory}/${indexFile}`,
        `loaded ${loaded.size} vectors of ${loaded.store.index.getNumDimensions()} dimensions for ${expected.chunkIds.length} chunks of ${expected.dimensions}`,
      );
    return loaded;
  }

  async save(directory: string): Promise<void> {
    await this.store.save(directory);
  }

  setEf(ef: number): void {
    this.store.index.setEf(ef);
  }

  /**
   * Nearest chunks to `vector`, best first, ties by chunk id; an all-zero vector is similar to nothing. Chunks with the same
   * indexed text have the same vector («Digital forvaltning» over the same first sentence, twice in eKommune 2009): hnswlib
   * returns such a tie in its own order, the database store in id order (`compareIds`), and the tie's ranks move the fused
   * scores (q1452's confidence 0.770 here, 0.769 there). Ordered by id here too.
   */
  async search(vector: number[], k: number, filter?: (chunkId: string) => boolean): Promise<VectorHit[]> {
    if (this.size === 0 || !vector.some((value) => value !== 0)) return [];
    const limit = Math.min(k, this.size);
    const hits = await this.store.similaritySearchVectorWithScore(
      vector,
      limit,
      filter ? (document: Document) => filter(String(document.metadata.chunkId)) : undefined,
    );
    return hits
      .map(([document, distance]) => ({ chunkId: String(document.metadata.chunkId), similarity: 1 - distance }))
      .sort((left, right) => right.similarity - left.similarity || compareIds(left.chunkId, right.chunkId));
  }
}
