import type { BenchReport } from './bench-report';
import { fixed, mebibytes, spreadText, table } from './format';
import { queryStages } from './query-stages';
import { renderFindings } from './report-findings-markdown';
import { renderComparisons, renderScale } from './report-scale-markdown';

const renderHeader = (report: BenchReport): string => {
  const environment = report.environment;
  const settings = report.settings;
  return [
    '# Kildesvar benchmark',
    '',
    `- **Date:** ${environment.date}  `,
    `- **Machine:** ${environment.cores} cores (${environment.cpuModel}), ${mebibytes(environment.memoryBytes)} MiB RAM, ${environment.platform}, ` +
      `load average at start ${environment.loadAverage.join(' / ')}`,
    `- **Node:** ${environment.node}; commit ${environment.commit ?? 'unknown'} (plus the working tree)`,
    `- **Index:** ${report.index.directory}: ${report.index.documents} documents, ${report.index.chunks} chunks, embedder ${report.index.embedder} ` +
      `(${report.index.prepared})`,
    `- **Run:** ${fixed(report.durationSeconds, 0)} s in all${settings.quick ? ' (--quick)' : ''}; ${settings.runs} runs per ingest/start-up ` +
      `measurement, ${settings.queryPasses} passes over the eval questions, ${settings.httpRounds} HTTP rounds; time budget ${settings.budgetSeconds} s`,
    '',
    'Timings on a shared machine are noisy: a value shown as `m (a–b)` is the median of several runs with their minimum and maximum; alternatives are ' +
      'compared as ratios measured in the same run.',
  ].join('\n');
};

const renderTargets = (report: BenchReport): string =>
  [
    '## Targets',
    '',
    table(
      ['target', 'goal', 'measured (median)', 'met', 'missed by'],
      report.targets.map((target) => [
        target.name,
        target.target,
        target.measured,
        target.met === null ? 'not measured' : target.met ? 'yes' : '**no**',
        target.miss,
      ]),
    ),
  ].join('\n');

const renderIngest = (report: BenchReport): string => {
  const ingest = report.ingest;
  if (!ingest) return '## Ingest\n\nNot measured.';
  const stageRows = Object.entries(ingest.cold.stageSeconds).map(([stage, seconds]) => [stage, spreadText(seconds, 3)]);
  return [
    '## Ingest (real corpus, corpus embedder, temporary index folders)',
    '',
    `Cold \`runIngest\` (empty index folder): **${spreadText(ingest.cold.totalSeconds, 2)} s**, ${spreadText(ingest.cold.chunksPerSecond, 0)} ` +
      `chunks/s (${ingest.cold.runs[0]?.chunks ?? '–'} chunks). ` +
      `Again with nothing changed: **${spreadText(ingest.warm.milliseconds, 1)} ms** (${ingest.warm.skipped ? 'skipped' : '**not skipped**'}: ` +
      `${ingest.warm.reason}).`,
    '',
    `\`npm run ingest\` in a fresh process (wall clock, Node and tsx start-up included): cold ${spreadText(ingest.process.coldSeconds, 2)} s, nothing ` +
      `changed ${spreadText(ingest.process.warmSeconds, 2)} s.`,
    '',
    table(['runIngest stage (cold)', 'seconds'], stageRows),
    '',
    '`embed` includes training the corpus embedder (LSA) on the chunks; `index` writes chunks, embedder state, the HNSW index and the pruned English ' +
      'dictionary. ' +
      'The building blocks below split `clean` and `dedup+chunk` (dedup here without the artefact scores, which only choose the canonical copy):',
    '',
    table(
      ['building block', 'seconds'],
      Object.entries(ingest.buildingBlocks).map(([stage, seconds]) => [stage, spreadText(seconds, 3)]),
    ),
  ].join('\n');
};

const renderStartup = (report: BenchReport): string => {
  const startup = report.startup;
  if (!startup) return '## Start-up\n\nNot measured.';
  return [
    '## Start-up (existing index)',
    '',
    `\`node --import tsx api/src/index.ts\` spawned → first \`/api/health\` 200: **${spreadText(startup.healthyAfterMs, 0)} ms**. ` +
      `Of that, the server reports ${spreadText(startup.reportedLoadMs, 0)} ms loading the index ` +
      `(reading chunks and embedder state, analysing every chunk and sentence, building both BM25 indexes, loading HNSW); the other ` +
      `${spreadText(startup.beforeLoadMs, 0)} ms go before it (Node starts, tsx transpiles the TypeScript, modules are imported; plus up to 10 ms ` +
      `of polling). ` +
      `Resident memory once loaded: **${spreadText(startup.rssBytes, 1, 1 / 2 ** 20)} MiB** (peak ` +
      `${mebibytes(Math.max(...startup.runs.map((run) => run.peakBytes)))} MiB).`,
  ].join('\n');
};

