import type { Pool } from 'pg';
import {
  activeGeneration,
  buildManifestSchema,
  migratePool,
  writeGeneration,
  type BuildManifest,
  type IndexedChunk,
  type RetrievalIndexes,
  type SeedSet,
} from '@kildesvar/core';
import type { ProgressReporter } from './progress';

/** `STORE=postgres`: ingest's build written as a new database generation (see core/src/store/postgres). */
export interface DatabaseBuild {
  manifest: BuildManifest;
  seeds: SeedSet;
  chunks: IndexedChunk[];
  indexes: RetrievalIndexes;
  vectors: number[][];
  embedderState: unknown;
  english: unknown;
  language: unknown;
}

/** The manifest of the active generation (after migrating), or null when there is none yet. */
export const activeManifest = async (pool: Pool): Promise<BuildManifest | null> => {
  await migratePool(pool);
  const generation = await activeGeneration(pool);
  if (generation === null) return null;
  const row = (await pool.query<{ manifest: unknown }>('SELECT manifest FROM kildesvar_generations WHERE generation = $1', [generation])).rows[0];
  const parsed = buildManifestSchema.safeParse(row?.manifest);
  return parsed.success ? parsed.data : null;
};

export const writeDatabaseGeneration = async (pool: Pool, build: DatabaseBuild, progress: ProgressReporter): Promise<BuildManifest> => {
  const bar = progress.stage('database', 1);
  const written = await writeGeneration(
    pool,
    {
      manifest: build.manifest,
      catalog: build.seeds.entries.map((seed) => seed.entry),
      originals: new Map(build.seeds.entries.map((seed) => [seed.entry.file, seed.original])),
      chunks: build.chunks,
      indexes: build.indexes,
      vectors: build.vectors,
      embedderState: build.embedderState,
      english: build.english,
      language: build.language,
    },
    (message) => progress.log(message),
  );
  bar.tick();
  bar.done();
  progress.log(
    `Database generation ${written.generation} is active (dense search: ${written.dense === 'hnsw' ? 'pgvector HNSW' : 'exact scan, no pgvector'})` +
      (written.droppedGenerations.length ? `; dropped generation(s) ${written.droppedGenerations.join(', ')}.` : '.'),
  );
  return build.manifest;
};
