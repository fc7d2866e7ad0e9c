import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  analyze,
  openChunkFile,
  CorpusEmbedder,
  documentYears,
  indexFiles,
  loadCatalog,
  locateIndexBuild,
  onDemandIndexFiles,
  readRetrievalFiles,
  requiredIndexFiles,
  verifyIndexBuild,
  type GenerationContent,
} from '@kildesvar/core';
import { KildesvarError } from '@kildesvar/core/errors';

/**
 * A database generation with the content of a built file index (corpus embedder): the same
 * chunks, analysis, BM25 indexes and vectors (embedded again by the stored embedder), without
 * cleaning or training again. Tests and the bench use it to put the same index in both stores.
 */
export const generationFromIndex = async (indexDir: string, seedsDir: string): Promise<GenerationContent> => {
  const location = locateIndexBuild(indexDir);
  const index = location ? verifyIndexBuild(location.directory, (found) => requiredIndexFiles(found.embedder.kind), { onDemand: onDemandIndexFiles }) : null;
  const manifest = index?.manifest;
  if (!index || manifest?.embedder.kind !== 'corpus')
    throw new KildesvarError('index_missing', `No corpus-embedder index at ${indexDir}; run \`EMBEDDER=corpus npm run ingest\`.`);
  const catalog = loadCatalog(seedsDir);
  const years = new Map(catalog.map((entry) => [entry.file, documentYears(entry)]));
  const table = openChunkFile(index.onDemand(indexFiles.chunks), path.join(index.directory, indexFiles.chunks));
  const chunks = table.heads.map((head, position) => ({ ...head, ...table.body(position) }));
  const stored = readRetrievalFiles(index, chunks, (file) => years.get(file) ?? [0, 0]);
  const embedderState = index.json(indexFiles.embedder);
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
    english: index.json(indexFiles.english),
    language: index.json(indexFiles.language),
  };
};
