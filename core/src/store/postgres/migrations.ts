import type { Pool, PoolClient } from 'pg';
import { KildesvarError } from '../../errors';
import { listBlocksFrom } from './dense-lists-scan';

/**
 * The database schema, as numbered migrations applied in order by ingest (each in its own
 * transaction, under an advisory lock so that two ingests do not race). A database migrated by a
 * newer Kildesvar is refused: its tables may mean something this code does not know.
 *
 * Everything corpus-shaped carries a `generation`: ingest writes a whole new generation in one
 * transaction and points `kildesvar_active` at it at commit. The dense index of a generation is a
 * table of its own, `kildesvar_vectors_<generation>` (pgvector `vector(n)` with HNSW), created in
 * that transaction; without pgvector the vectors stay in `kildesvar_chunks.embedding` (real[]) and
 * are searched exactly, or, in a large generation, through dense lists (`dense-lists.ts`, version 5).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'generations, documents, chunks, sentences, postings, term weights',
    sql: `
CREATE SEQUENCE kildesvar_generation_seq;
CREATE TABLE kildesvar_generations (
  generation bigint PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  manifest jsonb NOT NULL,
  embedder_state json,
  english json,
  language json,
  lexical jsonb NOT NULL,
  chunk_count integer NOT NULL,
  dense text NOT NULL CHECK (dense IN ('hnsw', 'exact'))
);
CREATE TABLE kildesvar_active (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  generation bigint NOT NULL REFERENCES kildesvar_generations (generation)
);
CREATE TABLE kildesvar_documents (
  generation bigint NOT NULL REFERENCES kildesvar_generations (generation) ON DELETE CASCADE,
  file text NOT NULL,
  entry jsonb NOT NULL,
  chars integer NOT NULL,
  text text NOT NULL,
  PRIMARY KEY (generation, file)
);
CREATE TABLE kildesvar_chunks (
  generation bigint NOT NULL REFERENCES kildesvar_generations (generation) ON DELETE CASCADE,
  chunk_no integer NOT NULL,
  id text NOT NULL,
  file text NOT NULL,
  year_from integer NOT NULL,
  year_to integer NOT NULL,
  chunk json NOT NULL,
  analysis json NOT NULL,
  embedding real[] NOT NULL,
  norm double precision NOT NULL,
  PRIMARY KEY (generation, chunk_no)
);
CREATE INDEX kildesvar_chunks_id ON kildesvar_chunks (generation, id);
CREATE TABLE kildesvar_sentences (
  generation bigint NOT NULL REFERENCES kildesvar_generations (generation) ON DELETE CASCADE,
  sentence_no integer NOT NULL,
  chunk_no integer NOT NULL,
  position integer NOT NULL,
  PRIMARY KEY (generation, sentence_no)
);
CREATE TABLE kildesvar_postings (
  generation bigint NOT NULL REFERENCES kildesvar_generations (generation) ON DELETE CASCADE,
  unit text NOT NULL CHECK (unit IN ('chunks', 'sentences')),
  field text NOT NULL,
  term text NOT NULL,
  idf double precision NOT NULL,
  documents integer[] NOT NULL,
  frequencies integer[] NOT NULL,
  weights real[] NOT NULL,
  PRIMARY KEY (generation, unit, field, term)
);
CREATE TABLE kildesvar_term_weights (
  generation bigint NOT NULL REFERENCES kildesvar_generations (generation) ON DELETE CASCADE,
  stem text NOT NULL,
  chunk_frequency integer NOT NULL,
  PRIMARY KEY (generation, stem)
);
`,
  },
  {
    version: 2,
    name: 'BM25 over the postings as one function, summed by hashing',
    // The planner cannot know how many postings a term's arrays unnest to and would sort them all to
    // group them; inside this function it must hash instead (and never JIT-compiles a query this
    // short). Contributions arrive, and are summed, in query-term order, as the in-memory index sums them.
    sql: `
CREATE FUNCTION kildesvar_bm25(p_generation bigint, p_unit text, p_fields text[], p_terms text[], p_weights float8[], p_depth integer)
RETURNS TABLE (document integer, score float8)
LANGUAGE sql STABLE
SET enable_sort = off
SET jit = off
AS $$
  SELECT p.document, sum(q.field_weight * t.idf * p.weight) AS score
  FROM unnest(p_fields, p_terms, p_weights) WITH ORDINALITY AS q(field, term, field_weight, position)
  JOIN kildesvar_postings t ON t.generation = p_generation AND t.unit = p_unit AND t.field = q.field AND t.term = q.term
  CROSS JOIN LATERAL unnest(t.documents, t.weights) AS p(document, weight)
  GROUP BY p.document
  HAVING sum(q.field_weight * t.idf * p.weight) > 0
  ORDER BY score DESC, p.document
  LIMIT p_depth
$$;
`,
  },
  {
    version: 3,
    name: 'kildesvar_bm25 hashes in memory (work_mem 16MB)',
    // At 100× the corpus a sentence query's terms reach ~110,000 documents: 18 MB of hash table,
    // over the default limit (work_mem 4MB × hash_mem_multiplier 2), so the sum spilled to disk in
    // 5 batches. 16MB (a 32 MB hash limit) keeps it in memory; it is taken only while the function runs.
    sql: `ALTER FUNCTION kildesvar_bm25(bigint, text, text[], text[], float8[], integer) SET work_mem = '16MB';`,
  },
  {
    version: 4,
    name: 'posting rows also packed as uncompressed bytes for the API',
    // The API reads a query's rows by binary COPY (posting-transfer.ts): 8 bytes a posting, where
    // array_send as base64 text was 10.7 and the arrays are stored compressed. EXTERNAL keeps the
    // bytes out of line but uncompressed (document numbers and weights barely compress). Rows of
    // generations written before stay NULL here and are read as before.
    sql: `ALTER TABLE kildesvar_postings ADD COLUMN packed bytea;
ALTER TABLE kildesvar_postings ALTER COLUMN packed SET STORAGE EXTERNAL;`,
  },
  {
    version: 5,
    name: 'dense lists (IVF in plain tables) for large generations without pgvector',
    // dense-lists.ts: each list's centroid, and each chunk's vector again under its list, in rows
    // ordered by list, so that a search reads the probed lists' vectors as a few index ranges of
    // narrow rows (not the wide chunk rows). Generations written before keep dense 'exact'.
    sql: `ALTER TABLE kildesvar_generations DROP CONSTRAINT kildesvar_generations_dense_check;
ALTER TABLE kildesvar_generations ADD CONSTRAINT kildesvar_generations_dense_check CHECK (dense IN ('hnsw', 'exact', 'lists'));
CREATE TABLE kildesvar_dense_lists (
  generation bigint NOT NULL REFERENCES kildesvar_generations (generation) ON DELETE CASCADE,
  list integer NOT NULL,
  centroid real[] NOT NULL,
  PRIMARY KEY (generation, list)
);
CREATE TABLE kildesvar_list_vectors (
  generation bigint NOT NULL REFERENCES kildesvar_generations (generation) ON DELETE CASCADE,
  list integer NOT NULL,
  chunk_no integer NOT NULL,
  embedding real[] NOT NULL,
  norm double precision NOT NULL,
  PRIMARY KEY (generation, list, chunk_no)
);`,
  },
  {
    version: 6,
    name: 'posting rows compact (varint gaps and frequencies) with the field lengths their weights are computed from',
    // compact-postings.ts: ~2 bytes a posting on the wire where packed is 8. The API computes the
    // weights from the frequencies and kildesvar_field_lengths (each field's document lengths by
    // document number, uint32 little-endian), with the index's own formula. Generations written
    // before keep packed and no lengths, and are read as before.
    sql: `ALTER TABLE kildesvar_postings ADD COLUMN compact bytea;
ALTER TABLE kildesvar_postings ALTER COLUMN compact SET STORAGE EXTERNAL;
CREATE TABLE kildesvar_field_lengths (
  generation bigint NOT NULL REFERENCES kildesvar_generations (generation) ON DELETE CASCADE,
  unit text NOT NULL CHECK (unit IN ('chunks', 'sentences')),
  field text NOT NULL,
  lengths bytea NOT NULL,
  PRIMARY KEY (generation, unit, field)
);`,
  },
  {
    version: 7,
    name: "each dense list's vectors in one row of bytes for the API",
    // dense-lists-scan.ts: the API computes the probed lists' dot products itself and reads each
    // list as one row (its chunk numbers, norms and float4 elements, big-endian as PostgreSQL sends
    // them), ~16 rows a search where kildesvar_list_vectors gives ~1,500. Derived in SQL from
    // kildesvar_list_vectors (so the bytes are the stored float4s), here for the generations written
    // before and by ingest for each new one.
    sql: `CREATE TABLE kildesvar_list_blocks (
  generation bigint NOT NULL REFERENCES kildesvar_generations (generation) ON DELETE CASCADE,
  list integer NOT NULL,
  chunks bytea NOT NULL,
  norms bytea NOT NULL,
  vectors bytea NOT NULL,
  PRIMARY KEY (generation, list)
);
ALTER TABLE kildesvar_list_blocks ALTER COLUMN chunks SET STORAGE EXTERNAL;
ALTER TABLE kildesvar_list_blocks ALTER COLUMN norms SET STORAGE EXTERNAL;
ALTER TABLE kildesvar_list_blocks ALTER COLUMN vectors SET STORAGE EXTERNAL;
${listBlocksFrom('true')};`,
  },
];

export const SCHEMA_VERSION = Math.max(...migrations.map((migration) => migration.version));

/** An arbitrary constant: the advisory lock ingest holds while it migrates or writes a generation. */
export const INGEST_LOCK = 7_415_020_261;