const renderQuery = (report: BenchReport): string => {
  const query = report.query;
  if (!query) return '## Query path in process\n\nNot measured.';
  return [
    '## Query path, in process (hybrid, k = 10)',
    '',
    `${query.questions} eval questions × ${query.passes} passes after one warm-up pass; each cell is the median over passes of that pass's percentile ` +
      `(min–max over passes), in ms. ` +
      'The stages are timed inside `Retriever.retrieve` itself (its named stages), so they are the code the API runs.',
    '',
    table(
      ['stage', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms (all passes)'],
      queryStages.map((stage) => [
        stage,
        spreadText(query.stages[stage].p50, 3),
        spreadText(query.stages[stage].p95, 3),
        spreadText(query.stages[stage].p99, 3),
        fixed(query.pooled[stage].mean, 3),
      ]),
    ),
    '',
    '`lexical` is BM25 over chunks and over sentences (100 and 300 candidates); `rerank` scores every sentence of the top 30 fused chunks against the ' +
      'question (the second stage); ' +
      '`search (end to end)` is `assistant.search` (analyse + retrieve + results), `chat (end to end)` is `assistant.chat` (which prepares the ' +
      'question twice, retrieves and composes).',
  ].join('\n');
};

const renderHttp = (report: BenchReport): string => {
  const http = report.http;
  if (!http) return '## HTTP under load\n\nNot measured.';
  return [
    '## HTTP under load (autocannon → the API server on 127.0.0.1)',
    '',
    `Fixed request counts per run, cycling through the eval questions (search: \`GET /api/search?q=…&k=10\`; chat: \`POST /api/chat\` with \`Accept: ` +
      `application/json\`), ` +
      `${report.settings.httpRounds} rounds after a warm-up. autocannon runs in the bench process on the same ${report.environment.cores} cores as ` +
      `the server, so it takes CPU from it. ` +
      'Latencies in ms, from every response; throughput up to the last response (autocannon itself ends a run on a whole-second tick); server CPU ' +
      'from /proc (user + system), where 1.00 cores means one core busy all the time.',
    '',
    table(
      ['endpoint', 'connections', 'requests/run', 'requests/s', 'p50', 'p95', 'p99', 'errors', 'server CPU ms/request', 'server CPU (cores)'],
      http.cells.map((cell) => [
        `/api/${cell.endpoint}`,
        String(cell.connections),
        String(cell.requestsPerRun),
        spreadText(cell.requestsPerSecond, 0),
        spreadText(cell.p50, 1),
        spreadText(cell.p95, 1),
        spreadText(cell.p99, 1),
        String(cell.errors),
        spreadText(cell.serverCpuMsPerRequest, 2),
        spreadText(cell.serverCpuShare, 2),
      ]),
    ),
    '',
    table(
      ['server memory', 'RSS MiB', 'peak MiB'],
      http.memory.map((reading) => [reading.label, mebibytes(reading.rssBytes), mebibytes(reading.peakBytes)]),
    ),
    '',
    `RSS change from after the warm-up to after the last round: ${fixed(http.rssGrowthBytes / 2 ** 20, 1)} MiB.`,
  ].join('\n');
};

const renderHistory = (report: BenchReport): string => {
  const history = report.history;
  if (!history) return '';
  return [
    '## Long conversation history (in process)',
    '',
    `CPU time per chat request, ${history.questions} eval questions: fresh, and as a short follow-up after ` +
      `${history.messagesInHistory} messages of ${history.charsPerMessage.toLocaleString('en')} characters.`,
    '',
    table(
      ['request', 'CPU ms (mean)'],
      [
        ['fresh question', fixed(history.normalCpuMs, 2)],
        ['follow-up after the long history', fixed(history.longHistoryCpuMs, 2)],
        ['ratio', fixed(history.ratio, 2)],
      ],
    ),
  ].join('\n');
};

const renderAbuse = (report: BenchReport): string => {
  if (!report.abuse) return '## Abusive vs normal requests\n\nNot measured.';
  return [
    '## Abusive vs normal requests (one at a time, server with its default deadline and concurrency cap)',
    '',
    'What one request can cost the server: wall time, server CPU (from /proc) and the status it got, and how long `GET /api/health` took while it ran. ' +
      'Abusive requests are the largest the API accepts: a 2,000-character question of distinct words, ' +
      'and a conversation filling the body limit with a short follow-up. Not asserted anywhere; run it on the machine you care about.',
    '',
    table(
      ['request', 'bytes sent', 'statuses', 'median ms', 'max ms', 'server CPU ms/request', 'health meanwhile ms'],
      report.abuse.map((row) => [
        row.request,
        String(row.bodyBytes),
        row.statuses,
        fixed(row.medianMs, 1),
        fixed(row.maxMs, 1),
        row.serverCpuMs === null ? '–' : fixed(row.serverCpuMs, 1),
        fixed(row.healthDuringMs, 1),
      ]),
    ),
  ].join('\n');
};

/** bench/results/latest.md: machine first, then the targets, then each measurement in detail. */
export const renderMarkdown = (report: BenchReport): string =>
  [
    renderHeader(report),
    renderTargets(report),
    renderFindings(report),
    renderIngest(report),
    renderStartup(report),
    renderQuery(report),
    renderHistory(report),
    renderHttp(report),
    renderAbuse(report),
    renderComparisons(report),
    renderScale(report),
    report.failures.length
      ? ['## Sections that failed', '', ...report.failures.map((failure) => `- **${failure.section}:** ${failure.message}`)].join('\n')
      : '',
  ]
    .filter(Boolean)
    .map((section) => `${section}\n`)
    .join('\n');
