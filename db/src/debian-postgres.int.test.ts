import { copyFileSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemAt, loadAssistant, loadCatalog, packPostings, PostgresAssistant, writeGeneration, type Assistant } from '@kildesvar/core';
import { startServerProcess, type ServerProcess } from '@kildesvar/api/server-process';
import { loadGoldSet } from '@kildesvar/eval';
import { startIngestProcess } from '@kildesvar/ingest';
import { indexDir, repoRoot, seedsDir } from '../../test/paths';
import { debianPostgresAvailable, startDebianPostgres, type DebianPostgres } from './debian-postgres';
import { generationFromIndex } from './generation-from-index';
import { rankingDifference } from './same-answers';

/**
 * The database store against Debian's PostgreSQL 15 (no pgvector): the exact-scan dense path,
 * two API replicas answering while an ingest writes and activates a new generation, and an
 * ingest killed mid-write. Skipped only where PostgreSQL is not installed and CI is not set.
 */
const available = debianPostgresAvailable();
if (!available && process.env.CI) throw new Error("CI needs Debian's postgresql package (PostgreSQL 15): .ci/run installs it.");

let server: DebianPostgres;
let pool: pg.Pool;
const replicas: ServerProcess[] = [];
const models = { modelsDir: path.join(repoRoot, 'models'), allowRemoteModels: false };

const environment = () => ({
  STORE: 'postgres',
  DATABASE_URL: server.databaseUrl,
  SEEDS_DIR: seedsDir,
  EMBEDDER: 'corpus',
  GENERATION_POLL_MS: '200',
  CI: 'true',
  // The replicas are loaded from one address as fast as they answer: no rate limit, no access log.
  RATE_LIMIT_PER_MINUTE: '0',
  ACCESS_LOG: '0',
});

/** The two smallest seeds: what the ingests in these tests build, to keep them short. */
const smallSeeds = (): string => {
  const directory = mkdtempSync(path.join(tmpdir(), 'kildesvar-small-seeds-'));
  const catalog = loadCatalog(seedsDir)
    .map((entry) => ({ entry, size: statSync(path.join(seedsDir, entry.file)).size }))
    .sort((left, right) => left.size - right.size)
    .slice(0, 2)
    .map(({ entry }) => entry);
  for (const entry of catalog) copyFileSync(path.join(seedsDir, entry.file), path.join(directory, entry.file));
  writeFileSync(path.join(directory, 'catalog.json'), JSON.stringify(catalog));
  return directory;
};
let ingestSeeds: string;

/** `npm run ingest -- --force` with STORE=postgres, as a child process whose output is watched. */
const startIngest = () => startIngestProcess(repoRoot, { ...environment(), SEEDS_DIR: ingestSeeds }, ['--force']);

