import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createIndexAssistant, loadCatalog, prepareQuery, type EnglishDictionary } from '@kildesvar/core';
import { evenSample, runStagedBuild, stagedBuildStages, type StagedBuildStage } from './staged-build';
import { distribution, type Distribution } from './statistics';
import { writeSyntheticSeeds } from './synthetic-seeds';
import { compareVectorSearch, type VectorComparisonRow } from './vector-comparison';

/**
 * Cost growth on synthetic corpora 10× and 100× the real one (and the real one, 1×, through
 * the same staged build): seconds per stage, index size, hybrid query latency, HNSW against
 * exact search at that size, and the bench process's memory. Stages expected to end past the
 * deadline are skipped, expecting each stage to grow from the previous scale as it grew into it.
 */
export interface ScaleRow {
  scale: number;
  documents: number;
  chars: number;
  chunks: number;
  sentences: number;
  generateSeconds: number | null;
  stageSeconds: Partial<Record<StagedBuildStage, number>>;
  skipped: StagedBuildStage[];
  expectedSeconds: Partial<Record<StagedBuildStage, number>>;
  trainedOn: number;
  indexBytes: number | null;
  query: Distribution | null;
  queryPasses: number;
  queryQuestions: number;
  vectors: VectorComparisonRow[];
  rssBytesAfterBuild: number;
  heapUsedBytesAfterBuild: number;
}

export interface ScaleOptions {
  seedsDir: string;
  scales: readonly number[];
  questions: readonly string[];
  english: EnglishDictionary | null;
  /** No build stage is started that is expected to end after this `performance.now()` value. */
  deadline: number;
  /** Searches and vector comparisons stop at this `performance.now()` value. */
  hardDeadline: number;
  trainSample: number;
  queryPasses: number;
  /** At 100× and above the searches use this many questions (evenly spaced), one pass after a short warm-up. */
  largeScaleQuestions: number;
  log?: (message: string) => void;
}

const expectedFrom = (previous: ScaleRow[]): Partial<Record<StagedBuildStage, number>> => {
  const [before, last] = previous.slice(-2);
  if (!last) return {};
  return Object.fromEntries(
    stagedBuildStages.map((stage) => {
      const lastSeconds = last.stageSeconds[stage] ?? 0;
      const beforeSeconds = before?.stageSeconds[stage] ?? 0;
      const growth = beforeSeconds > 0 ? lastSeconds / beforeSeconds : 10;
      // With a margin: a stage that overruns its expectation cannot be stopped.
      return [stage, 1.5 * lastSeconds * Math.max(growth, 1)];
    }),
  );
};

const measureScale = async (options: ScaleOptions, scale: number, previous: ScaleRow[]): Promise<ScaleRow> => {
  const scratch = mkdtempSync(path.join(tmpdir(), `kildesvar-bench-scale-${scale}-`));
  try {
    let seedsDir = options.seedsDir;
    let generateSeconds: number | null = null;
    if (scale > 1) {
      const started = performance.now();
      seedsDir = writeSyntheticSeeds(options.seedsDir, path.join(scratch, 'seeds'), scale).directory;
      generateSeconds = (performance.now() - started) / 1000;
    }
    options.log?.(` ${scale}×:`);
    const build = await runStagedBuild({
      seedsDir,
      outputDir: path.join(scratch, 'index'),
      deadline: options.deadline,
      expectedSeconds: expectedFrom(previous),
      trainSample: options.trainSample,
      log: options.log,
    });
    const { rss: rssBytesAfterBuild, heapUsed: heapUsedBytesAfterBuild } = process.memoryUsage();
    let query: Distribution | null = null;
    let vectors: VectorComparisonRow[] = [];
    let passes = 0;
    let questionCount = 0;
    if (build.retriever && build.embedder && build.store && build.vectors) {
      const embedder = build.embedder;
      const catalog = loadCatalog(seedsDir);
      const originals = new Map(build.seeds.entries.map((seed) => [seed.entry.file, seed.original]));
      const assistant = createIndexAssistant({ catalog, originals, retriever: build.retriever, english: options.english, embedder: build.embedder });
      const times: number[] = [];
      const large = scale >= 100;
      const questions = large ? evenSample(options.questions, options.largeScaleQuestions) : options.questions;
      // Pass 0 warms up (on a few questions at large scale) and is not counted.
      for (let pass = 0; pass <= (large ? 1 : options.queryPasses) && performance.now() < options.hardDeadline; pass += 1) {
        for (const question of pass === 0 && large ? questions.slice(0, 5) : questions) {
          if (performance.now() > options.hardDeadline) break;
          const started = performance.now();
          await assistant.search(question, { k: 10, mode: 'hybrid' });
          if (pass > 0) times.push(performance.now() - started);
        }
        passes = pass;
      }
      questionCount = questions.length;
      query = times.length > 0 ? distribution(times) : null;
      if (performance.now() < options.hardDeadline) {
        const vocabulary = build.retriever.vocabulary();
        const queryVectors = await Promise.all(
          options.questions.map((question) => embedder.embedQuery(prepareQuery(question, options.english, vocabulary).text)),
        );
        vectors = await compareVectorSearch({
          store: build.store,
          ids: build.chunkIds,
          vectors: build.vectors,
          queries: queryVectors,
          depths: [10, 100],
          passes: 1,
        });
      }
      options.log?.(`  hybrid search p50 ${query?.p50.toFixed(1) ?? '–'} ms, p95 ${query?.p95.toFixed(1) ?? '–'} ms`);
    }
    return {
      scale,
      documents: build.counts.documents,
      chars: build.counts.chars,
      chunks: build.counts.chunks,
      sentences: build.counts.sentences,
      generateSeconds,
      stageSeconds: build.seconds,
      skipped: build.skipped,
      expectedSeconds: build.expectedSeconds,
      trainedOn: build.trainedOn,
      indexBytes: build.indexBytes,
      query,
      queryPasses: passes,
      queryQuestions: questionCount,
      vectors,
      rssBytesAfterBuild,
      heapUsedBytesAfterBuild,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};

export const measureScaling = async (options: ScaleOptions): Promise<ScaleRow[]> => {
  const rows: ScaleRow[] = [];
  for (const scale of options.scales) {
    if (performance.now() > options.deadline) break;
    rows.push(await measureScale(options, scale, rows));
  }
  return rows;
};
