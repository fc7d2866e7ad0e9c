import { locateIndexBuild } from './index-layout';
import type { Manifest } from './manifest';
import { hnswFiles } from './hnsw-files';
import { readVerifiedManifest } from './verify-index';

/** The files of one index build (see `index-layout.ts` for the folder around the builds). */
export const indexFiles = {
  manifest: 'manifest.json',
  chunks: 'chunks.bin',
  embedder: 'embedder.json',
  vectors: 'hnsw',
  english: 'english-dictionary.json',
  language: 'language.json',
} as const;

/** The files ingest stores for retrieval (read by `retrieval-files.ts`). */
export const retrievalFiles = {
  chunkLexical: 'lexical-chunks.bin',
  sentenceLexical: 'lexical-sentences.bin',
  termWeights: 'term-weights.json',
  analysed: 'analysed-chunks.bin',
} as const;

/**
 * The files a loader opens on demand (`VerifyOptions.onDemand`) and reads in parts later (chunks'
 * texts, postings, analysed chunks); ingest writes per-block checksums for them (`checksumFiles`).
 */
export const onDemandIndexFiles: readonly string[] = [indexFiles.chunks, retrievalFiles.chunkLexical, retrievalFiles.sentenceLexical, retrievalFiles.analysed];

export { rebuildHint } from '../commands';

/** Files a build of this embedder kind must list in its manifest. */
export const requiredIndexFiles = (kind: 'corpus' | 'e5'): string[] => [
  indexFiles.chunks,
  indexFiles.english,
  indexFiles.language,
  ...Object.values(retrievalFiles),
  ...Object.values(hnswFiles).map((file) => `${indexFiles.vectors}/${file}`),
  ...(kind === 'corpus' ? [indexFiles.embedder] : []),
];

/** The manifest of the served build, or null when there is none. A broken one is an error that says what to run. */
export const readManifest = (indexDir: string): Manifest | null => {
  const location = locateIndexBuild(indexDir);
  return location ? readVerifiedManifest(location.directory) : null;
};