const appliedVersion = async (client: PoolClient): Promise<number> => {
  const exists = await client.query<{ present: boolean }>(`SELECT to_regclass('kildesvar_migrations') IS NOT NULL AS present`);
  if (!exists.rows[0]?.present) return 0;
  const result = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM kildesvar_migrations');
  return Number(result.rows[0]?.version ?? 0);
};

const newerDatabase = (version: number) =>
  new KildesvarError(
    'index_mismatch',
    `The database schema is at version ${version}, newer than this Kildesvar knows (${SCHEMA_VERSION}): it was migrated by a newer version. Update Kildesvar, or set DATABASE_URL to another database.`,
  );

/** Applies the pending migrations; refuses a database migrated by newer code. Returns the version. */
export const migrate = async (client: PoolClient, log?: (message: string) => void): Promise<number> => {
  await client.query('SELECT pg_advisory_lock($1)', [INGEST_LOCK]);
  try {
    await client.query(
      'CREATE TABLE IF NOT EXISTS kildesvar_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const current = await appliedVersion(client);
    if (current > SCHEMA_VERSION) throw newerDatabase(current);
    for (const migration of migrations.filter((item) => item.version > current)) {
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query('INSERT INTO kildesvar_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
      log?.(`Database migrated to version ${migration.version} (${migration.name}).`);
    }
    return SCHEMA_VERSION;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [INGEST_LOCK]);
  }
};

/** `migrate` on a connection of its own from `pool`, released afterwards. */
export const migratePool = async (pool: Pool, log?: (message: string) => void): Promise<number> => {
  const client = await pool.connect();
  try {
    return await migrate(client, log);
  } finally {
    client.release();
  }
};

/** For readers: the schema must be there and not newer than this code (readers never migrate). */
export const checkSchema = async (client: PoolClient): Promise<void> => {
  const current = await appliedVersion(client);
  if (current > SCHEMA_VERSION) throw newerDatabase(current);
  if (current < SCHEMA_VERSION)
    throw new KildesvarError(
      'index_missing',
      `The database has no Kildesvar index (schema version ${current}, this code needs ${SCHEMA_VERSION}); run \`STORE=postgres npm run ingest\`.`,
    );
};
