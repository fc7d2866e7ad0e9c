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
export { bestSentenceSimilarity, decodeSentenceVector, encodeSentenceVector, quantizeSentenceVector, sentenceSimilarity } from './sentence-vectors';
export { createSeededGaussian, createSeededRandom } from './seeded-random';
export { toLangChainEmbeddings } from './langchain-embeddings';
export { defaultTransformersModel, hasLocalModel, localModelPath, localModelPrecisions } from './local-model';
export { chooseEmbedder, resolveEmbedderChoice, type EmbedderChoice, type ModelSource, type ResolvedEmbedderChoice } from './select-embedder';
export { createTransformersEmbedder, loadE5Embedder, type TransformersEmbedderOptions } from './transformers-embedder';
