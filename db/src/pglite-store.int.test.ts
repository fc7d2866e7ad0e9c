import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '@kildesvar/core/schemas';
import {
  generationParts,
  itemAt,
  loadAssistant,
  migrate,
  PostgresAssistant,
  SCHEMA_VERSION,
  termWeight,
  writeGeneration,
  type Assistant,
  type GenerationContent,
} from '@kildesvar/core';
import { loadGoldSet, evaluateQuestions, summarize } from '@kildesvar/eval';
import { indexDir, repoRoot, seedsDir } from '../../test/paths';
import { generationFromIndex } from './generation-from-index';
import { startPgliteServer, type PgliteServer } from './pglite-server';
import { rankingDifference } from './same-answers';

/** The database store against PGlite with pgvector, through node-postgres, as `npm run db` serves it. */
let server: PgliteServer;
let pool: pg.Pool;
let content: GenerationContent;
let files: Assistant;
let database: PostgresAssistant;

const models = { modelsDir: path.join(repoRoot, 'models'), allowRemoteModels: false };

/** The assistant, with every search's results kept by question and mode. */
const recording = (assistant: Assistant) => {
  const results = new Map<string, SearchResult[]>();
  const search: Assistant['search'] = async (query, options) => {
    const found = await assistant.search(query, options);
    results.set(`${options.mode} ${query}`, found);
    return found;
  };
  return {
    results,
    assistant: {
      ...assistant,
      health: () => assistant.health(),
      documents: () => assistant.documents(),
      document: (file: string) => assistant.document(file),
      chat: assistant.chat.bind(assistant),
      search,
    } satisfies Assistant,
  };
};

beforeAll(async () => {
  server = await startPgliteServer({ port: Number(process.env.TEST_PGPORT ?? 0) });
  pool = new pg.Pool({ connectionString: server.databaseUrl, max: 4 });
  pool.on('error', () => undefined);
  content = await generationFromIndex(indexDir, seedsDir);
  files = await loadAssistant({ indexDir, seedsDir, embedder: 'corpus', ...models });
}, 180_000);

afterAll(async () => {
  await pool?.end();
  await server?.stop();
});

describe('PostgreSQL store on PGlite with pgvector', () => {
  it('writes a generation with an HNSW index and serves it, reporting store and generation', async () => {
    const written = await writeGeneration(pool, content);
    expect(written.dense).toBe('hnsw');
    const indexes = await pool.query(`SELECT indexdef FROM pg_indexes WHERE tablename = $1`, [`kildesvar_vectors_${written.generation}`]);
    expect(indexes.rows.map((row) => String(row.indexdef)).join('\n')).toMatch(/USING hnsw \(embedding vector_cosine_ops\)/);
    database = await PostgresAssistant.load({ pool, ...models });
    expect(database.health()).toMatchObject({
      store: 'postgres',
      generation: String(written.generation),
      chunks: content.chunks.length,
      documents: content.catalog.length,
    });
    const file = itemAt(content.catalog, 0).file;
    expect((await database.document(file))?.text).toBe(content.originals.get(file));
  }, 180_000);

  it('answers every eval question as the file store does: same top 10 in every mode (ties aside) and the same metrics', async () => {
    const items = loadGoldSet();
    const originals = new Map([...content.originals]);
    const fromFiles = recording(files);
    const fromDatabase = recording(database);
    const fileSummary = summarize(await evaluateQuestions(fromFiles.assistant, items, originals));
    const databaseSummary = summarize(await evaluateQuestions(fromDatabase.assistant, items, originals));
    const differences = [...fromFiles.results].flatMap(([key, expected]) => {
      const difference = rankingDifference(expected, fromDatabase.results.get(key) ?? []);
      return difference ? [`${key}: ${difference}`] : [];
    });
    // Results are recorded by mode and question text; the gold set asks one question twice (two ids).
    expect(fromFiles.results.size).toBe(new Set(items.map((item) => item.question)).size * 3);
    // Lexical and dense rankings must be identical. Hybrid fuses the dense list to depth 100, whose
    // far tail pgvector and hnswlib may order differently where float32 cosines nearly tie: at most
    // one question in a hundred may move a chunk there (measured: 1 of 166), and the metrics must match.
    expect(differences.filter((difference) => !difference.startsWith('hybrid '))).toEqual([]);
    expect(differences.length).toBeLessThanOrEqual(Math.floor(items.length / 100));
    expect(databaseSummary).toEqual(fileSummary);
  }, 600_000);

  it('weighs every stem by its rarity as the file store does, whether the search asked for it or not', async () => {
    // The answer stage weighs stems the question's terms did not list (`predicateStems` reads the question's clause anew:
    // «kunne» in q995), and a store that knew only the stems it was asked for weighed those as never written.
    const { retriever } = await generationParts({ pool, ...models }, database.activeGeneration);
    const weights = content.indexes.termWeights;
    const weigh = await retriever.weigher();
    const stems = [...weights.documentFrequency.keys(), 'kunn', 'aldriskrevetord'];
    expect(stems.map((stem) => weigh(stem))).toEqual(stems.map((stem) => termWeight(weights, stem)));
  }, 120_000);

  it('applies the same year and file filters in SQL as in memory', async () => {
    const question = 'Hva skal kommunene gjøre innen 2011?';
    for (const filter of [{ yearFrom: 2010 }, { yearTo: 2009 }, { file: [itemAt(content.catalog, 1).file] }]) {
      for (const mode of ['hybrid', 'dense'] as const) {
        const expected = await files.search(question, { k: 10, mode, filter });
        expect(rankingDifference(expected, await database.search(question, { k: 10, mode, filter }))).toBeNull();
      }
    }
  }, 120_000);

  it('switches to a new generation without a restart and drops the ones before the previous', async () => {
    const before = database.activeGeneration;
    const second = await writeGeneration(pool, content);
    const third = await writeGeneration(pool, content);
    expect(third.droppedGenerations).toEqual([before]);
    expect(await database.refresh()).toBe(true);
    expect(database.health().generation).toBe(String(third.generation));
    const left = await pool.query('SELECT generation FROM kildesvar_generations ORDER BY generation');
    expect(left.rows.map((row) => Number(row.generation))).toEqual([second.generation, third.generation]);
    expect((await pool.query(`SELECT to_regclass($1) AS table`, [`kildesvar_vectors_${before}`])).rows[0].table).toBeNull();
    expect((await database.search('Norsk Helsenett', { k: 3, mode: 'hybrid' })).length).toBe(3);
  }, 180_000);

  it('refuses a database migrated by a newer version of Kildesvar, and says what to do', async () => {
    await pool.query(`INSERT INTO kildesvar_migrations (version, name) VALUES ($1, 'from the future')`, [SCHEMA_VERSION + 1]);
    const client = await pool.connect();
    try {
      await expect(migrate(client)).rejects.toMatchObject({ code: 'index_mismatch', message: expect.stringMatching(/newer than this Kildesvar/) });
      await expect(PostgresAssistant.load({ pool, ...models })).rejects.toMatchObject({ code: 'index_mismatch' });
    } finally {
      client.release();
      await pool.query('DELETE FROM kildesvar_migrations WHERE version = $1', [SCHEMA_VERSION + 1]);
    }
  });
});
