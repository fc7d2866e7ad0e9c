/**
 * `npm run bench`: measures ingest, start-up, the query path, HTTP load, alternatives and scale; writes bench/results/latest.{json,md}.
 *
 * @module
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { indexedText, prepareQuery } from '@kildesvar/core';
import { loadIngestConfig, runIngest } from '@kildesvar/ingest';
import { loadGoldSet } from '@kildesvar/eval';
import { compareWithBaseline } from './baseline-comparison';
import type { BenchReport, BenchSettings } from './bench-report';
import { compareEmbedders } from './embedder-comparison';
import { describeEnvironment } from './environment';
import { measureHttpLoad } from './http-load';
import { measureIngest } from './ingest-bench';
import { loadIndex } from './loaded-index';
import { repoRoot, resultsDir, transformersFixtureDir } from './paths';
import { measureQueryStages } from './query-stages';
import { measureHistoryCost } from './history-cost';
import { renderMarkdown } from './report-markdown';
import { measureScaling } from './scale-bench';
import { startServer } from './server-process';
import { measureAbuseCost } from './abuse-cost';
import { measureStartup } from './startup-bench';
import { checkTargets } from './targets';
import { compareVectorSearch } from './vector-comparison';

const usage = `Usage: npm run bench [-- --quick] [-- --full-scale] [-- --budget <seconds>]

Builds the index first when it is missing or stale (like npm start), then measures and writes
bench/results/latest.json and bench/results/latest.md. Takes about 8 minutes on 2 cores.

  --quick        one run of everything, few requests, scales 1× and 10× only (about 2 minutes)
  --full-scale   train the corpus embedder on every chunk at 100× too (adds minutes)
  --render-only  write latest.md again from latest.json, measuring nothing
  --budget N     seconds from the start of the run: no scale build stage is started that is
                 expected to end later, and searches at scale stop 80 s after it (default 480)

Environment as for npm start: INDEX_DIR, SEEDS_DIR, MODELS_DIR, EMBEDDER.`;

const log = (message: string): void => console.log(message);

const main = async (): Promise<void> => {
  const started = performance.now();
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      'full-scale': { type: 'boolean', default: false },
      'render-only': { type: 'boolean', default: false },
      budget: { type: 'string', default: '480' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return log(usage);
  if (values['render-only']) {
    const saved = JSON.parse(readFileSync(path.join(resultsDir, 'latest.json'), 'utf8')) as BenchReport;
    writeFileSync(path.join(resultsDir, 'latest.md'), renderMarkdown(saved));
    return log(`Rendered ${path.relative(process.cwd(), path.join(resultsDir, 'latest.md'))} from latest.json`);
  }
  const budgetSeconds = Number(values.budget);
  if (!Number.isFinite(budgetSeconds) || budgetSeconds <= 0) throw new Error(`--budget must be a number of seconds, got ${values.budget}`);
  process.chdir(repoRoot);
  const quick = values.quick;
  const settings: BenchSettings = {
    quick,
    runs: quick ? 1 : 3,
    queryPasses: quick ? 1 : 3,
    httpRounds: quick ? 1 : 3,
    httpRequests: quick ? { search: 300, chat: 200 } : { search: 800, chat: 500 },
    concurrency: [1, 8, 32],
    scales: quick ? [1, 10] : [1, 10, 100],
    trainSample: values['full-scale'] ? Number.MAX_SAFE_INTEGER : 4000,
    budgetSeconds,
  };
  const deadline = started + budgetSeconds * 1000;
  // Searches at scale stop here, so that the whole run stays under ten minutes with the default budget.
  const hardDeadline = started + (budgetSeconds + 80) * 1000;
  const environment = describeEnvironment(repoRoot);
  log(`Kildesvar bench: ${environment.cores} cores, Node ${environment.node}, ${environment.date}`);

  const config = loadIngestConfig();
  const prepared = await runIngest({ ...config, force: false });
  log(
    `Index ${config.indexDir}: ${prepared.skipped ? 'up to date' : `built (${prepared.reason})`}, ${prepared.manifest.counts.chunks} chunks, ` +
      `${prepared.manifest.embedder.id}`,
  );
  // The server as `npm start` configures it, except: no rate limit (the bench repeats requests from one address) and no access log.
  const serverEnvironment = {
    INDEX_DIR: path.resolve(config.indexDir),
    SEEDS_DIR: path.resolve(config.seedsDir),
    MODELS_DIR: path.resolve(config.modelsDir),
    EMBEDDER: config.embedder,
    RATE_LIMIT_PER_MINUTE: '0',
    ACCESS_LOG: '0',
  };
  const items = loadGoldSet();
  const questions = items.map((item) => item.question);

  const failures: BenchReport['failures'] = [];
  const section = async <T>(name: string, work: () => Promise<T>): Promise<T | null> => {
    log(`\n== ${name}`);
    const sectionStarted = performance.now();
    try {
      const value = await work();
      log(`   (${((performance.now() - sectionStarted) / 1000).toFixed(1)} s)`);
      return value;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`   failed: ${message}`);
      failures.push({ section: name, message });
      return null;
    }
  };

  const ingest = await section('ingest', () => measureIngest({ repoRoot, seedsDir: path.resolve(config.seedsDir), runs: settings.runs, log }));
  const startup = await section('start-up', () => measureStartup({ repoRoot, environment: serverEnvironment, runs: settings.runs, log }));
  const loaded = await loadIndex(config);
  const query = await section('query stages (in process)', () => measureQueryStages(loaded, questions, settings.queryPasses));
  const history = await section('long conversation history (CPU per chat request)', () =>
    measureHistoryCost(loaded.assistant, questions.slice(0, quick ? 20 : 60), settings.queryPasses),
  );
  const vectors = await section('hnswlib vs exact', async () => {
    const passages = loaded.assistant.retriever.chunks.map((chunk) => indexedText(chunk));
    const vocabulary = loaded.assistant.retriever.vocabulary();
    const queryVectors = await Promise.all(
      questions.map((question) => loaded.embedder.embedQuery(prepareQuery(question, loaded.parts.english, vocabulary).text)),
    );
    return compareVectorSearch({
      store: loaded.vectors,
      ids: loaded.assistant.retriever.chunks.map((chunk) => chunk.id),
      vectors: await loaded.embedder.embedDocuments(passages),
      queries: queryVectors,
      depths: [10, 100],
      passes: settings.queryPasses,
    });
  });
  const originals = new Map(loaded.parts.catalog.map((entry) => [entry.file, readFileSync(path.join(config.seedsDir, entry.file), 'utf8')]));
  const baseline = await section('hybrid vs naive BM25', () =>
    compareWithBaseline({ assistant: loaded.assistant, hybridBuildMs: loaded.loadMs, items, originals, passes: settings.queryPasses }),
  );
  const embedders = await section('corpus embedder vs transformers.js fixture', () =>
    compareEmbedders({
      corpusEmbedder: loaded.embedder,
      corpusLoadMs: loaded.loadMs,
      fixtureDir: transformersFixtureDir,
      passages: loaded.assistant.retriever.chunks.map((chunk) => indexedText(chunk)),
      questions,
      passes: Math.min(2, settings.queryPasses),
    }),
  );
  const http = await section('HTTP load', async () => {
    const server = await startServer({ repoRoot, environment: serverEnvironment, timeoutMs: 60_000 });
    try {
      return await measureHttpLoad(server, {
        questions,
        concurrency: settings.concurrency,
        requests: settings.httpRequests,
        rounds: settings.httpRounds,
        warmupRequests: 300,
        log,
      });
    } finally {
      await server.stop();
    }
  });
  const abuse = await section('abusive vs normal requests', async () => {
    const server = await startServer({ repoRoot, environment: serverEnvironment, timeoutMs: 60_000 });
    try {
      return await measureAbuseCost(server, { seedsDir: path.resolve(config.seedsDir), runs: quick ? 3 : 5, log });
    } finally {
      await server.stop();
    }
  });
  const scale = await section('scale', () =>
    measureScaling({
      seedsDir: path.resolve(config.seedsDir),
      scales: settings.scales,
      questions,
      english: loaded.parts.english,
      deadline,
      hardDeadline,
      trainSample: settings.trainSample,
      queryPasses: quick ? 1 : 2,
      largeScaleQuestions: 40,
      log,
    }),
  );

  const partial: Omit<BenchReport, 'targets'> = {
    environment,
    settings,
    index: {
      directory: config.indexDir,
      embedder: prepared.manifest.embedder.id,
      documents: prepared.manifest.counts.documents,
      chunks: prepared.manifest.counts.chunks,
      prepared: prepared.skipped ? 'existing index' : `built by the bench: ${prepared.reason}`,
    },
    ingest,
    startup,
    query,
    history,
    http,
    abuse,
    vectors,
    baseline,
    embedders,
    scale,
    failures,
    durationSeconds: (performance.now() - started) / 1000,
  };
  const report: BenchReport = { ...partial, targets: checkTargets(partial) };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(path.join(resultsDir, 'latest.md'), renderMarkdown(report));
  log(`\nTargets:`);
  for (const target of report.targets)
    log(
      `  ${target.met === null ? '?' : target.met ? '✓' : '✗'} ${target.name}: ${target.measured} (goal ` +
        `${target.target})${target.miss ? `, missed by ${target.miss}` : ''}`,
    );
  log(`\nReport: ${path.relative(repoRoot, path.join(resultsDir, 'latest.md'))} and latest.json (${report.durationSeconds.toFixed(0)} s)`);
  if (failures.length > 0) process.exitCode = 1;
};

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
