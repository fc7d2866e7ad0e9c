/**
 * `npm run ingest [-- --force]`: builds the index with a progress bar per stage and prints a summary.
 *
 * @module
 */
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import pg from 'pg';
import { isKildesvarError } from '@kildesvar/core/errors';
import { loadIngestConfig } from './config';
import { runIngest, type IngestSummary } from './pipeline';
import type { ProgressReporter } from './progress';

const usage = `Usage: npm run ingest [-- --force]

Builds the search index in INDEX_DIR (default .index/) from the texts in SEEDS_DIR (default seeds/).
Skips the work when the seeds and settings are unchanged and every index file still matches its
checksum; --force rebuilds anyway. Each build goes into INDEX_DIR/builds/ and INDEX_DIR/current is
switched to it in one step (a running server picks it up); the previous build is kept. One ingest
at a time: a second one fails while INDEX_DIR/ingest.lock names a live process.

With STORE=postgres it writes the index into PostgreSQL at DATABASE_URL instead, as a new
generation made active when its transaction commits (migrating the schema first); API processes
switch to it without a restart.

Environment: EMBEDDER=auto|e5|corpus (default auto), MODELS_DIR (default models/), ALLOW_REMOTE_MODELS=1,
STORE=files|postgres (default files), DATABASE_URL (with STORE=postgres)`;

const barReporter = (): ProgressReporter => {
  const bars = new cliProgress.MultiBar(
    { format: ' {stage} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: false, stopOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let open = 0;
  return {
    stage: (name, total) => {
      const bar = bars.create(total, 0, { stage: name.padEnd(12) });
      open += 1;
      return {
        tick: (count = 1) => bar.increment(count),
        done: () => {
          bar.update(total);
          open -= 1;
          if (open === 0) bars.stop();
        },
      };
    },
    log: (message) => bars.log(`${message}\n`),
  };
};

const lineReporter = (): ProgressReporter => ({
  stage: (name, total) => {
    console.log(`${name}: ${total} item(s)…`);
    return { tick: () => {}, done: () => console.log(`${name}: done`) };
  },
  log: (message) => console.log(message),
});

export const formatSummary = (summary: IngestSummary): string => {
  const { manifest } = summary;
  const rows: Array<[string, string]> = [
    ['files', String(manifest.counts.documents)],
    ['original chars', String(manifest.counts.originalChars)],
    ['cleaned chars', String(manifest.counts.cleanedChars)],
    ['sentences', String(manifest.counts.sentences)],
    ['duplicate sentences folded', `${manifest.counts.foldedSentences} (${manifest.counts.foldedChars} chars)`],
    ['chunks', String(manifest.counts.chunks)],
    ['embedder', `${manifest.embedder.id} (${manifest.embedder.dimensions} dims)`],
    ['English dictionary entries', `${manifest.englishDictionary.entries} (${manifest.englishDictionary.source})`],
    ...Object.entries(manifest.stageSeconds).map(([stage, seconds]): [string, string] => [`seconds: ${stage}`, seconds.toFixed(3)]),
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
  return [
    summary.skipped ? `Index is up to date (${summary.reason}); nothing to do. Use --force to rebuild.` : `Index built (${summary.reason}).`,
    ...lines,
  ].join('\n');
};

const main = async (): Promise<void> => {
  const { values } = parseArgs({
    options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const config = loadIngestConfig();
  const interactive = Boolean(process.stdout.isTTY) && !config.ci;
  const database = config.store === 'postgres' ? new pg.Pool({ connectionString: config.databaseUrl, max: 2 }) : undefined;
  try {
    const summary = await runIngest({ ...config, database, force: values.force, progress: interactive ? barReporter() : lineReporter() });
    console.log(formatSummary(summary));
  } finally {
    await database?.end();
  }
};

main().catch((error: unknown) => {
  console.error(isKildesvarError(error) || error instanceof Error ? `ingest failed: ${error.message}` : error);
  if (error instanceof TypeError && String(error.message).includes('Unknown option')) console.error(usage);
  process.exitCode = 1;
});
