import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';
import { processCpuMs, processMemory, type ServerProcess } from './server-process';
import { distribution, spread, type Distribution, type Spread } from './statistics';

/**
 * Load over HTTP with autocannon against the running server: a fixed number of requests per
 * endpoint and concurrency, cycling through the eval questions, repeated in rounds; latencies
 * are taken from every response (exact percentiles), throughput from the wall-clock time of
 * the run, and the server's resident memory is read before, between and after the rounds.
 */
export const loadEndpoints = ['search', 'chat'] as const;
export type LoadEndpoint = (typeof loadEndpoints)[number];

export interface LoadRun {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: Distribution;
  /** Connection errors, timeouts, non-2xx answers and mismatched bodies together (must be 0). */
  errors: number;
  /** Server CPU time (user + system) per request, and as a share of one core over the run. */
  serverCpuMsPerRequest: number | null;
  serverCpuShare: number | null;
}

export interface LoadCell {
  endpoint: LoadEndpoint;
  connections: number;
  requestsPerRun: number;
  runs: LoadRun[];
  requestsPerSecond: Spread;
  p50: Spread;
  p95: Spread;
  p99: Spread;
  errors: number;
  serverCpuMsPerRequest: Spread;
  serverCpuShare: Spread;
}

export interface MemoryReading {
  label: string;
  rssBytes: number;
  peakBytes: number;
}

export interface HttpLoadReport {
  cells: LoadCell[];
  memory: MemoryReading[];
  /** RSS after the last round minus RSS after the warm-up. */
  rssGrowthBytes: number;
}

export interface HttpLoadOptions {
  questions: readonly string[];
  concurrency: readonly number[];
  requests: Record<LoadEndpoint, number>;
  rounds: number;
  warmupRequests: number;
  log?: (message: string) => void;
}

const requestsFor = (endpoint: LoadEndpoint, questions: readonly string[]): AutocannonRequest[] =>
  questions.map((question) =>
    endpoint === 'search'
      ? { method: 'GET', path: `/api/search?q=${encodeURIComponent(question)}&k=10` }
      : {
          method: 'POST',
          path: '/api/chat',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ messages: [{ role: 'user', content: question }] }),
        },
  );

const runOnce = (server: ServerProcess, requests: AutocannonRequest[], connections: number, amount: number): Promise<LoadRun> =>
  new Promise((resolve, reject) => {
    const cpuBefore = processCpuMs(server.pid);
    const latencies: number[] = [];
    const started = performance.now();
    let lastResponseAt = started;
    const instance = autocannon({ url: server.baseUrl, connections, amount, timeout: 30, requests }, (error: Error | null, result: AutocannonResult) => {
      if (error) return reject(error);
      // autocannon ends a run on its next one-second sampling tick, so the run's wall clock is
      // rounded up to whole seconds: throughput is measured up to the last response instead.
      const seconds = (lastResponseAt - started) / 1000;
      const completed = latencies.length;
      const cpuAfter = processCpuMs(server.pid);
      const cpuMs = cpuBefore !== null && cpuAfter !== null ? cpuAfter - cpuBefore : null;
      resolve({
        requests: completed,
        seconds,
        requestsPerSecond: completed / seconds,
        latencyMs: distribution(latencies),
        errors: result.errors + result.timeouts + result.non2xx + result.mismatches,
        serverCpuMsPerRequest: cpuMs === null ? null : cpuMs / Math.max(1, completed),
        // The server is idle between the last response and autocannon's end-of-run tick.
        serverCpuShare: cpuMs === null ? null : cpuMs / (lastResponseAt - started || 1),
      });
    });
    instance.on('response', (_client, _statusCode, _bytes, responseTimeMs) => {
      latencies.push(responseTimeMs);
      lastResponseAt = performance.now();
    });
  });

const reading = (server: ServerProcess, label: string): MemoryReading => {
  const memory = processMemory(server.pid);
  return { label, rssBytes: memory?.rss ?? NaN, peakBytes: memory?.peak ?? NaN };
};

export const measureHttpLoad = async (server: ServerProcess, options: HttpLoadOptions): Promise<HttpLoadReport> => {
  const memory: MemoryReading[] = [reading(server, 'loaded, before any request')];
  for (const endpoint of loadEndpoints) await runOnce(server, requestsFor(endpoint, options.questions), 8, options.warmupRequests);
  memory.push(reading(server, 'after warm-up'));
  const runs = new Map<string, LoadRun[]>();
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const endpoint of loadEndpoints) {
      for (const connections of options.concurrency) {
        const run = await runOnce(server, requestsFor(endpoint, options.questions), connections, options.requests[endpoint]);
        runs.set(`${endpoint}:${connections}`, [...(runs.get(`${endpoint}:${connections}`) ?? []), run]);
        options.log?.(
          `  round ${round} ${endpoint} c=${connections}: ${run.requestsPerSecond.toFixed(0)} req/s, p95 ${run.latencyMs.p95.toFixed(1)} ms, errors ` +
            `${run.errors}, server CPU ${run.serverCpuMsPerRequest?.toFixed(2) ?? '?'} ms/request`,
        );
      }
    }
    memory.push(reading(server, `after round ${round}`));
  }
  const cells: LoadCell[] = loadEndpoints.flatMap((endpoint) =>
    options.concurrency.map((connections) => {
      const cellRuns = runs.get(`${endpoint}:${connections}`) ?? [];
      return {
        endpoint,
        connections,
        requestsPerRun: options.requests[endpoint],
        runs: cellRuns,
        requestsPerSecond: spread(cellRuns.map((run) => run.requestsPerSecond)),
        p50: spread(cellRuns.map((run) => run.latencyMs.p50)),
        p95: spread(cellRuns.map((run) => run.latencyMs.p95)),
        p99: spread(cellRuns.map((run) => run.latencyMs.p99)),
        errors: cellRuns.reduce((sum, run) => sum + run.errors, 0),
        serverCpuMsPerRequest: spread(cellRuns.flatMap((run) => (run.serverCpuMsPerRequest === null ? [] : [run.serverCpuMsPerRequest]))),
        serverCpuShare: spread(cellRuns.flatMap((run) => (run.serverCpuShare === null ? [] : [run.serverCpuShare]))),
      };
    }),
  );
  const warm = memory[1]?.rssBytes ?? 0;
  return { cells, memory, rssGrowthBytes: (memory.at(-1)?.rssBytes ?? warm) - warm };
};
