import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/**
 * A local PostgreSQL-compatible server for development and tests: PGlite (PostgreSQL compiled to
 * WebAssembly) with its pgvector extension, served over the PostgreSQL wire protocol so that the
 * store talks to it with node-postgres exactly as to a real server. PGlite has one session;
 * the socket server queues the connections' queries and keeps a transaction's queries together.
 */

/** Frontend messages of the extended query protocol that a Sync ends: Parse, Bind, Describe, Execute, Close, Flush. */
const extendedMessages = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((type) => type.charCodeAt(0)));
const sync = 'S'.charCodeAt(0);

/**
 * PGlite as the socket server sees it, except that `isInTransaction()` is also true while one
 * connection's extended-protocol sequence (Parse … Sync) is open. pglite-socket 0.2 queues single
 * protocol messages and keeps serving one connection only inside a transaction; between them it
 * interleaves connections. node-postgres sends a parameterized query as Parse, Bind, Describe,
 * Execute, Sync, and when they arrive in more than one TCP read (a Bind with large arrays) another
 * connection's Parse could replace the session's unnamed statement in between: that connection's
 * Bind then ran the other query with its own parameters and got the other query's rows («bind
 * message supplies 2 parameters, but prepared statement "" requires 1», or silently wrong rows:
 * «postings for chunks 102, which it does not hold» in a parity test). The queue resumes other
 * connections at the Sync; `exec` is only called to roll back after a connection left mid-sequence.
 */
export const serialisedSessions = (db: PGlite): PGlite => {
  let open = false;
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'isInTransaction') return () => open || target.isInTransaction();
      if (property === 'execProtocolRawStream')
        return (message: Uint8Array, options: Parameters<PGlite['execProtocolRawStream']>[1]) => {
          const type = message[0] ?? 0;
          open = extendedMessages.has(type) ? true : type === sync ? false : open && type !== 'Q'.charCodeAt(0) && type !== 'X'.charCodeAt(0);
          return target.execProtocolRawStream(message, options);
        };
      if (property === 'exec')
        return (...args: Parameters<PGlite['exec']>) => {
          open = false;
          return target.exec(...args);
        };
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
};
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
  const server = new PGLiteSocketServer({ db: serialisedSessions(db), port: options.port, host, maxConnections: options.maxConnections ?? 32 });
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
