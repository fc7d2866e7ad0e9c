export {
  CorpusEmbedder,
  corpusEmbedderDefaults,
  trainCorpusEmbedder,
  type Analyze,
  type CorpusEmbedderModel,
  type CorpusEmbedderOptions,
} from './corpus-embedder';
export { corpusEmbedderStateSchema, corpusEmbedderVersion, type CorpusEmbedderState } from './corpus-embedder-state';
export type { Embedder } from './embedder';
export { FakeEmbedder } from './fake-embedder';
export { createSeededGaussian, createSeededRandom } from './seeded-random';
export { toLangChainEmbeddings } from './langchain-embeddings';
export { defaultTransformersModel, hasLocalModel, localModelPath, localModelPrecisions } from './local-model';
export { resolveEmbedderChoice, type EmbedderChoice, type ResolvedEmbedderChoice } from './select-embedder';
export { createTransformersEmbedder, type TransformersEmbedderOptions } from './transformers-embedder';
