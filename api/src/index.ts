/**
 * Serves the API and the built web UI on one port; loads (and later hot-reloads) the verified index after listening.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { commands, loadAssistant } from '@kildesvar/core';
import { KildesvarError, isKildesvarError } from '@kildesvar/core/errors';
import { createApp } from './app';
import { LoadingSource, type AssistantSource } from './assistant-source';
import { loadConfig, workLimits } from './config';
import { boundHeapGrowth } from './heap-growth';
import { IndexSource } from './index-source';
import { loadPostgresStore, type LoadedStore } from './load-store';
import { createMetrics } from './observe/metrics';
import { selfQuery } from './readiness';
import { handleClientError } from './server/client-error';
import { describeListenError } from './server/listen-error';
import { gracefulShutdown } from './server/shutdown';

const config = loadConfig();
const log = (message: string) => console.log(message);
// STORE=files: verified builds behind the `current` pointer, hot-reloaded. STORE=postgres: the active generation, polled.
const indexSource =
  config.store === 'files'
    ? new IndexSource({
        indexDir: config.indexDir,
        load: (directory) => loadAssistant({ ...config, indexDir: directory, log }),
        selfCheck: selfQuery,
        log,
        onReload: (result) => metrics.reloads.inc({ result }),
      })
    : null;
const databaseSource = new LoadingSource();
const source: AssistantSource = indexSource ?? databaseSource;
const metrics = createMetrics({ processMetrics: true, indexStatus: () => source.status?.() ?? { ready: false, generation: 0 } });
const app = createApp({
  source,
  corsOrigin: config.corsOrigin,
  bodyLimitBytes: config.bodyLimitBytes,
  limits: workLimits(config),
  allowedHosts: config.allowedHosts,
  accessLog: config.accessLog ? (line) => console.log(line) : undefined,
  metrics,
});

const indexHtml = path.join(config.webDist, 'index.html');
if (existsSync(indexHtml)) {
  const page = readFileSync(indexHtml, 'utf8');
  app.use('*', serveStatic({ root: path.relative(process.cwd(), config.webDist) || '.' }));
  app.get('*', (context) => (context.req.path.startsWith('/api/') ? context.notFound() : context.html(page)));
} else console.warn(`No built web UI at ${config.webDist} (run \`${commands.buildWeb}\`); serving the API only.`);

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`Kildesvar is loading the index; it will answer at http://${host}:${info.port}`);
}) as Server;
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(describeListenError(error, config.host, config.port));
  process.exit(1);
});
server.on(
  'clientError',
  handleClientError(() => metrics.rejected.inc({ reason: 'malformed' })),
);

const started = performance.now();
let store: LoadedStore | null = null;
const loadDatabase = async (): Promise<void> => {
  try {
    store = await loadPostgresStore(config, log);
    await selfQuery(store.assistant);
    databaseSource.ready(store.assistant);
  } catch (error) {
    const failure = isKildesvarError(error) ? error : new KildesvarError('internal', error instanceof Error ? error.message : String(error));
    databaseSource.fail(failure);
    console.error(`Kildesvar could not load its index: ${failure.message}`);
    process.exitCode = 1;
    await store?.close();
    server.close();
  }
};
void (indexSource ? indexSource.refresh() : loadDatabase()).then(() => {
  // Bounded once loaded: set at start it made loading the index collect more often (server CPU to healthy +9 %, bench/README session 17).
  boundHeapGrowth(config.heapGrowingPercent);
  if (!source.status?.().ready) return;
  const health = source.require().health();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const served = indexSource ? `index build ${indexSource.describe().build}` : `store postgres generation ${health.generation ?? '?'}`;
  console.log(
    `Kildesvar ready at http://${config.host}:${port} (${health.documents} documents, ${health.chunks} chunks, embedder ${health.embedder.id}, ` +
      `${served}, loaded in ${Math.round(performance.now() - started)} ms, self-test passed)`,
  );
});
if (indexSource && config.indexWatchMs > 0) indexSource.watch(config.indexWatchMs);

const shutdown = gracefulShutdown(server, {
  deadlineMs: config.shutdownTimeoutMs,
  log,
  beforeClose: () => indexSource?.stop(),
  afterClose: async () => store?.close(),
});
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
