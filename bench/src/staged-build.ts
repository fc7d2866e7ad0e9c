import {
  analyze,
  buildLexicon,
  ChunkVectorStore,
  defaultIndexBuildSettings,
  defaultSearchEf,
  indexedText,
  loadIndexParts,
  loadWordList,
  readSeeds,
  Retriever,
  trainCorpusEmbedder,
  WordKnowledge,
  itemAt,
  type Chunk,
  type CorpusEmbedder,
  type SeedSet,
} from '@kildesvar/core';
import { buildLanguageResources, buildRetrieval, cleanSeeds, describeBuild, prepareCorpus, writeIndexBuild } from '@kildesvar/ingest';
import { directoryBytes } from './disk-usage';

/**
 * The ingest pipeline's stages run one by one from their building blocks (the same calls
 * `runIngest` makes), each timed on its own and each started only while the time budget lasts,
 * (a stage expected to end past the deadline is not started), so a large synthetic corpus
 * reports what it could measure instead of running past the limit.
 * It writes a complete index with ingest's own last stage (`writeIndexBuild`: chunks, embedder,
 * hnsw, the stored retrieval files, then the checksummed manifest and the switch to the build),
 * then loads it the way a server does at start-up (`loadIndexParts`).
 */
export const stagedBuildStages = [
  'read',
  'clean',
  'dedup+chunk',
  'chunk without dedup',
  'train embedder',
  'embed',
  'hnsw build',
  'analyse',
  'write index',
  'load: stored index',
] as const;
export type StagedBuildStage = (typeof stagedBuildStages)[number];

export interface StagedBuildResult {
  seconds: Partial<Record<StagedBuildStage, number>>;
  /** Stages not run: expected past the deadline, or missing what they build on ('chunk without dedup' runs only instead of 'dedup+chunk'). */
  skipped: StagedBuildStage[];
  /** The time each skipped stage was expected to take, where known. */
  expectedSeconds: Partial<Record<StagedBuildStage, number>>;
  counts: { documents: number; chars: number; chunks: number; sentences: number; foldedSentences: number };
  /** Chunks the embedder was trained on (all of them unless `trainSample` cut it). */
  trainedOn: number;
  /** Bytes on disk of what `write index` wrote (chunks, embedder state, hnsw files). */
  indexBytes: number | null;
  retriever: Retriever | null;
  embedder: CorpusEmbedder | null;
  /** The chunk vectors and their store, for comparing HNSW with exact search at this size. */
  chunkIds: string[];
  vectors: number[][] | null;
  store: ChunkVectorStore | null;
  seeds: SeedSet;
}

export interface StagedBuildOptions {
  seedsDir: string;
  /** Where `write index` writes (a temporary folder). */
  outputDir: string;
  /** `performance.now()` value after which no further stage is started. */
  deadline: number;
  /** Seconds each stage is expected to take (e.g. from a smaller scale); a stage that would end past the deadline is skipped. */
  expectedSeconds?: Partial<Record<StagedBuildStage, number>>;
  /** Train the corpus embedder on an evenly spaced sample of this many chunks when there are more. */
  trainSample?: number;
  log?: (message: string) => void;
}

/** `count` items spread evenly over `items` (all of them when there are no more than `count`). */
export const evenSample = <T>(items: readonly T[], count: number): T[] =>
  items.length <= count ? [...items] : Array.from({ length: count }, (_, index) => itemAt(items, Math.floor((index * items.length) / count)));

