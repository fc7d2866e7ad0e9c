import {
  type ChunkVectorStore,
  createIndexAssistant,
  loadIndexBuild,
  type Assistant,
  type Embedder,
  type IndexAssistantParts,
  type LoadAssistantOptions,
  type Manifest,
  type Retriever,
} from '@kildesvar/core';

/**
 * The built index loaded the way the server loads it (`loadIndexBuild`), plus its embedder and
 * vector store as separate objects, so the bench can time the retrieval stages one by one.
 */
export interface LoadedIndex {
  manifest: Manifest;
  parts: IndexAssistantParts;
  assistant: Assistant & { retriever: Retriever };
  embedder: Embedder;
  vectors: ChunkVectorStore;
  loadMs: number;
}

export const loadIndex = async (options: LoadAssistantOptions): Promise<LoadedIndex> => {
  const started = performance.now();
  const { manifest, parts, embedder, vectors } = await loadIndexBuild(options);
  const loadMs = performance.now() - started;
  return { manifest, parts, assistant: createIndexAssistant(parts), embedder, vectors, loadMs };
};
