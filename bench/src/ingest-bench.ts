import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildLexicon, chunkDocument, deduplicate, defaultIndexBuildSettings, loadWordList, readSeeds } from '@kildesvar/core';
import { cleanSeeds, runIngest, startIngestProcess } from '@kildesvar/ingest';
import { spread, type Spread } from './statistics';
import { itemAt } from '@kildesvar/core';

/**
 * Ingest of the real corpus with the corpus embedder into temporary index folders (never the
 * repository's .index): `runIngest` cold (empty folder) and warm (nothing changed, which must
 * skip the work), the same as `npm run ingest` in a fresh process (wall clock, Node and tsx
 * start included), and the building blocks timed one by one to split clean and dedup+chunk.
 */
export interface IngestRun {
  totalSeconds: number;
  stageSeconds: Record<string, number>;
  chunks: number;
}

export interface IngestReport {
  cold: { runs: IngestRun[]; totalSeconds: Spread; stageSeconds: Record<string, Spread>; chunksPerSecond: Spread };
  warm: { milliseconds: Spread; skipped: boolean; reason: string };
  process: { coldSeconds: Spread; warmSeconds: Spread };
  buildingBlocks: Record<string, Spread>;
}

export interface IngestBenchOptions {
  repoRoot: string;
  seedsDir: string;
  runs: number;
  log?: (message: string) => void;
}

const ingestOptions = (seedsDir: string, indexDir: string) => ({
  seedsDir,
  indexDir,
  force: false,
  embedder: 'corpus' as const,
  modelsDir: 'models',
  allowRemoteModels: false,
});

/** Seconds one `npm run ingest` takes as a process of its own. */
const runCli = async (repoRoot: string, seedsDir: string, indexDir: string): Promise<number> => {
  const started = performance.now();
  const ingest = startIngestProcess(repoRoot, { SEEDS_DIR: seedsDir, INDEX_DIR: indexDir, EMBEDDER: 'corpus', CI: '1' });
  const code = await ingest.exited;
  if (code !== 0) throw new Error(`npm run ingest failed (${code}):\n${ingest.output()}`);
  return (performance.now() - started) / 1000;
};

const timeBuildingBlocks = async (seedsDir: string): Promise<Record<string, number>> => {
  const seconds: Record<string, number> = {};
  let mark = performance.now();
  const lap = (name: string): void => {
    const now = performance.now();
    seconds[name] = (now - mark) / 1000;
    mark = now;
  };
  const seeds = readSeeds(seedsDir);
  lap('read');
  const wordList = loadWordList();
  lap('word list (loadWordList)');
  const lexicon = buildLexicon(
    seeds.entries.map((seed) => seed.original),
    wordList.words,
  );
  lap('lexicon (buildLexicon)');
  const documents = cleanSeeds(seeds.entries, lexicon);
  lap('clean + sentences (cleanSeeds)');
  const dedup = deduplicate(
    documents.map((document) => ({
      file: document.file,
      sentences: document.sentences.map((sentence) => ({ text: document.cleaned.text.slice(sentence.start, sentence.end), artefacts: 0 })),
    })),
    defaultIndexBuildSettings.dedup,
  );
  lap('dedup (deduplicate)');
  await Promise.all(
    documents.map((document, index) =>
      chunkDocument(
        { file: document.file, text: document.cleaned.text, sentences: document.sentences, folded: itemAt(dedup.folded, index) },
        defaultIndexBuildSettings.chunker,
      ),
    ),
  );
  lap('chunk (chunkDocument)');
  return seconds;
};

const spreadByKey = (records: Array<Record<string, number>>): Record<string, Spread> => {
  const keys = [...new Set(records.flatMap((record) => Object.keys(record)))];
  return Object.fromEntries(keys.map((key) => [key, spread(records.map((record) => record[key] ?? 0))]));
};

export const measureIngest = async (options: IngestBenchOptions): Promise<IngestReport> => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'kildesvar-bench-ingest-'));
  try {
    const coldRuns: IngestRun[] = [];
    const warmMs: number[] = [];
    let warmSkipped = true;
    let warmReason = '';
    for (let run = 0; run < options.runs; run += 1) {
      const indexDir = path.join(scratch, `in-process-${run}`);
      const started = performance.now();
      const cold = await runIngest(ingestOptions(options.seedsDir, indexDir));
      const coldSeconds = (performance.now() - started) / 1000;
      coldRuns.push({ totalSeconds: coldSeconds, stageSeconds: cold.manifest.stageSeconds, chunks: cold.manifest.counts.chunks });
      const warmStarted = performance.now();
      const warm = await runIngest(ingestOptions(options.seedsDir, indexDir));
      const warmMillis = performance.now() - warmStarted;
      warmMs.push(warmMillis);
      warmSkipped &&= warm.skipped;
      warmReason = warm.reason;
      options.log?.(`  in-process run ${run + 1}: cold ${coldSeconds.toFixed(2)} s, warm ${warmMillis.toFixed(1)} ms (${warm.reason})`);
    }
    const processCold: number[] = [];
    const processWarm: number[] = [];
    for (let run = 0; run < options.runs; run += 1) {
      const indexDir = path.join(scratch, `process-${run}`);
      const coldSeconds = await runCli(options.repoRoot, options.seedsDir, indexDir);
      const warmSeconds = await runCli(options.repoRoot, options.seedsDir, indexDir);
      processCold.push(coldSeconds);
      processWarm.push(warmSeconds);
      options.log?.(`  npm run ingest (fresh process) run ${run + 1}: cold ${coldSeconds.toFixed(2)} s, warm ${warmSeconds.toFixed(2)} s`);
    }
    const blocks: Array<Record<string, number>> = [];
    for (let run = 0; run < options.runs; run += 1) blocks.push(await timeBuildingBlocks(options.seedsDir));
    return {
      cold: {
        runs: coldRuns,
        totalSeconds: spread(coldRuns.map((run) => run.totalSeconds)),
        stageSeconds: spreadByKey(coldRuns.map((run) => run.stageSeconds)),
        chunksPerSecond: spread(coldRuns.map((run) => run.chunks / run.totalSeconds)),
      },
      warm: { milliseconds: spread(warmMs), skipped: warmSkipped, reason: warmReason },
      process: { coldSeconds: spread(processCold), warmSeconds: spread(processWarm) },
      buildingBlocks: spreadByKey(blocks),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};
