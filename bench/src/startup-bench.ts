import { processMemory, startServer } from './server-process';
import { spread, type Spread } from './statistics';

/** Start-up of the API server with an existing index: spawn → /api/health 200, and its memory once loaded. */
export interface StartupRun {
  /** Spawn → health 200 minus the load time the server reports: Node start, tsx transpiling, module imports, polling. */
  beforeLoadMs: number | null;
  healthyAfterMs: number;
  reportedLoadMs: number | null;
  rssBytes: number;
  peakBytes: number;
}

export interface StartupReport {
  runs: StartupRun[];
  beforeLoadMs: Spread;
  healthyAfterMs: Spread;
  reportedLoadMs: Spread;
  rssBytes: Spread;
}

export const measureStartup = async (options: {
  repoRoot: string;
  environment: Record<string, string>;
  runs: number;
  log?: (message: string) => void;
}): Promise<StartupReport> => {
  const runs: StartupRun[] = [];
  for (let run = 0; run < options.runs; run += 1) {
    const server = await startServer({ repoRoot: options.repoRoot, environment: options.environment, timeoutMs: 60_000 });
    try {
      const memory = processMemory(server.pid);
      const beforeLoadMs = server.reportedLoadMs === null ? null : server.healthyAfterMs - server.reportedLoadMs;
      runs.push({
        beforeLoadMs,
        healthyAfterMs: server.healthyAfterMs,
        reportedLoadMs: server.reportedLoadMs,
        rssBytes: memory?.rss ?? NaN,
        peakBytes: memory?.peak ?? NaN,
      });
      options.log?.(
        `  run ${run + 1}: healthy after ${server.healthyAfterMs.toFixed(0)} ms (index loaded in ${server.reportedLoadMs ?? '?'} ms), RSS ` +
          `${((memory?.rss ?? NaN) / 2 ** 20).toFixed(0)} MiB`,
      );
    } finally {
      await server.stop();
    }
  }
  return {
    runs,
    beforeLoadMs: spread(runs.flatMap((run) => (run.beforeLoadMs === null ? [] : [run.beforeLoadMs]))),
    healthyAfterMs: spread(runs.map((run) => run.healthyAfterMs)),
    reportedLoadMs: spread(runs.flatMap((run) => (run.reportedLoadMs === null ? [] : [run.reportedLoadMs]))),
    rssBytes: spread(runs.map((run) => run.rssBytes)),
  };
};
