/**
 * `npm run bench:replicas-ingest` (DATABASE_URL at a database with an active generation): two API
 * processes (STORE=postgres) answer `/api/search` over the eval questions without pause, one client
 * loop each, while a separate process writes a new generation from `--index`/`--seeds` (as ingest
 * does, `generationFromIndex` + `writeGeneration`). It runs until both replicas report the new
 * generation in `/api/health` and `--after` seconds more, then prints every request's outcome:
 * count, failures (any status but 200, or no answer), latency p50/p95/p99 before, during and after
 * the write, and when each replica switched. Exits 1 when a request failed.
 *
 * @module
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadGoldSet } from '@kildesvar/eval';
import { repoRoot } from './paths';
import { startServer, type ServerProcess } from './server-process';
import { distribution } from './statistics';

const usage =
  'Usage: DATABASE_URL=postgresql://… npm run bench:replicas-ingest -- --index <indexDir> --seeds <seedsDir> [--replicas 2] [--after 20] [--before 20]';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Outcome {
  replica: number;
  at: number;
  ms: number;
  status: number;
}

const generationOf = async (server: ServerProcess): Promise<string | null> => {
  const response = await fetch(`${server.baseUrl}/api/health/ready`).catch(() => null);
  if (!response?.ok) return null;
  const body = (await response.json()) as { generation?: string };
  return body.generation ?? null;
};

const main = async () => {
  const { values } = parseArgs({
    options: {
      index: { type: 'string' },
      seeds: { type: 'string' },
      replicas: { type: 'string', default: '2' },
      before: { type: 'string', default: '20' },
      after: { type: 'string', default: '20' },
      help: { type: 'boolean', default: false },
    },
  });
  const databaseUrl = process.env.DATABASE_URL;
  if (values.help || !databaseUrl || !values.index || !values.seeds) return console.log(usage);
  const environment = { STORE: 'postgres', DATABASE_URL: databaseUrl, GENERATION_POLL_MS: '2000', RATE_LIMIT_PER_MINUTE: '0', REQUEST_TIMEOUT_MS: '60000' };
  const servers: ServerProcess[] = [];
  for (let replica = 0; replica < Number(values.replicas); replica += 1) servers.push(await startServer({ repoRoot, environment, timeoutMs: 300_000 }));
  const initial = await Promise.all(servers.map(generationOf));
  console.log(`replicas up on generation ${initial.join(', ')}`);
  const questions = loadGoldSet().map((item) => item.question);
  const started = performance.now();
  const outcomes: Outcome[] = [];
  let running = true;
  const loops = servers.map(async (server, replica) => {
    for (let request = replica; running; request += 1) {
      const question = questions[request % questions.length] ?? '';
      const begun = performance.now();
      const response = await fetch(`${server.baseUrl}/api/search?q=${encodeURIComponent(question)}&k=10`).catch(() => null);
      if (response) await response.arrayBuffer().catch(() => undefined);
      outcomes.push({ replica, at: begun - started, ms: performance.now() - begun, status: response?.status ?? 0 });
    }
  });
  await sleep(Number(values.before) * 1000);
  const writeStarted = performance.now() - started;
  console.log(`writing a new generation from ${values.index} (${(writeStarted / 1000).toFixed(0)} s in)`);
  const writer = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'bench/src/write-generation-child.ts'), values.index, values.seeds], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => writer.on('exit', resolve));
  const writeEnded = performance.now() - started;
  console.log(`writer exited with ${code} after ${((writeEnded - writeStarted) / 1000).toFixed(0)} s`);
  const switched: number[] = [];
  for (const [replica, server] of servers.entries()) {
    for (;;) {
      const generation = await generationOf(server);
      if (generation && generation !== initial[replica]) break;
      if (performance.now() - started - writeEnded > 120_000) throw new Error(`Replica ${replica} did not switch within 120 s.`);
      await sleep(200);
    }
    switched.push(performance.now() - started);
  }
  await sleep(Number(values.after) * 1000);
  running = false;
  await Promise.all(loops);
  await Promise.all(servers.map((server) => server.stop()));
  const failed = outcomes.filter((outcome) => outcome.status !== 200);
  const phase = (name: string, from: number, to: number) => {
    const list = outcomes.filter((outcome) => outcome.at >= from && outcome.at < to).map((outcome) => outcome.ms);
    if (list.length === 0) return console.log(`${name.padEnd(7)} no requests`);
    const spread = distribution(list);
    console.log(
      `${name.padEnd(7)} ${String(list.length).padStart(5)} requests, p50 ${spread.p50.toFixed(0)} ms, p95 ${spread.p95.toFixed(0)} ms, p99 ${spread.p99.toFixed(0)} ms`,
    );
  };
  phase('before', 0, writeStarted);
  phase('during', writeStarted, writeEnded);
  phase('after', writeEnded, Number.POSITIVE_INFINITY);
  console.log(`replicas switched ${switched.map((at) => `${((at - writeEnded) / 1000).toFixed(1)} s`).join(', ')} after the write committed`);
  console.log(
    `${outcomes.length} requests (${servers.map((_, replica) => outcomes.filter((outcome) => outcome.replica === replica).length).join(' + ')}), ${failed.length} failed${
      failed.length ? `: ${[...new Set(failed.map((outcome) => outcome.status))].join(', ')}` : ''
    }`,
  );
  if (failed.length || code !== 0) process.exitCode = 1;
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
