/**
 * `DATABASE_URL=… npm run bench:store-stages -- [--questions 60] [--passes 2]`: the query path over
 * the database store's active generation timed stage by stage in this process (`measureQueryStages`,
 * the retriever's own stage timer, as `npm run bench` times the file store), so that one sees which
 * stage carries the search's time: lexical (posting rows fetched and summed), dense embed, the
 * nearest-vector query ("hnsw search": HNSW, exact scan or dense lists), fuse, rerank. `--dense-scan sql`
 * computes the dense lists' dot products in PostgreSQL instead of in this process (the same hits).
 * `--fresh <n>` then times `assistant.search` end to end on n questions this process has not asked
 * (the eval questions after the timed ones): their posting rows and chunks are not cached, as for
 * most of `bench:stores`' searches, so the fetches are in the time; with the API's CPU per search.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { z } from 'zod';
import { activeGeneration, createIndexAssistant, generationParts } from '@kildesvar/core';
import { loadGoldSet } from '@kildesvar/eval';
import { fixed } from './format';
import { distribution } from './statistics';
import { measureQueryStages, queryStages } from './query-stages';

const usage = 'Usage: DATABASE_URL=postgresql://… npm run bench:store-stages -- [--questions 60] [--passes 2] [--dense-scan app|sql] [--fresh 0]';
const denseScan = z.enum(['app', 'sql']);

const main = async () => {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string', default: '60' },
      passes: { type: 'string', default: '2' },
      'dense-scan': { type: 'string', default: 'app' },
      fresh: { type: 'string', default: '0' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !process.env.DATABASE_URL) return console.log(usage);
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
  pool.on('error', () => undefined);
  try {
    const generation = await activeGeneration(pool);
    if (generation === null) throw new Error('No active generation in this database: write one first (STORE=postgres npm run ingest).');
    const denseScoring = denseScan.parse(values['dense-scan']);
    const parts = await generationParts({ pool, modelsDir: 'models', allowRemoteModels: false, denseScoring }, generation);
    const assistant = createIndexAssistant(parts);
    const asked = loadGoldSet().map((item) => item.question);
    const questions = asked.slice(0, Number(values.questions));
    const report = await measureQueryStages({ assistant, parts }, questions, Number(values.passes));
    console.log(
      `generation ${generation}, ${report.questions} questions × ${report.passes} passes (pass 0 not counted), dense lists scanned in ${denseScoring}, ms pooled:`,
    );
    console.log('| stage | p50 | p95 | mean |\n|---|---|---|---|');
    for (const stage of queryStages) {
      const pooled = report.pooled[stage];
      console.log(`| ${stage} | ${fixed(pooled.p50)} | ${fixed(pooled.p95)} | ${fixed(pooled.mean)} |`);
    }
    const fresh = asked.slice(questions.length, questions.length + Number(values.fresh));
    if (fresh.length > 0) {
      const times: number[] = [];
      const cpu = process.cpuUsage();
      for (const question of fresh) {
        const started = performance.now();
        await assistant.search(question, { k: 10, mode: 'hybrid' });
        times.push(performance.now() - started);
      }
      const used = process.cpuUsage(cpu);
      const first = distribution(times);
      console.log(
        `\n${fresh.length} questions not asked before, search (end to end) ms: p50 ${fixed(first.p50)}, p95 ${fixed(first.p95)}, mean ${fixed(first.mean)}; CPU ${fixed((used.user + used.system) / 1000 / fresh.length)} ms a search`,
      );
    }
  } finally {
    await pool.end();
  }
};

await main();
