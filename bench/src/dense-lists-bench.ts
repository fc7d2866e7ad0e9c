/**
 * `npm run bench:dense-lists` (with DATABASE_URL at a database holding a Kildesvar generation):
 * how well dense lists (`dense-lists.ts`, IVF without pgvector) find the exact scan's nearest
 * chunks, and how fast. Over the eval questions (embedded by the generation's corpus embedder):
 * (1) in this process, for each list count in `--lists` (k-means over the generation's vectors, the
 * code ingest runs) and each number of probed lists in `--probes`: recall@depth against the exact
 * top `--depth`, mean and worst question, and the share of vectors scanned; (2) in the database,
 * when the active generation has dense lists: p50/p95 ms of the store's dense query per `--probes`
 * value and of the exact scan, run alternately, and the recall of what the SQL returned.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import {
  analyze,
  CorpusEmbedder,
  denseLists,
  listCount,
  migratePool,
  PostgresCandidates,
  probedLists,
  type GenerationInfo,
  type LexicalIndexOptions,
} from '@kildesvar/core';
import { loadGoldSet } from '@kildesvar/eval';
import { distribution } from './statistics';

const usage = 'Usage: DATABASE_URL=postgresql://… npm run bench:dense-lists -- [--lists 89,178,356] [--probes 4,8,16,32] [--depth 100] [--rounds 2]';

const numbers = (text: string) => text.split(',').filter(Boolean).map(Number);

/** The exact top `depth` chunk numbers by cosine similarity (ties by chunk number), as the exact scan orders them. */
const exactTop = (vectors: readonly number[][], norms: readonly number[], chunkNumbers: readonly number[], query: readonly number[], depth: number): number[] =>
  vectors
    .map((vector, index) => {
      let dot = 0;
      for (let at = 0; at < vector.length; at += 1) dot += (vector[at] ?? 0) * (query[at] ?? 0);
      return { chunk: chunkNumbers[index] ?? 0, similarity: (norms[index] ?? 0) === 0 ? -Infinity : dot / (norms[index] ?? 1) };
    })
    .sort((left, right) => right.similarity - left.similarity || left.chunk - right.chunk)
    .slice(0, depth)
    .map((entry) => entry.chunk);

const recallOf = (found: ReadonlySet<number | string>, exact: readonly (number | string)[]): number =>
  exact.length === 0 ? 1 : exact.filter((item) => found.has(item)).length / exact.length;

