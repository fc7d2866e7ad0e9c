/**
 * Serves the API and the built web UI on one port; loads the index once, after listening.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { commands } from '@kildesvar/core';
import { KildesvarError, isKildesvarError } from '@kildesvar/core/errors';
import { createApp } from './app';
import { LoadingSource } from './assistant-source';
import { loadConfig } from './config';
import { loadStore, type LoadedStore } from './load-store';

const config = loadConfig();
const source = new LoadingSource();
const app = createApp({ source, corsOrigin: config.corsOrigin, bodyLimitBytes: config.bodyLimitBytes });

const indexHtml = path.join(config.webDist, 'index.html');
if (existsSync(indexHtml)) {
  const page = readFileSync(indexHtml, 'utf8');
  app.use('*', serveStatic({ root: path.relative(process.cwd(), config.webDist) || '.' }));
  app.get('*', (context) => (context.req.path.startsWith('/api/') ? context.notFound() : context.html(page)));
} else console.warn(`No built web UI at ${config.webDist} (run \`${commands.buildWeb}\`); serving the API only.`);

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`Kildesvar is loading the index; it will answer at http://${host}:${info.port}`);
});

const started = performance.now();
let store: LoadedStore | null = null;
loadStore(config, (message) => console.log(message))
  .then((loaded) => {
    store = loaded;
    const { assistant } = loaded;
    source.ready(assistant);
    const health = assistant.health();
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(
      `Kildesvar ready at http://${config.host}:${port} (${health.documents} documents, ${health.chunks} chunks, embedder ${health.embedder.id}, store ${health.store ?? 'files'}${health.generation && health.store === 'postgres' ? ` generation ${health.generation}` : ''}, loaded in ${Math.round(performance.now() - started)} ms)`,
    );
  })
  .catch((error: unknown) => {
    const failure = isKildesvarError(error) ? error : new KildesvarError('internal', String(error));
    source.fail(failure);
    console.error(`Kildesvar could not load its index: ${failure.message}`);
    process.exitCode = 1;
    server.close();
  });

const shutdown = () => server.close(() => void (store?.close() ?? Promise.resolve()).finally(() => process.exit(0)));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
