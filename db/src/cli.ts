/**
 * `npm run db`: a local PostgreSQL-compatible server (PGlite + pgvector) for `STORE=postgres`.
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeIssues } from '@kildesvar/core/describe-issues';
import { KildesvarError } from '@kildesvar/core/errors';
import { startPgliteServer } from './pglite-server';

const usage = `Usage: npm run db

Starts PGlite (PostgreSQL in WebAssembly, with pgvector) as a server on 127.0.0.1 and prints its
DATABASE_URL. Data is kept in PGDATA between runs. Stop it with Ctrl-C.

Environment: PGPORT (default 5433), PGDATA (default .pgdata/)`;

const environmentSchema = z.object({
  PGPORT: z.coerce.number({ error: 'PGPORT must be a port number' }).int().min(0).max(65535).default(5433),
  PGDATA: z.string().min(1).default('.pgdata'),
});

const main = async (): Promise<void> => {
  const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h', default: false } }, strict: true });
  if (values.help) {
    console.log(usage);
    return;
  }
  const parsed = environmentSchema.safeParse(process.env);
  if (!parsed.success) throw new KildesvarError('config_invalid', `Invalid configuration (environment variables): ${describeIssues(parsed.error.issues)}`);
  const dataDir = path.resolve(parsed.data.PGDATA);
  const server = await startPgliteServer({ dataDir, port: parsed.data.PGPORT });
  console.log(`PGlite (with pgvector) is serving ${dataDir}`);
  console.log(`DATABASE_URL=${server.databaseUrl}`);
  console.log('Then: STORE=postgres DATABASE_URL=… npm run ingest, and STORE=postgres DATABASE_URL=… npm start');
  const stop = () => {
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error: unknown) => {
  console.error(`db failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
