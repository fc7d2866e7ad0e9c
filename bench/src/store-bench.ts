import { itemAt } from '@kildesvar/core';
import { processCpuMs, processMemory, startServer, type ServerProcess } from './server-process';
import { distribution, type Distribution } from './statistics';

/**
 * One store at one scale over HTTP: API start-up to healthy and its memory, sequential search
 * latency with the server's CPU per request, and throughput with one and with two API processes
 * under concurrent load (per process and in total). The load generator shares the machine's cores
 * with the servers (and the database), so CPU per request is the figure that carries over.
 */
export interface StoreRow {
  store: 'files' | 'postgres';
  scale: number;
  chunks: number;
  startupMs: number;
  reportedLoadMs: number | null;
  rssMiB: number;
  rssAfterLoadMiB: number;
  search: Distribution;
  cpuMsPerSearch: number | null;
  throughput: { processes: number; requestsPerSecond: number; perProcess: number[]; errors: number }[];
}

export interface StoreBenchOptions {
  repoRoot: string;
  store: 'files' | 'postgres';
  scale: number;
  environment: Record<string, string>;
  questions: readonly string[];
  searches: number;
  loadSeconds: number;
  concurrency: number;
  /** The search mode asked for (`/api/search`'s `mode`; hybrid is its default). */
  mode?: BenchMode;
  log?: (message: string) => void;
}

export type BenchMode = 'hybrid' | 'lexical' | 'dense';

const search = async (server: ServerProcess, question: string, mode: BenchMode): Promise<boolean> => {
  const response = await fetch(`${server.baseUrl}/api/search?q=${encodeURIComponent(question)}&k=10&mode=${mode}`).catch(() => null);
  if (!response) return false;
  const ok = response.status === 200 && ((await response.json()) as { results: unknown[] }).results.length > 0;
  return ok;
};

/** `concurrency` clients per server for `seconds`, round-robin over the questions. */
const loadFor = async (servers: ServerProcess[], questions: readonly string[], seconds: number, concurrency: number, mode: BenchMode) => {
  const deadline = performance.now() + seconds * 1000;
  const counts = servers.map(() => 0);
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    servers.flatMap((server, index) =>
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < deadline) {
          const question = itemAt(questions, next++ % questions.length);
          if (await search(server, question, mode)) counts[index] = (counts[index] ?? 0) + 1;
          else errors += 1;
        }
      }),
    ),
  );
  const elapsed = (performance.now() - started) / 1000;
  return {
    processes: servers.length,
    requestsPerSecond: counts.reduce((sum, count) => sum + count, 0) / elapsed,
    perProcess: counts.map((count) => count / elapsed),
    errors,
  };
};

export const measureStore = async (options: StoreBenchOptions): Promise<StoreRow> => {
  const mode = options.mode ?? 'hybrid';
  const environment = { ...options.environment, STORE: options.store };
  const first = await startServer({ repoRoot: options.repoRoot, environment, timeoutMs: 300_000 });
  const servers = [first];
  try {
    const rss = processMemory(first.pid)?.rss ?? NaN;
    const health = (await (await fetch(`${first.baseUrl}/api/health`)).json()) as { chunks: number };
    options.log?.(`  ${options.store} ${options.scale}×: healthy after ${first.healthyAfterMs.toFixed(0)} ms, RSS ${(rss / 2 ** 20).toFixed(0)} MiB`);
    for (const question of options.questions.slice(0, 5)) await search(first, question, mode);
    const times: number[] = [];
    const cpuBefore = processCpuMs(first.pid);
    for (let index = 0; index < options.searches; index += 1) {
      const started = performance.now();
      await search(first, itemAt(options.questions, index % options.questions.length), mode);
      times.push(performance.now() - started);
    }
    const cpuAfter = processCpuMs(first.pid);
    const rssAfter = processMemory(first.pid)?.rss ?? NaN;
    const one = await loadFor([first], options.questions, options.loadSeconds, options.concurrency, mode);
    servers.push(await startServer({ repoRoot: options.repoRoot, environment, timeoutMs: 300_000 }));
    const two = await loadFor(servers, options.questions, options.loadSeconds, options.concurrency, mode);
    const row: StoreRow = {
      store: options.store,
      scale: options.scale,
      chunks: health.chunks,
      startupMs: first.healthyAfterMs,
      reportedLoadMs: first.reportedLoadMs,
      rssMiB: rss / 2 ** 20,
      rssAfterLoadMiB: rssAfter / 2 ** 20,
      search: distribution(times),
      cpuMsPerSearch: cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / options.searches : null,
      throughput: [one, two],
    };
    options.log?.(
      `  ${options.store} ${options.scale}×: search p50 ${row.search.p50.toFixed(1)} ms, ${one.requestsPerSecond.toFixed(0)} req/s with one process, ${two.requestsPerSecond.toFixed(0)} with two`,
    );
    return row;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
};

const fixed = (value: number | null | undefined, digits = 1) =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);

export const storeTable = (rows: readonly StoreRow[], ingestSeconds: ReadonlyMap<string, number>): string =>
  [
    '| store | scale | chunks | ingest s | start-up ms (load) | RSS MiB start / after | search p50 / p95 / p99 ms | CPU ms/search | req/s 1 process | req/s 2 processes (each) | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map((row) => {
      const [one, two] = row.throughput;
      return `| ${row.store} | ${row.scale}× | ${row.chunks} | ${fixed(ingestSeconds.get(`${row.store} ${row.scale}`))} | ${fixed(row.startupMs, 0)} (${row.reportedLoadMs ?? '–'}) | ${fixed(row.rssMiB, 0)} / ${fixed(row.rssAfterLoadMiB, 0)} | ${fixed(row.search.p50)} / ${fixed(row.search.p95)} / ${fixed(row.search.p99)} | ${fixed(row.cpuMsPerSearch)} | ${fixed(one?.requestsPerSecond, 0)} | ${fixed(two?.requestsPerSecond, 0)} (${two?.perProcess.map((value) => value.toFixed(0)).join(' + ') ?? '–'}) | ${(one?.errors ?? 0) + (two?.errors ?? 0)} |`;
    }),
  ].join('\n');
