import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPgliteServer, type PgliteServer } from './pglite-server';

describe('the PGlite socket server', () => {
  let server: PgliteServer;
  let pool: pg.Pool;

  beforeAll(async () => {
    server = await startPgliteServer({ port: 0 });
    pool = new pg.Pool({ connectionString: server.databaseUrl, max: 6 });
  });

  afterAll(async () => {
    await pool.end();
    await server.stop();
  });

  it('keeps each connection’s parameterized queries whole when connections send at once (a Bind larger than one TCP read included)', async () => {
    // Large enough that its Bind arrives in several reads, which let another connection's Parse in between before.
    const ids = Array.from({ length: 30_000 }, (_, index) => `chunk-${index}-0123456789abcdef`);
    const failures: string[] = [];
    const check = async (query: Promise<pg.QueryResult>, expected: Record<string, unknown>) => {
      try {
        const row = (await query).rows[0] as Record<string, unknown> | undefined;
        if (JSON.stringify(row) !== JSON.stringify(expected)) failures.push(`got ${JSON.stringify(row)}, expected ${JSON.stringify(expected)}`);
      } catch (error) {
        failures.push(error instanceof Error ? error.message : String(error));
      }
    };
    const inTransaction = async (round: number) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SET LOCAL work_mem = '8MB'`);
        await check(client.query('SELECT $1::int * 3 AS tripled', [round]), { tripled: round * 3 });
        await client.query('COMMIT');
      } finally {
        client.release();
      }
    };
    for (let round = 0; round < 15; round += 1)
      await Promise.all([
        check(pool.query('SELECT $1::int + 1000 AS plus', [round]), { plus: round + 1000 }),
        check(pool.query('SELECT $1::int * 10 AS times, cardinality($2::text[]) AS ids', [round, ids]), { times: round * 10, ids: ids.length }),
        inTransaction(round),
        check(pool.query('SELECT $1::text AS text', [`r${round}`]), { text: `r${round}` }),
        check(pool.query('SELECT $1::int * 10 AS times, cardinality($2::text[]) AS ids', [round, ids]), { times: round * 10, ids: ids.length }),
      ]);
    expect(failures).toEqual([]);
  }, 120_000);
});
