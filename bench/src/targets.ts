import type { BenchReport, TargetCheck } from './bench-report';

const check = (name: string, target: string, limit: number, value: number | undefined, unit: string, direction: 'at most' | 'at least'): TargetCheck => {
  if (value === undefined || Number.isNaN(value)) return { name, target, measured: 'not measured', met: null, miss: '' };
  const met = direction === 'at most' ? value <= limit : value >= limit;
  const gap = Math.abs(value - limit);
  const digits = unit === 's' ? 3 : unit === 'ms' ? 2 : 0;
  return {
    name,
    target,
    measured: `${value.toFixed(digits)} ${unit}`,
    met,
    miss: met
      ? ''
      : `${direction === 'at most' ? '+' : '−'}${gap.toFixed(digits)} ${unit} (${((gap / limit) * 100).toFixed(1)} % ` +
        `${direction === 'at most' ? 'over' : 'under'})`,
  };
};

/** The targets checked against what this run measured; a miss says by how much. */
export const checkTargets = (report: Omit<BenchReport, 'targets'>): TargetCheck[] => {
  const search = report.query?.stages['search (end to end)'];
  const http8 = report.http?.cells.find((cell) => cell.endpoint === 'search' && cell.connections === 8);
  const httpErrors = report.http ? report.http.cells.reduce((sum, cell) => sum + cell.errors, 0) : undefined;
  const warmRss = report.http?.memory[1]?.rssBytes;
  const growthMiB = report.http ? report.http.rssGrowthBytes / 2 ** 20 : undefined;
  const growthLimitMiB = warmRss ? Math.max(16, (warmRss / 2 ** 20) * 0.05) : 16;
  return [
    check('Search p50, in process', '≤ 5 ms', 5, search?.p50.median, 'ms', 'at most'),
    check('Search p95, in process', '≤ 20 ms', 20, search?.p95.median, 'ms', 'at most'),
    check('/api/search throughput at concurrency 8', '≥ 500 req/s', 500, http8?.requestsPerSecond.median, 'req/s', 'at least'),
    check('/api/search p95 at concurrency 8', '≤ 50 ms', 50, http8?.p95.median, 'ms', 'at most'),
    check('HTTP errors, all runs', '0', 0, httpErrors, 'errors', 'at most'),
    check(
      'RSS growth under load (warm-up → last round)',
      `≤ ${growthLimitMiB.toFixed(0)} MiB (noise: max of 16 MiB and 5 % of RSS)`,
      growthLimitMiB,
      growthMiB,
      'MiB',
      'at most',
    ),
    check('Full ingest of the corpus (runIngest, cold)', '≤ 20 s', 20, report.ingest?.cold.totalSeconds.median, 's', 'at most'),
    check('`npm run ingest` in a fresh process, cold', '≤ 20 s', 20, report.ingest?.process.coldSeconds.median, 's', 'at most'),
    check(
      'Ingest with nothing changed (runIngest, warm)',
      '≤ 0.5 s and skipped',
      0.5,
      report.ingest ? (report.ingest.warm.skipped ? report.ingest.warm.milliseconds.median / 1000 : Infinity) : undefined,
      's',
      'at most',
    ),
    check(
      'Start-up to /api/health 200 with an existing index',
      '≤ 3 s',
      3,
      report.startup ? report.startup.healthyAfterMs.median / 1000 : undefined,
      's',
      'at most',
    ),
  ];
};