const main = async () => {
  const { values } = parseArgs({
    options: {
      lists: { type: 'string', default: '' },
      probes: { type: 'string', default: '4,8,16,32' },
      depth: { type: 'string', default: '100' },
      rounds: { type: 'string', default: '2' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || !process.env.DATABASE_URL) return console.log(usage);
  const depth = Number(values.depth);
  const probes = numbers(values.probes);
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  try {
    await migratePool(pool);
    const active = (
      await pool.query<{
        generation: string;
        chunk_count: number;
        dense: GenerationInfo['dense'];
        embedder_state: unknown;
        lexical: Record<'chunks' | 'sentences', { options: LexicalIndexOptions }>;
      }>('SELECT a.generation, g.chunk_count, g.dense, g.embedder_state, g.lexical FROM kildesvar_active a JOIN kildesvar_generations g USING (generation)')
    ).rows[0];
    if (!active) throw new Error('No active generation in this database: write one first (STORE=postgres npm run ingest).');
    const generation = Number(active.generation);
    const embedder = CorpusEmbedder.fromState(active.embedder_state, { analyze });
    const questions = loadGoldSet().map((item) => item.question);
    // A question without a vector (no term the embedder knows) asks the store for no dense neighbours.
    const queries = (await Promise.all(questions.map((question) => embedder.embedQuery(question)))).filter((query) => Math.hypot(...query) > 0);
    const units = queries.map((query) => {
      const norm = Math.hypot(...query);
      return query.map((value) => value / norm);
    });
    const rows = (
      await pool.query<{ chunk_no: number; id: string; embedding: number[]; norm: number }>(
        'SELECT chunk_no, id, embedding, norm FROM kildesvar_chunks WHERE generation = $1 ORDER BY chunk_no',
        [generation],
      )
    ).rows;
    const vectors = rows.map((row) => row.embedding.map(Number));
    const norms = rows.map((row) => Number(row.norm));
    const chunkNumbers = rows.map((row) => Number(row.chunk_no));
    const exact = units.map((query) => exactTop(vectors, norms, chunkNumbers, query, depth));
    console.log(
      `generation ${generation}: ${rows.length} chunks (dense ${active.dense}), ${queries.length} of ${questions.length} questions with a vector, recall@${depth} against the exact scan`,
    );

    for (const lists of values.lists ? numbers(values.lists) : [listCount(rows.length)]) {
      const started = performance.now();
      const built = denseLists(vectors, lists);
      const seconds = (performance.now() - started) / 1000;
      const sizes = new Array<number>(built.lists).fill(0);
      for (const list of built.assignment) sizes[list] = (sizes[list] ?? 0) + 1;
      console.log(`\n${built.lists} lists (k-means ${seconds.toFixed(1)} s; list sizes min ${Math.min(...sizes)} max ${Math.max(...sizes)})`);
      for (const probed of probes) {
        const recalls: number[] = [];
        let scanned = 0;
        units.forEach((query, index) => {
          const chosen = new Set(probedLists(built, query, probed));
          const found = new Set<number>();
          built.assignment.forEach((list, row) => {
            if (chosen.has(list)) found.add(chunkNumbers[row] ?? 0);
          });
          scanned += found.size;
          recalls.push(recallOf(found, exact[index] ?? []));
        });
        const mean = recalls.reduce((sum, recall) => sum + recall, 0) / recalls.length;
        console.log(
          `  probe ${probed}: recall@${depth} mean ${mean.toFixed(4)}, worst ${Math.min(...recalls).toFixed(2)}, vectors scanned ${((100 * scanned) / units.length / rows.length).toFixed(1)} %`,
        );
      }
    }

    if (active.dense !== 'lists') return console.log('\nThe active generation has no dense lists: SQL timings skipped.');
    const info: GenerationInfo = {
      generation,
      chunkCount: Number(active.chunk_count),
      dense: 'lists',
      lexical: { chunks: active.lexical.chunks.options, sentences: active.lexical.sentences.options },
      vocabulary: new Set(),
    };
    const idOf = new Map(rows.map((row) => [Number(row.chunk_no), row.id]));
    const forms = [
      ...probes.map((probed) => ({ name: `lists, probe ${probed}`, source: new PostgresCandidates(pool, info, 'app', probed) })),
      { name: 'exact scan', source: new PostgresCandidates(pool, { ...info, dense: 'exact' }) },
    ];
    const times = new Map(forms.map((form) => [form.name, [] as number[]]));
    const recalls = new Map(forms.map((form) => [form.name, [] as number[]]));
    for (let round = 0; round < Number(values.rounds); round += 1)
      for (const [index, query] of queries.entries())
        for (const form of forms) {
          const started = performance.now();
          const hits = await form.source.dense(query, depth);
          times.get(form.name)?.push(performance.now() - started);
          if (round === 0)
            recalls.get(form.name)?.push(
              recallOf(
                new Set(hits.map((hit) => hit.chunkId)),
                (exact[index] ?? []).map((chunk) => idOf.get(chunk) ?? ''),
              ),
            );
        }
    console.log(`\nSQL, ${Number(values.rounds)} rounds over ${queries.length} questions (ms; recall@${depth} of the rows returned):`);
    for (const form of forms) {
      const spread = distribution(times.get(form.name) ?? []);
      const formRecalls = recalls.get(form.name) ?? [];
      const mean = formRecalls.reduce((sum, recall) => sum + recall, 0) / Math.max(1, formRecalls.length);
      console.log(
        `  ${form.name}: p50 ${spread.p50.toFixed(1)} / p95 ${spread.p95.toFixed(1)} ms, recall mean ${mean.toFixed(4)}, worst ${Math.min(...formRecalls).toFixed(2)}`,
      );
    }
  } finally {
    await pool.end();
  }
};

await main();
