/**
 * `npm run bench:lexical-sql` (with DATABASE_URL at a database holding a Kildesvar generation):
 * the database store's BM25 candidates, unfiltered, per unit, over the eval questions, in six
 * forms run alternately on one connection so that the machine's load falls on all alike:
 * `ordered` sums each document's postings in a sorted aggregate (what the store ran until schema
 * version 2, and still runs for filtered searches), `hashed` calls `kildesvar_bm25` (version 2),
 * which hashes; the app forms fetch the query terms' posting rows and sum them in this process
 * (`PostingRows`): `b64` as session 5 fetched them (`array_send` as base64 text), `copy` as the API
 * does since schema version 4 (packed bytes by binary COPY), each once with an empty cache per query
 * (`-cold`, a term the API has not cached) and once with one cache for the whole run (the API's
 * default budget). `--app-only` skips the two SQL forms. All must return the same hits and scores;
 * the command fails if they do not. CPU ms of this process per query is printed for the app forms
 * (the database's CPU is not in it), and the bytes fetched per cold query.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  analyzeQuery,
  base64PostingRows,
  copyPostingRows,
  lexicalFields,
  migratePool,
  orderedBm25Scores,
  PostingRows,
  type LexicalIndexOptions,
  type PostingFetch,
} from '@kildesvar/core';
import { loadGoldSet } from '@kildesvar/eval';
import { distribution } from './statistics';

const usage = 'Usage: DATABASE_URL=postgresql://… npm run bench:lexical-sql -- [--questions 60] [--depth 60] [--app-only]';

const ordered = `${orderedBm25Scores()} SELECT document, score FROM scored WHERE score > 0 ORDER BY score DESC, document LIMIT $6`;
const hashed = 'SELECT document, score FROM kildesvar_bm25($1, $2, $3::text[], $4::text[], $5::float8[], $6)';

const main = async () => {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string', default: '60' },
      depth: { type: 'string', default: '60' },
      'app-only': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !process.env.DATABASE_URL) return console.log(usage);
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  try {
    await migratePool(pool);
    const active = await pool.query<{ generation: string; lexical: Record<'chunks' | 'sentences', { options: LexicalIndexOptions }> }>(
      'SELECT a.generation, g.lexical FROM kildesvar_active a JOIN kildesvar_generations g USING (generation)',
    );
    const row = active.rows[0];
    if (!row) throw new Error('No active generation in this database: write one first (STORE=postgres npm run ingest).');
    const questions = loadGoldSet()
      .map((item) => item.question)
      .slice(0, Number(values.questions));
    for (const unit of ['chunks', 'sentences'] as const) {
      const options = row.lexical[unit].options;
      const generation = Number(row.generation);
      const sqlForms = values['app-only'] ? [] : (Object.entries({ ordered, hashed }) as Array<[string, string]>);
      const times: Record<string, number[]> = Object.fromEntries(
        [...sqlForms.map(([name]) => name), 'b64-cold', 'b64', 'copy-cold', 'copy'].map((name) => [name, [] as number[]]),
      );
      const cpu: Record<string, number[]> = { 'b64-cold': [], b64: [], 'copy-cold': [], copy: [] };
      const megabytes: number[] = [];
      const fetches: Record<'b64' | 'copy', (pool: pg.Pool, generation: number) => PostingFetch> = { b64: base64PostingRows, copy: copyPostingRows };
      const warm = { b64: new PostingRows(fetches.b64(pool, generation)), copy: new PostingRows(fetches.copy(pool, generation)) };
      for (const question of questions) {
        const analysed = analyzeQuery(question, options.gramSize);
        const fields = lexicalFields.flatMap((field) => analysed[field].map(() => field));
        const terms = lexicalFields.flatMap((field) => analysed[field]);
        const weights = lexicalFields.flatMap((field) => analysed[field].map(() => options.fieldWeights[field]));
        if (terms.length === 0) continue;
        const parameters = [row.generation, unit, fields, terms, weights, Number(values.depth)];
        const results: Record<string, string> = {};
        for (const [name, sql] of sqlForms) {
          const started = performance.now();
          const result = await pool.query<{ document: number; score: number }>(sql, parameters);
          times[name]?.push(performance.now() - started);
          results[name] = JSON.stringify(result.rows.map((hit) => [hit.document, hit.score]));
        }
        const queryTerms = terms.map((term, index) => ({ field: fields[index] ?? '', term, weight: weights[index] ?? 0 }));
        for (const form of ['b64', 'copy'] as const) {
          let bytes = 0;
          const counting: PostingFetch = async (fetchUnit, fetchTerms) => {
            const rows = await fetches[form](pool, generation)(fetchUnit, fetchTerms);
            for (const fetched of rows.values()) bytes += fetched.documents.byteLength + fetched.weights.byteLength;
            return rows;
          };
          for (const [name, rows] of [
            [`${form}-cold`, new PostingRows(counting)],
            [form, warm[form]],
          ] as const) {
            const started = performance.now();
            const before = process.cpuUsage();
            const hits = await rows.score(unit, queryTerms, Number(values.depth));
            const used = process.cpuUsage(before);
            times[name]?.push(performance.now() - started);
            cpu[name]?.push((used.user + used.system) / 1000);
            results[name] = JSON.stringify(hits.map((hit) => [hit.document, hit.score]));
          }
          if (form === 'copy') megabytes.push(bytes / 2 ** 20);
        }
        const [reference, ...others] = Object.keys(results);
        for (const name of others)
          if (results[name] !== results[reference ?? '']) throw new Error(`The forms ${reference} and ${name} disagree on «${question}» (${unit}).`);
      }
      console.log(`${unit.padEnd(9)} postings fetched per cold query: p50 ${distribution(megabytes).p50.toFixed(2)} MiB (8 bytes a posting)`);
      for (const [name, list] of Object.entries(times)) {
        const spread = distribution(list);
        const used = cpu[name] ? distribution(cpu[name]) : null;
        console.log(
          `${unit.padEnd(9)} ${name.padEnd(8)} p50 ${spread.p50.toFixed(1)} ms, p95 ${spread.p95.toFixed(1)} ms${used ? `, CPU here p50 ${used.p50.toFixed(1)} ms` : ''} (${list.length} questions)`,
        );
      }
    }
  } finally {
    await pool.end();
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
