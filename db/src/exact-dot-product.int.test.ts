import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exactDotProduct } from '@kildesvar/core';
import { debianPostgresAvailable, startDebianPostgres, type DebianPostgres } from './debian-postgres';

/**
 * The exact dense scan without pgvector sums `column[i] * query[i]` as one SQL expression; it must
 * equal, to the bit, the `unnest` aggregate it replaced (the file store's ranking test relies on it).
 */
const available = debianPostgresAvailable();
if (!available && process.env.CI) throw new Error("CI needs Debian's postgresql package (PostgreSQL 15): .ci/run installs it.");

/** A deterministic generator (mulberry32), so a failure can be replayed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
  return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
};

describe.skipIf(!available)('exactDotProduct on Debian PostgreSQL 15', () => {
  let server: DebianPostgres;
  let pool: pg.Pool;
  const dimensions = 37;
  const next = random(12);
  const vector = () => Array.from({ length: dimensions }, () => (next() - 0.5) * 10 ** Math.floor(next() * 6 - 3));

  beforeAll(async () => {
    server = await startDebianPostgres();
    pool = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });
    pool.on('error', () => undefined);
    await pool.query('CREATE TABLE v (n integer, embedding real[])');
    for (let n = 0; n < 200; n += 1) await pool.query('INSERT INTO v VALUES ($1, $2::real[])', [n, vector()]);
  }, 120_000);

  afterAll(async () => {
    await pool?.end();
    await server?.stop();
  });

  it('equals the unnest sum to the bit for every row', async () => {
    for (let round = 0; round < 5; round += 1) {
      const query = vector();
      const values: unknown[] = [query];
      const product = exactDotProduct('v.embedding', query, values);
      const result = await pool.query<{ n: number; expression: number; aggregate: number; same: boolean }>(
        `SELECT n, e AS expression, a AS aggregate, e = a AS same FROM (
           SELECT n, ${product} AS e, (SELECT sum(x::float8 * y) FROM unnest(v.embedding, $1::float8[]) AS u(x, y)) AS a FROM v
         ) s ORDER BY n`,
        values,
      );
      expect(result.rows).toHaveLength(200);
      expect(result.rows.filter((row) => !row.same)).toEqual([]);
      // Not trivially equal: the products differ from row to row.
      expect(new Set(result.rows.map((row) => row.expression)).size).toBeGreaterThan(190);
    }
  });

  it('is 0 for an empty query', () => {
    expect(exactDotProduct('v.embedding', [], [])).toBe('0');
  });
});