const activeGeneration = async () => Number((await pool.query('SELECT generation FROM kildesvar_active')).rows[0].generation);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!available)('PostgreSQL store on Debian PostgreSQL 15 without pgvector', () => {
  let files: Assistant;
  let first: number;

  beforeAll(async () => {
    server = await startDebianPostgres();
    ingestSeeds = smallSeeds();
    pool = new pg.Pool({ connectionString: server.databaseUrl, max: 4 });
    pool.on('error', () => undefined);
    first = (await writeGeneration(pool, await generationFromIndex(indexDir, seedsDir))).generation;
    files = await loadAssistant({ indexDir, seedsDir, embedder: 'corpus', ...models });
  }, 180_000);

  afterAll(async () => {
    await Promise.all(replicas.map((replica) => replica.stop()));
    await pool?.end();
    await server?.stop();
    if (ingestSeeds) rmSync(ingestSeeds, { recursive: true, force: true });
  });

  it('scans vectors exactly and ranks as the file store does', async () => {
    expect((await pool.query('SELECT dense FROM kildesvar_generations WHERE generation = $1', [first])).rows[0].dense).toBe('exact');
    // Migration 3: BM25 sums in memory at 100× the corpus instead of spilling its hash table to disk.
    expect((await pool.query(`SELECT proconfig FROM pg_proc WHERE proname = 'kildesvar_bm25'`)).rows[0].proconfig).toContain('work_mem=16MB');
    const database = await PostgresAssistant.load({ pool, ...models });
    const differences: string[] = [];
    for (const item of loadGoldSet().slice(0, 40)) {
      for (const mode of ['hybrid', 'dense', 'lexical'] as const) {
        const difference = rankingDifference(await files.search(item.question, { k: 10, mode }), await database.search(item.question, { k: 10, mode }));
        if (difference) differences.push(`${item.id} ${mode}: ${difference}`);
      }
    }
    expect(differences).toEqual([]);
  }, 300_000);

  it('stores posting rows compact and uncompressed, and reads rows of generations written before (packed bytes, schema 4–5; arrays only, before 4) alike', async () => {
    // Migrations 4 and 6: STORAGE EXTERNAL (out of line, never compressed) for the bytes the API fetches by binary COPY.
    const storage = await pool.query(
      `SELECT attname, attstorage FROM pg_attribute WHERE attrelid = 'kildesvar_postings'::regclass AND attname IN ('packed', 'compact') ORDER BY attname`,
    );
    expect(storage.rows).toEqual([
      { attname: 'compact', attstorage: 'e' },
      { attname: 'packed', attstorage: 'e' },
    ]);
    const forms = await pool.query(
      'SELECT count(*) FILTER (WHERE compact IS NULL)::int AS loose, count(*) FILTER (WHERE packed IS NOT NULL)::int AS packed FROM kildesvar_postings WHERE generation = $1',
      [first],
    );
    expect(forms.rows[0]).toEqual({ loose: 0, packed: 0 });
    const lengths = await pool.query('SELECT unit, field FROM kildesvar_field_lengths WHERE generation = $1 ORDER BY unit, field', [first]);
    expect(lengths.rows.map((row) => `${row.unit} ${row.field}`)).toEqual(['chunks grams', 'chunks stems', 'sentences grams', 'sentences stems']);
    const compact = await PostgresAssistant.load({ pool, ...models });
    const questions = loadGoldSet().slice(0, 20);
    const before = await Promise.all(questions.map((item) => compact.search(item.question, { k: 10, mode: 'lexical' })));
    // A generation as schema 5 wrote it: packed bytes, no compact rows, no field lengths.
    const rows = await pool.query<{ unit: string; field: string; term: string; documents: number[]; weights: number[] }>(
      'SELECT unit, field, term, documents, weights FROM kildesvar_postings WHERE generation = $1',
      [first],
    );
    await pool.query(
      `UPDATE kildesvar_postings t SET packed = r.packed, compact = NULL
       FROM unnest($2::text[], $3::text[], $4::text[], $5::bytea[]) AS r(unit, field, term, packed)
       WHERE t.generation = $1 AND t.unit = r.unit AND t.field = r.field AND t.term = r.term`,
      [
        first,
        rows.rows.map((row) => row.unit),
        rows.rows.map((row) => row.field),
        rows.rows.map((row) => row.term),
        rows.rows.map((row) => packPostings(row.documents, row.weights)),
      ],
    );
    await pool.query('DELETE FROM kildesvar_field_lengths WHERE generation = $1', [first]);
    const packed = await PostgresAssistant.load({ pool, ...models });
    const fromPackedHits = await Promise.all(questions.map((item) => packed.search(item.question, { k: 10, mode: 'lexical' })));
    await pool.query('UPDATE kildesvar_postings SET packed = NULL WHERE generation = $1', [first]);
    const older = await PostgresAssistant.load({ pool, ...models });
    const differences: string[] = [];
    for (const [position, item] of questions.entries()) {
      const expected = await files.search(item.question, { k: 10, mode: 'lexical' });
      const fromCompact = rankingDifference(expected, itemAt(before, position));
      const fromPacked = rankingDifference(expected, itemAt(fromPackedHits, position));
      const fromArrays = rankingDifference(expected, await older.search(item.question, { k: 10, mode: 'lexical' }));
      if (fromCompact) differences.push(`${item.id} compact: ${fromCompact}`);
      if (fromPacked) differences.push(`${item.id} packed: ${fromPacked}`);
      if (fromArrays) differences.push(`${item.id} arrays: ${fromArrays}`);
    }
    expect(differences).toEqual([]);
  }, 300_000);

  it('two API replicas answer every request while an ingest writes a new generation, and both switch to it', async () => {
    replicas.push(...(await Promise.all([0, 1].map(() => startServerProcess({ cwd: repoRoot, environment: environment(), timeoutMs: 120_000 })))));
    const health = async (replica: ServerProcess) => (await (await fetch(`${replica.url}/api/health`)).json()) as { store: string; generation: string };
    for (const replica of replicas) expect(await health(replica)).toMatchObject({ store: 'postgres', generation: String(first) });

    const ingest = startIngest();
    let done = false;
    void ingest.exited.then(() => (done = true));
    const failures: string[] = [];
    let requests = 0;
    const questions = loadGoldSet().map((item) => item.question);
    const load = async (replica: ServerProcess) => {
      while (!done) {
        const question = itemAt(questions, requests % questions.length);
        requests += 1;
        const response = await fetch(`${replica.url}/api/search?q=${encodeURIComponent(question)}&k=5`).catch((error: Error) => error);
        if (response instanceof Error) failures.push(response.message);
        else if (response.status !== 200) failures.push(`${response.status} ${await response.text()}`);
        else if (((await response.json()) as { results: unknown[] }).results.length === 0) failures.push(`no results for ${question}`);
      }
    };
    await Promise.all(replicas.map(load));
    expect(await ingest.exited, ingest.output()).toBe(0);
    const second = await activeGeneration();
    expect(second).toBeGreaterThan(first);
    // Each replica notices within its poll interval and keeps answering.
    for (const replica of replicas) {
      for (let attempt = 0; attempt < 100 && (await health(replica)).generation !== String(second); attempt += 1) await sleep(100);
      expect(await health(replica)).toMatchObject({ generation: String(second) });
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(10);
  }, 600_000);

  it('an ingest killed while writing leaves the previous generation active and serving', async () => {
    const before = await activeGeneration();
    const sequenceBefore = Number((await pool.query('SELECT last_value FROM kildesvar_generation_seq')).rows[0].last_value);
    // Hold the active-generation row: the ingest writes its whole generation, then waits to activate it; it is killed there.
    const holder = await pool.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT generation FROM kildesvar_active FOR UPDATE');
    const ingest = startIngest();
    let waiting = false;
    for (let attempt = 0; attempt < 3000 && !waiting && ingest.child.exitCode === null; attempt += 1) {
      await sleep(100);
      const blocked = await pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%kildesvar_active%'`);
      waiting = blocked.rows[0].n > 0;
    }
    expect(waiting, ingest.output()).toBe(true);
    expect(Number((await pool.query('SELECT last_value FROM kildesvar_generation_seq')).rows[0].last_value)).toBe(sequenceBefore + 1);
    ingest.child.kill('SIGKILL');
    await ingest.exited;
    await holder.query('ROLLBACK');
    holder.release();
    const begun = sequenceBefore + 1;
    // The server notices the dropped connection and rolls the transaction back.
    for (
      let attempt = 0;
      attempt < 100 && (await pool.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = $1', ['idle in transaction'])).rows[0].n > 0;
      attempt += 1
    )
      await sleep(100);
    expect(await activeGeneration()).toBe(before);
    expect((await pool.query('SELECT count(*)::int AS n FROM kildesvar_generations WHERE generation = $1', [begun])).rows[0].n).toBe(0);
    expect((await pool.query('SELECT count(*)::int AS n FROM kildesvar_chunks WHERE generation = $1', [begun])).rows[0].n).toBe(0);
    for (const replica of replicas) {
      const response = await fetch(`${replica.url}/api/search?q=${encodeURIComponent('Norsk Helsenett')}&k=3`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { results: unknown[] }).results).toHaveLength(3);
      expect(await (await fetch(`${replica.url}/api/health`)).json()).toMatchObject({ generation: String(before) });
    }
  }, 600_000);
});
