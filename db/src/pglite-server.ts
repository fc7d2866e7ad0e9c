import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * A local PostgreSQL-compatible server for development and tests: PGlite (PostgreSQL compiled to
 * WebAssembly) with its pgvector extension, served over the PostgreSQL wire protocol so that the
 * store talks to it with node-postgres exactly as to a real server. PGlite has one session;
 * the socket server queues the connections' queries and keeps a transaction's queries together.
 */
export interface PgliteServerOptions {
  /** Data folder; in memory when absent. */
  dataDir?: string;
  /** 0 lets the system pick a free port. */
  port: number;
  host?: string;
  maxConnections?: number;
}

export interface PgliteServer {
  databaseUrl: string;
  port: number;
  stop(): Promise<void>;
}

export const startPgliteServer = async (options: PgliteServerOptions): Promise<PgliteServer> => {
  const db = await PGlite.create({ dataDir: options.dataDir, extensions: { vector } });
  const host = options.host ?? '127.0.0.1';
  const server = new PGLiteSocketServer({ db, port: options.port, host, maxConnections: options.maxConnections ?? 32 });
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(':').pop());
  return {
    databaseUrl: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    port,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
};
