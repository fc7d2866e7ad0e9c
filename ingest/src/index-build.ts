/**
 * The last stage of a build, written once for ingest and the bench's staged build: every index
 * file into a new build folder, then the manifest with their checksums and the switch to it.
 *
 * @module
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  indexFiles,
  INDEX_FORMAT_VERSION,
  serializeDictionary,
  settingsHash,
  settingsRecord,
  writeChunkFile,
  writeRetrievalFiles,
  type BuildManifest,
  type Chunk,
  type ChunkVectorStore,
  type CorpusEmbedder,
  type Embedder,
  type EnglishDictionary,
  type LanguageResources,
  type SeedSet,
} from '@kildesvar/core';
import type { PreparedCorpus } from './prepare-corpus';
import { silentProgress, type ProgressReporter } from './progress';
import type { RetrievalBuild } from './retrieval-build';
import { writeIndexAtomically, type SwapResult } from './swap';

/** What the stages before built, as the index stores it. */
export interface IndexBuildFiles {
  chunks: readonly Chunk[];
  retrieval: RetrievalBuild;
  /** The corpus embedder, whose trained state is stored; null for e5, which is loaded from its model. */
  corpusEmbedder: CorpusEmbedder | null;
  vectors: ChunkVectorStore;
  english: EnglishDictionary | null;
  language: LanguageResources;
}

/** What the manifest says about a build (the checksums of its files are added when they are written). */
export interface BuildDescription {
  embedder: Embedder;
  kind: 'corpus' | 'e5';
  seeds: SeedSet;
  corpus: PreparedCorpus;
  english: EnglishDictionary | null;
  stageSeconds: Record<string, number>;
  /** Recorded beside the settings, outside their hash (the bench notes what it changed). */
  notes?: Record<string, unknown>;
}

export const describeBuild = (build: BuildDescription): BuildManifest => {
  const record = settingsRecord(build.embedder.id);
  return {
    formatVersion: INDEX_FORMAT_VERSION,
    builtAt: new Date().toISOString(),
    embedder: { id: build.embedder.id, kind: build.kind, dimensions: build.embedder.dimensions },
    settingsHash: settingsHash(record),
    settings: { ...record, ...build.notes },
    seeds: build.seeds.entries.map((seed) => ({ file: seed.entry.file, sha256: seed.sha256, chars: seed.original.length })),
    catalogSha256: build.seeds.catalogSha256,
    counts: {
      documents: build.seeds.entries.length,
      chunks: build.corpus.chunks.length,
      sentences: build.corpus.dedup.sentences,
      foldedSentences: build.corpus.dedup.foldedSentences,
      foldedChars: build.corpus.dedup.foldedChars,
      originalChars: build.corpus.originalChars,
      cleanedChars: build.corpus.cleanedChars,
    },
    englishDictionary: { entries: build.english ? build.english.entries.size : 0, source: build.english ? build.english.source : 'none' },
    stageSeconds: build.stageSeconds,
  };
};

/** Writes the build's files into a new build folder of `indexDir` and makes it the served one (see `writeIndexAtomically`; hold the ingest lock). */
export const writeIndexBuild = (
  indexDir: string,
  files: IndexBuildFiles,
  describe: () => BuildManifest,
  progress: ProgressReporter = silentProgress,
): Promise<SwapResult> =>
  writeIndexAtomically(indexDir, async (directory) => {
    const bar = progress.stage('index', 4);
    writeChunkFile(path.join(directory, indexFiles.chunks), files.chunks);
    bar.tick();
    writeRetrievalFiles(directory, files.retrieval.chunks, files.retrieval.indexes);
    bar.tick();
    if (files.corpusEmbedder) writeFileSync(path.join(directory, indexFiles.embedder), JSON.stringify(files.corpusEmbedder.toState()));
    await files.vectors.save(path.join(directory, indexFiles.vectors));
    bar.tick();
    writeFileSync(path.join(directory, indexFiles.english), JSON.stringify(files.english ? serializeDictionary(files.english) : null));
    writeFileSync(path.join(directory, indexFiles.language), JSON.stringify(files.language));
    bar.tick();
    bar.done();
    return describe();
  });
