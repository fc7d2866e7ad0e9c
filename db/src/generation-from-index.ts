import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  analyze,
  chunkSchema,
  CorpusEmbedder,
  documentYears,
  indexFiles,
  loadCatalog,
  readIndexJson,
  readManifest,
  readRetrievalFiles,
  type GenerationContent,
} from '@kildesvar/core';
import { KildesvarError } from '@kildesvar/core/errors';

/**
 * A database generation with the content of a built file index (corpus embedder): the same
 * chunks, analysis, BM25 indexes and vectors (embedded again by the stored embedder), without
 * cleaning or training again. Tests and the bench use it to put the same index in both stores.
 */
export const generationFromIndex = async (indexDir: string, seedsDir: string): Promise<GenerationContent> => {
  const manifest = readManifest(indexDir);
  if (manifest?.embedder.kind !== 'corpus')
    throw new KildesvarError('index_missing', `No corpus-embedder index at ${indexDir}; run \`EMBEDDER=corpus npm run ingest\`.`);
  const catalog = loadCatalog(seedsDir);
  const years = new Map(catalog.map((entry) => [entry.file, documentYears(entry)]));
  const chunks = chunkSchema.array().parse(readIndexJson(indexDir, indexFiles.chunks));
  const stored = readRetrievalFiles(indexDir, chunks, (file) => years.get(file) ?? [0, 0]);
  const embedderState = readIndexJson(indexDir, indexFiles.embedder);
  const embedder = CorpusEmbedder.fromState(embedderState, { analyze });
  const vectors = await embedder.embedDocuments(stored.chunks.map((chunk) => chunk.indexedText));
  return {
    manifest,
    catalog,
    originals: new Map(catalog.map((entry) => [entry.file, readFileSync(path.join(seedsDir, entry.file), 'utf8')])),
    chunks: stored.chunks,
    indexes: stored.indexes,
    vectors,
    embedderState,
    english: readIndexJson(indexDir, indexFiles.english),
    language: readIndexJson(indexDir, indexFiles.language),
  };
};
