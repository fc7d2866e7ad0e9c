import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, deserializeDictionary, languageResourcesSchema, WordKnowledge, type EnglishDictionary } from '../analysis';
import { documentYears, loadCatalog } from '../catalog';
import { CorpusEmbedder } from '../embed/corpus-embedder';
import type { Embedder } from '../embed/embedder';
import { resolveEmbedderChoice } from '../embed/select-embedder';
import { createTransformersEmbedder } from '../embed/transformers-embedder';
import { defaultTransformersModel } from '../embed/local-model';
import { KildesvarError } from '../errors';
import { Retriever } from '../retrieval/retriever';
import { chunkSchema } from '../schemas';
import { indexFiles, readIndexJson, readManifest, rebuildHint } from '../store/index-directory';
import type { Manifest } from '../store/manifest';
import { settingsHash, settingsRecord } from '../store/index-settings';
import { ChunkVectorStore } from '../store/vector-store';
import { readRetrievalFiles } from '../store/retrieval-files';
import { sha256 } from '../store/sha256';
import type { Assistant } from './assistant';
import { createIndexAssistant, type IndexAssistantParts } from './index-assistant';
import { ingestHint } from '../commands';

export interface LoadAssistantOptions {
  indexDir: string;
  seedsDir: string;
  embedder: 'auto' | 'e5' | 'corpus';
  modelsDir: string;
  allowRemoteModels: boolean;
  e5Model?: string;
  log?: (message: string) => void;
}

/** Refuses an index built from other seeds or with another embedder than the one configured. */
export const checkManifest = (manifest: Manifest, seedsDir: string, expectedKind: 'corpus' | 'e5'): void => {
  for (const seed of manifest.seeds) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.join(seedsDir, seed.file));
    } catch {
      throw new KildesvarError('index_mismatch', `The index lists ${seed.file}, which is not in ${seedsDir}; ${rebuildHint}.`);
    }
    if (sha256(bytes) !== seed.sha256) throw new KildesvarError('index_mismatch', `${seed.file} changed since the index was built; ${ingestHint('rebuild')}.`);
  }
  if (manifest.settingsHash !== settingsHash(settingsRecord(manifest.embedder.id)))
    throw new KildesvarError(
      'index_mismatch',
      `The index was built with other cleaning, chunking or embedding settings than this version of Kildesvar uses; ${ingestHint('rebuild')}.`,
    );
  if (manifest.embedder.kind !== expectedKind)
    throw new KildesvarError(
      'index_mismatch',
      `The index was built with the ${manifest.embedder.kind} embedder (${manifest.embedder.id}) but ${expectedKind} is configured; ${rebuildHint}.`,
    );
};

/** Reads and checks everything an assistant needs from the index folder and the seeds. */
export const loadIndexParts = async (options: LoadAssistantOptions): Promise<IndexAssistantParts> => {
  const manifest = readManifest(options.indexDir);
  if (!manifest) throw new KildesvarError('index_missing', `No index at ${options.indexDir}; ${ingestHint('build')}.`);
  const choice = resolveEmbedderChoice({ choice: options.embedder, modelsDir: options.modelsDir, model: options.e5Model ?? defaultTransformersModel });
  checkManifest(manifest, options.seedsDir, choice.kind);
  options.log?.(`Embedder: ${manifest.embedder.id} (${choice.reason})`);

  const embedder: Embedder =
    manifest.embedder.kind === 'corpus'
      ? CorpusEmbedder.fromState(readIndexJson(options.indexDir, indexFiles.embedder), { analyze })
      : await createTransformersEmbedder({ model: options.e5Model, modelsDir: options.modelsDir, allowRemote: options.allowRemoteModels });
  if (embedder.id !== manifest.embedder.id || embedder.dimensions !== manifest.embedder.dimensions)
    throw new KildesvarError('index_mismatch', `The index was built with ${manifest.embedder.id} but ${embedder.id} is loaded; ${rebuildHint}.`);

  const catalog = loadCatalog(options.seedsDir);
  const years = new Map(catalog.map((entry) => [entry.file, documentYears(entry)]));
  const language = languageResourcesSchema.parse(readIndexJson(options.indexDir, indexFiles.language));
  if (!language.morphologySource.startsWith('apertium'))
    options.log?.(`Norwegian morphology not in the index (${language.morphologySource}): inflections match by stems only.`);
  const knowledge = new WordKnowledge(language);
  // Analysed at ingest (with the same language resources): read, not recomputed.
  const stored = readRetrievalFiles(
    options.indexDir,
    chunkSchema.array().parse(readIndexJson(options.indexDir, indexFiles.chunks)),
    (file) => years.get(file) ?? [0, 0],
  );
  const vectors = await ChunkVectorStore.load(path.join(options.indexDir, indexFiles.vectors), embedder);
  const englishState = readIndexJson(options.indexDir, indexFiles.english);
  const english: EnglishDictionary | null = englishState ? deserializeDictionary(englishState) : null;
  const originals = new Map(catalog.map((entry) => [entry.file, readFileSync(path.join(options.seedsDir, entry.file), 'utf8')]));
  return {
    catalog,
    originals,
    retriever: Retriever.fromIndexes(stored.chunks, stored.indexes, embedder, vectors),
    english,
    embedder,
    knowledge,
    store: { kind: 'files', generation: manifest.builtAt },
  };
};

export const loadAssistant = async (options: LoadAssistantOptions): Promise<Assistant> => createIndexAssistant(await loadIndexParts(options));