export const runStagedBuild = async (options: StagedBuildOptions): Promise<StagedBuildResult> => {
  const seconds: Partial<Record<StagedBuildStage, number>> = {};
  const skipped: StagedBuildStage[] = [];
  const stage = async <T>(name: StagedBuildStage, work: () => Promise<T> | T): Promise<T | null> => {
    const expectedEnd = performance.now() + (options.expectedSeconds?.[name] ?? 0) * 1000;
    if (expectedEnd > options.deadline) {
      skipped.push(name);
      options.log?.(`  ${name}: skipped (expected ${options.expectedSeconds?.[name]?.toFixed(0) ?? '?'} s, past the time budget)`);
      return null;
    }
    const started = performance.now();
    const value = await work();
    seconds[name] = (performance.now() - started) / 1000;
    options.log?.(`  ${name}: ${seconds[name]?.toFixed(2)} s`);
    return value;
  };

  const seeds = await stage('read', () => readSeeds(options.seedsDir));
  if (!seeds) throw new Error('The time budget ended before the seeds were read.');
  const counts = {
    documents: seeds.entries.length,
    chars: seeds.entries.reduce((sum, seed) => sum + seed.original.length, 0),
    chunks: 0,
    sentences: 0,
    foldedSentences: 0,
  };
  const wordList = loadWordList();
  const documents = await stage('clean', () =>
    cleanSeeds(
      seeds.entries,
      buildLexicon(
        seeds.entries.map((seed) => seed.original),
        wordList.words,
      ),
    ),
  );
  // When deduplication would not fit in the budget, chunk without it (no sentence is long enough to be compared) so the later stages still run.
  const corpus =
    documents &&
    ((await stage('dedup+chunk', () => prepareCorpus(seeds.entries, documents, defaultIndexBuildSettings))) ??
      (await stage('chunk without dedup', () =>
        prepareCorpus(seeds.entries, documents, {
          ...defaultIndexBuildSettings,
          dedup: { ...defaultIndexBuildSettings.dedup, minChars: Number.MAX_SAFE_INTEGER },
        }),
      )));
  if (corpus) Object.assign(counts, { chunks: corpus.chunks.length, sentences: corpus.dedup.sentences, foldedSentences: corpus.dedup.foldedSentences });
  const texts = corpus ? corpus.chunks.map(indexedText) : [];
  const training = evenSample(texts, options.trainSample ?? texts.length);
  const embedder = corpus && (await stage('train embedder', () => trainCorpusEmbedder(training, { analyze })));
  const vectors = embedder && (await stage('embed', () => embedder.embedDocuments(texts)));
  const chunks: Chunk[] = corpus?.chunks ?? [];
  const store =
    embedder &&
    vectors &&
    (await stage('hnsw build', () =>
      ChunkVectorStore.build(
        embedder,
        chunks.map((chunk) => chunk.id),
        vectors,
      ),
    ));
  // A loaded store searches with ef = defaultSearchEf; a freshly built one would use hnswlib's default (10).
  store?.setEf(defaultSearchEf);
  const analysed =
    corpus &&
    (await stage('analyse', async () => {
      const language = await buildLanguageResources({
        texts: corpus.chunks.map((chunk) => ({ text: `${chunk.title}\n${chunk.heading}\n${chunk.text}`, source: chunk.file })),
      });
      return {
        language,
        ...buildRetrieval(
          corpus.chunks,
          seeds.entries.map((seed) => seed.entry),
          new WordKnowledge(language),
          embedder ? (text) => embedder.embedText(text) : undefined,
          new Map(seeds.entries.map((seed) => [seed.entry.file, seed.original])),
        ),
      };
    }));
  const written =
    corpus &&
    embedder &&
    store &&
    analysed &&
    (await stage('write index', async () => {
      const files = { chunks, retrieval: analysed, corpusEmbedder: embedder, vectors: store, english: null, language: analysed.language };
      // The default settings' hash, so that a server accepts the index; the notes say what the bench changed.
      const notes = { bench: { synthetic: true, dedupSkipped: seconds['dedup+chunk'] === undefined, trainedOn: training.length } };
      await writeIndexBuild(options.outputDir, files, () => describeBuild({ embedder, kind: 'corpus', seeds, corpus, english: null, stageSeconds: {}, notes }));
      return true;
    }));
  // As a server does at start-up: check the manifest and seeds, read the chunks and the stored indexes.
  const parts =
    written &&
    (await stage('load: stored index', () =>
      loadIndexParts({ indexDir: options.outputDir, seedsDir: options.seedsDir, embedder: 'corpus', modelsDir: 'models', allowRemoteModels: false }),
    ));
  const retriever = parts && embedder && store ? Retriever.fromIndexes(parts.retriever.chunks, parts.retriever.indexes(), embedder, store) : null;
  for (const name of stagedBuildStages) if (seconds[name] === undefined && !skipped.includes(name) && name !== 'chunk without dedup') skipped.push(name);
  const expectedSeconds = Object.fromEntries(
    skipped.flatMap((name) => (options.expectedSeconds?.[name] !== undefined ? [[name, options.expectedSeconds[name]]] : [])),
  );
  return {
    seconds,
    skipped,
    expectedSeconds,
    counts,
    trainedOn: training.length,
    indexBytes: written ? directoryBytes(options.outputDir) : null,
    retriever,
    embedder,
    chunkIds: chunks.map((chunk) => chunk.id),
    vectors,
    store,
    seeds,
  };
};
