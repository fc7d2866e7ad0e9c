/**
 * `npm run bench:lexical-sql` (with DATABASE_URL at a database holding a Kildesvar generation):
 * the database store's BM25 candidates, unfiltered, per unit, over the eval questions, in four
 * forms run alternately on one connection so that the machine's load falls on all alike:
 * `ordered` sums each document's postings in a sorted aggregate (what the store ran until schema
 * version 2, and still runs for filtered searches), `hashed` calls `kildesvar_bm25` (version 2),
 * which hashes, `app-cold` fetches the query terms' posting rows and sums them in this process with
 * an empty cache (`PostingRows`, what the API does since session 5 for a term it has not cached),
 * and `app` does the same with one cache for the whole run (the API's default budget). All must
 * return the same hits and scores; the command fails if they do not. CPU ms of this process per
 * query is printed for the app forms (the database's CPU is not in it).
 *
 * @module
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { analyzeQuery, lexicalFields, migratePool, orderedBm25Scores, PostingRows, type LexicalIndexOptions } from '@kildesvar/core';
import { loadGoldSet } from '@kildesvar/eval';
import { distribution } from './statistics';

const usage = 'Usage: DATABASE_URL=postgresql://… npm run bench:lexical-sql -- [--questions 60] [--depth 60]';

const ordered = `${orderedBm25Scores()} SELECT document, score FROM scored WHERE score > 0 ORDER BY score DESC, document LIMIT $6`;
const hashed = 'SELECT document, score FROM kildesvar_bm25($1, $2, $3::text[], $4::text[], $5::float8[], $6)';

const main = async () => {
  const { values } = parseArgs({
    options: { questions: { type: 'string', default: '60' }, depth: { type: 'string', default: '60' }, help: { type: 'boolean', default: false } },
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
      const times = { ordered: [] as number[], hashed: [] as number[], 'app-cold': [] as number[], app: [] as number[] };
      const cpu = { 'app-cold': [] as number[], app: [] as number[] };
      const warm = new PostingRows(pool, Number(row.generation));
      for (const question of questions) {
        const analysed = analyzeQuery(question, options.gramSize);
        const fields = lexicalFields.flatMap((field) => analysed[field].map(() => field));
        const terms = lexicalFields.flatMap((field) => analysed[field]);
        const weights = lexicalFields.flatMap((field) => analysed[field].map(() => options.fieldWeights[field]));
        if (terms.length === 0) continue;
        const parameters = [row.generation, unit, fields, terms, weights, Number(values.depth)];
        const results: Record<string, string> = {};
        for (const [name, sql] of Object.entries({ ordered, hashed }) as Array<['ordered' | 'hashed', string]>) {
          const started = performance.now();
          const result = await pool.query<{ document: number; score: number }>(sql, parameters);
          times[name].push(performance.now() - started);
          results[name] = JSON.stringify(result.rows.map((hit) => [hit.document, hit.score]));
        }
        const queryTerms = terms.map((term, index) => ({ field: fields[index] ?? '', term, weight: weights[index] ?? 0 }));
        for (const [name, rows] of [
          ['app-cold', new PostingRows(pool, Number(row.generation))],
          ['app', warm],
        ] as const) {
          const started = performance.now();
          const before = process.cpuUsage();
          const hits = await rows.score(unit, queryTerms, Number(values.depth));
          const used = process.cpuUsage(before);
          times[name].push(performance.now() - started);
          cpu[name].push((used.user + used.system) / 1000);
          results[name] = JSON.stringify(hits.map((hit) => [hit.document, hit.score]));
        }
        for (const name of ['ordered', 'app-cold', 'app'])
          if (results[name] !== results.hashed) throw new Error(`The forms hashed and ${name} disagree on «${question}» (${unit}).`);
      }
      for (const [name, list] of Object.entries(times)) {
        const spread = distribution(list);
        const used = name in cpu ? distribution(cpu[name as keyof typeof cpu]) : null;
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
