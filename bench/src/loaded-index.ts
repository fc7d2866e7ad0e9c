import path from 'node:path';
import {
  analyze,
  ChunkVectorStore,
  CorpusEmbedder,
  createIndexAssistant,
  createTransformersEmbedder,
  indexFiles,
  ingestHint,
  loadIndexParts,
  readIndexJson,
  readManifest,
  type Assistant,
  type Embedder,
  type IndexAssistantParts,
  type LoadAssistantOptions,
  type Manifest,
  type Retriever,
} from '@kildesvar/core';
import { KildesvarError } from '@kildesvar/core/errors';

/**
 * The built index loaded the way the server loads it (`loadIndexParts`), plus its embedder and
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
  const parts = await loadIndexParts(options);
  const loadMs = performance.now() - started;
  const manifest = readManifest(options.indexDir);
  if (!manifest) throw new KildesvarError('index_missing', `No index at ${options.indexDir}; ${ingestHint('build')}.`);
  const embedder: Embedder =
    manifest.embedder.kind === 'corpus'
      ? CorpusEmbedder.fromState(readIndexJson(options.indexDir, indexFiles.embedder), { analyze })
      : await createTransformersEmbedder({ model: options.e5Model, modelsDir: options.modelsDir, allowRemote: options.allowRemoteModels });
  const vectors = await ChunkVectorStore.load(path.join(options.indexDir, indexFiles.vectors), embedder);
  return { manifest, parts, assistant: createIndexAssistant(parts), embedder, vectors, loadMs };
};
