/**
 * `npm run bench:stores -- --scale 1=.index:seeds --scale 100=<index>:<seeds>`: the file store and
 * the database store side by side over HTTP at each given scale (an index built by ingest or the
 * scale bench, and its seeds). The database is DATABASE_URL when set (use a pgvector server for
 * HNSW), else a throw-away Debian PostgreSQL 15 without pgvector (exact vector scan).
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { z } from 'zod';
import { activeGeneration, readManifest, writeGeneration, type Manifest } from '@kildesvar/core';
import { startDebianPostgres, generationFromIndex } from '@kildesvar/db';
import { loadGoldSet } from '@kildesvar/eval';
import { measureStore, storeTable, type StoreRow } from './store-bench';

const usage = `Usage: npm run bench:stores -- --scale <n>=<indexDir>:<seedsDir> [--scale …] [--searches 100] [--seconds 10] [--concurrency 4] [--mode hybrid|lexical|dense] [--stores files,postgres] [--reuse]

--mode: the search mode every request asks for (default hybrid, /api/search's default).
--stores: which stores to start (default both).
--reuse: with DATABASE_URL, keep the active generation when it was written from the same build
(same builtAt and settings hash) instead of writing it again (minutes at 100×).
--active: with DATABASE_URL and --stores postgres, serve the database's active generation as it is (one
written by \`STORE=postgres npm run ingest\`, which leaves no file index to compare with); <indexDir> is unused.`;

/** The active generation when it was written from the build with this manifest (same builtAt and settings hash), else null. */
const activeGenerationOf = async (pool: pg.Pool, manifest: Manifest): Promise<number | null> => {
  const result = await pool
    .query<{ generation: string }>(
      `SELECT a.generation FROM kildesvar_active a JOIN kildesvar_generations g USING (generation)
       WHERE g.manifest->>'builtAt' = $1 AND g.manifest->>'settingsHash' = $2`,
      [manifest.builtAt, manifest.settingsHash],
    )
    .catch(() => null);
  const row = result?.rows[0];
  return row ? Number(row.generation) : null;
};

const main = async () => {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', multiple: true, default: ['1=.index:seeds'] },
      searches: { type: 'string', default: '100' },
      seconds: { type: 'string', default: '10' },
      concurrency: { type: 'string', default: '4' },
      reuse: { type: 'boolean', default: false },
      active: { type: 'boolean', default: false },
      mode: { type: 'string', default: 'hybrid' },
      stores: { type: 'string', default: 'files,postgres' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(usage);
  const mode = z.enum(['hybrid', 'lexical', 'dense']).parse(values.mode);
  const stores = z
    .array(z.enum(['files', 'postgres']))
    .min(1)
    .parse(values.stores.split(','));
  if (values.active && (!process.env.DATABASE_URL || stores.join(',') !== 'postgres'))
    throw new Error('--active serves the active generation of DATABASE_URL: it needs DATABASE_URL and --stores postgres.');
  const repoRoot = path.resolve(import.meta.dirname, '..', '..');
  const questions = loadGoldSet().map((item) => item.question);
  const server = process.env.DATABASE_URL ? null : await startDebianPostgres();
  const databaseUrl = process.env.DATABASE_URL ?? server?.databaseUrl ?? '';
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  pool.on('error', () => undefined);
  const rows: StoreRow[] = [];
  const ingestSeconds = new Map<string, number>();
  try {
    for (const spec of values.scale) {
      const [scaleText, dirs] = spec.split('=') as [string, string];
      const [indexDir, seedsDir] = dirs.split(':').map((dir) => path.resolve(dir)) as [string, string];
      const scale = Number(scaleText);
      const manifest = readManifest(indexDir);
      const built = Object.values(manifest?.stageSeconds ?? {}).reduce((sum, seconds) => sum + seconds, 0);
      if (built > 0) ingestSeconds.set(`files ${scale}`, built);
      const active = values.active ? await activeGeneration(pool) : values.reuse && manifest ? await activeGenerationOf(pool, manifest) : null;
      if (values.active && active === null) throw new Error('--active: the database has no active generation.');
      if (values.active) console.log(`${scale}×: serving the database's active generation ${active} as it is`);
      else if (active !== null) console.log(`${scale}×: database generation ${active} was written from this build; reusing it`);
      else {
        console.log(`${scale}×: writing the database generation…`);
        const written = await writeGeneration(pool, await generationFromIndex(indexDir, seedsDir));
        ingestSeconds.set(`postgres ${scale}`, written.seconds);
        console.log(`  database generation ${written.generation} (${written.dense}) written in ${written.seconds.toFixed(1)} s`);
      }
      const common = {
        repoRoot,
        scale,
        questions,
        searches: Number(values.searches),
        loadSeconds: Number(values.seconds),
        concurrency: Number(values.concurrency),
        mode,
        log: console.log,
      };
      const environment: Record<string, string> = {
        INDEX_DIR: indexDir,
        SEEDS_DIR: seedsDir,
        EMBEDDER: 'corpus',
        DATABASE_URL: databaseUrl,
        GENERATION_POLL_MS: '2000',
        // As the main bench: no rate limit (every request comes from one address) and no access log.
        RATE_LIMIT_PER_MINUTE: '0',
        ACCESS_LOG: '0',
      };
      for (const store of stores) rows.push(await measureStore({ ...common, store, environment }));
    }
  } finally {
    await pool.end();
    await server?.stop();
  }
  const table = storeTable(rows, ingestSeconds);
  console.log(table);
  mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
  writeFileSync(path.join(repoRoot, 'bench', 'results', 'stores.md'), `# Stores side by side\n\n${new Date().toISOString()}, mode ${mode}\n\n${table}\n`);
  writeFileSync(
    path.join(repoRoot, 'bench', 'results', 'stores.json'),
    `${JSON.stringify({ rows, ingestSeconds: Object.fromEntries(ingestSeconds) }, null, 2)}\n`,
  );
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
