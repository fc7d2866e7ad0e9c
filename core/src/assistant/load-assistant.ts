import path from 'node:path';
import { analyze, deserializeDictionary, languageResourcesSchema, WordKnowledge, type EnglishDictionary } from '../analysis';
import { documentYears } from '../catalog';
import { CorpusEmbedder } from '../embed/corpus-embedder';
import type { Embedder } from '../embed/embedder';
import { chooseEmbedder, type EmbedderChoice, type ModelSource } from '../embed/select-embedder';
import { loadE5Embedder } from '../embed/transformers-embedder';
import { KildesvarError } from '../errors';
import { Retriever } from '../retrieval/retriever';
import { openChunkFile, type ChunkHead } from '../store/chunk-file';
import { indexFiles, rebuildHint, requiredIndexFiles } from '../store/index-directory';
import { locateIndexBuild, type IndexBuildLocation } from '../store/index-layout';
import { damaged, verifyIndexBuild, type VerifiedBuild } from '../store/verify-index';
import type { BuildManifest, Manifest } from '../store/manifest';
import { indexStaleness, staleIndexError, type SeedFingerprint } from '../store/index-freshness';
import { readSeeds } from '../store/seed-set';
import { ChunkVectorStore } from '../store/vector-store';
import { onDemandIndexFiles, readRetrievalFiles } from '../store/retrieval-files';
import type { Assistant } from './assistant';
import { createIndexAssistant, type IndexAssistantParts } from './index-assistant';

export interface LoadAssistantOptions extends ModelSource {
  indexDir: string;
  seedsDir: string;
  embedder: EmbedderChoice;
  log?: (message: string) => void;
}

/** Refuses an index built from other seeds, with other settings or another embedder than the one configured. */
export const checkManifest = (manifest: BuildManifest, seeds: SeedFingerprint, seedsDir: string, expectedKind: 'corpus' | 'e5'): void => {
  const staleness = indexStaleness(manifest, seeds, expectedKind);
  if (staleness) throw staleIndexError(staleness, seedsDir);
};

/** A loaded, verified build: what the assistant needs, plus the pieces the bench times separately. */
/** The file store's parts: it reads the seeds at start-up, so the originals are in memory. */
export type FileStoreParts = IndexAssistantParts & { originals: ReadonlyMap<string, string> };

export interface LoadedIndexBuild {
  location: IndexBuildLocation;
  manifest: Manifest;
  parts: FileStoreParts;
  embedder: Embedder;
  vectors: ChunkVectorStore;
}

/**
 * The chunk count matches the manifest and every chunk's span lies inside its seed (a moved chunk is
 * damage). Each chunk's id is checked against its text and span when its text is first read
 * (`openChunkFile`), so start-up does not read every text.
 */
const checkChunks = (chunks: readonly ChunkHead[], manifest: Manifest, location: string, originals: ReadonlyMap<string, string>): void => {
  if (chunks.length !== manifest.counts.chunks) throw damaged(location, `holds ${chunks.length} chunks where manifest.json counts ${manifest.counts.chunks}`);
  for (const chunk of chunks) {
    const original = originals.get(chunk.file);
    if (original === undefined || chunk.end > original.length || chunk.start > chunk.end)
      throw damaged(location, `has chunk ${chunk.id} whose span does not lie in its seed (shuffled or edited)`);
  }
};

/**
 * Reads everything an assistant needs from the served build and the seeds. Every index file is
 * checked against the manifest's checksums before it is parsed, counts are cross-checked, and
 * hnswlib only reads verified bytes; any damage is an `index_corrupt` error naming the file.
 */
export const loadIndexBuild = async (options: LoadAssistantOptions): Promise<LoadedIndexBuild> => {
  const location = locateIndexBuild(options.indexDir);
  if (!location) throw new KildesvarError('index_missing', `No index at ${options.indexDir}; run \`npm run ingest\` to build it.`);
  const choice = chooseEmbedder(options.embedder, options);
  const index = verifyIndexBuild(location.directory, (manifest) => requiredIndexFiles(manifest.embedder.kind), { onDemand: onDemandIndexFiles });
  try {
    return await loadVerifiedBuild(options, location, index, choice);
  } finally {
    index.release();
  }
};

const loadVerifiedBuild = async (
  options: LoadAssistantOptions,
  location: IndexBuildLocation,
  index: VerifiedBuild,
  choice: { kind: 'corpus' | 'e5'; reason: string },
): Promise<LoadedIndexBuild> => {
  const manifest = index.manifest;
  const seeds = readSeeds(options.seedsDir);
  checkManifest(manifest, seeds, options.seedsDir, choice.kind);
  options.log?.(`Embedder: ${manifest.embedder.id} (${choice.reason})`);

  const embedder: Embedder =
    manifest.embedder.kind === 'corpus' ? CorpusEmbedder.fromState(index.json(indexFiles.embedder), { analyze }) : await loadE5Embedder(options);
  if (embedder.id !== manifest.embedder.id || embedder.dimensions !== manifest.embedder.dimensions)
    throw new KildesvarError('index_mismatch', `The index was built with ${manifest.embedder.id} but ${embedder.id} is loaded; ${rebuildHint}.`);

  const catalog = seeds.entries.map((seed) => seed.entry);
  const originals = new Map(seeds.entries.map((seed) => [seed.entry.file, seed.original]));
  const chunksFile = path.join(location.directory, indexFiles.chunks);
  const chunks = openChunkFile(index.onDemand(indexFiles.chunks), chunksFile);
  checkChunks(chunks.heads, manifest, chunksFile, originals);
  const years = new Map(catalog.map((entry) => [entry.file, documentYears(entry)]));
  const parsedLanguage = languageResourcesSchema.safeParse(index.json(indexFiles.language));
  if (!parsedLanguage.success) throw damaged(path.join(location.directory, indexFiles.language), 'does not hold valid language resources');
  const language = parsedLanguage.data;
  if (!language.morphologySource.startsWith('apertium'))
    options.log?.(`Norwegian morphology not in the index (${language.morphologySource}): inflections match by stems only.`);
  // Analysed at ingest (with the same language resources): read from verified bytes, not recomputed.
  const stored = readRetrievalFiles(index, chunks, (file) => years.get(file) ?? [0, 0]);
  const vectors = await ChunkVectorStore.loadVerified(index, indexFiles.vectors, embedder, {
    chunkIds: chunks.heads.map((chunk) => chunk.id),
    dimensions: manifest.embedder.dimensions,
  });
  const englishState = index.json(indexFiles.english);
  const english: EnglishDictionary | null = englishState ? deserializeDictionary(englishState) : null;
  const retriever = Retriever.fromIndexes(stored.chunks, stored.indexes, embedder, vectors);
  // The corpus's stems vouch for a compound's short parts (`WordKnowledge.usedPart`), as at ingest.
  const knowledge = new WordKnowledge(language, retriever.vocabulary());
  const parts: FileStoreParts = {
    catalog,
    originals,
    retriever,
    english,
    embedder,
    knowledge,
    store: { kind: 'files', generation: manifest.builtAt },
  };
  return { location, manifest, parts, embedder, vectors };
};

export const loadIndexParts = async (options: LoadAssistantOptions): Promise<FileStoreParts> => (await loadIndexBuild(options)).parts;

export const loadAssistant = async (options: LoadAssistantOptions): Promise<Assistant> => createIndexAssistant(await loadIndexParts(options));
