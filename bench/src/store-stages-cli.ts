/**
 * `DATABASE_URL=… npm run bench:store-stages -- [--questions 60] [--passes 2]`: the query path over
 * the database store's active generation timed stage by stage in this process (`measureQueryStages`,
 * the retriever's own stage timer, as `npm run bench` times the file store), so that one sees which
 * stage carries the search's time: lexical (posting rows fetched and summed), dense embed, the
 * nearest-vector query ("hnsw search": HNSW, exact scan or dense lists), fuse, rerank. `--dense-scan sql`
 * computes the dense lists' dot products in PostgreSQL instead of in this process (the same hits).
 *
 * @module
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { z } from 'zod';
import { activeGeneration, createIndexAssistant, generationParts } from '@kildesvar/core';
import { loadGoldSet } from '@kildesvar/eval';
import { fixed } from './format';
import { measureQueryStages, queryStages } from './query-stages';

const usage = 'Usage: DATABASE_URL=postgresql://… npm run bench:store-stages -- [--questions 60] [--passes 2] [--dense-scan app|sql]';
const denseScan = z.enum(['app', 'sql']);

const main = async () => {
  const { values } = parseArgs({
    options: {
      questions: { type: 'string', default: '60' },
      passes: { type: 'string', default: '2' },
      'dense-scan': { type: 'string', default: 'app' },
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
    const questions = loadGoldSet()
      .map((item) => item.question)
      .slice(0, Number(values.questions));
    const report = await measureQueryStages({ assistant, parts }, questions, Number(values.passes));
    console.log(
      `generation ${generation}, ${report.questions} questions × ${report.passes} passes (pass 0 not counted), dense lists scanned in ${denseScoring}, ms pooled:`,
    );
    console.log('| stage | p50 | p95 | mean |\n|---|---|---|---|');
    for (const stage of queryStages) {
      const pooled = report.pooled[stage];
      console.log(`| ${stage} | ${fixed(pooled.p50)} | ${fixed(pooled.p95)} | ${fixed(pooled.mean)} |`);
    }
  } finally {
    await pool.end();
  }
};

await main();
