import { endianness } from 'node:os';
import { escapeLiteral, type Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { KildesvarError } from '../../errors';
import type { TermPostings } from '../../lexical/bm25-field';

/**
 * How the API fetches a query's posting rows from `kildesvar_postings`. Since schema version 4 a
 * row also holds its postings `packed`: the documents as little-endian uint32, then the weights as
 * little-endian float32, in an uncompressed bytea (`STORAGE EXTERNAL`: the database copies the bytes
 * out without decompressing them). They are read with `COPY … TO STDOUT (FORMAT binary)`, the one way
 * node-postgres hands over bytes as bytes (its row parser decodes every value as UTF-8 text), so a
 * posting costs 8 bytes on the wire and one copy into typed arrays; rows written before version 4
 * (no `packed`) come as `array_send` output in the same COPY. `base64PostingRows` is session 5's
 * form (`array_send` as base64 text, 10.7 bytes a posting), kept for `bench:lexical-sql`'s comparison.
 */
export type Unit = 'chunks' | 'sentences';

export interface QueryTerm {
  field: string;
  term: string;
  /** The field's weight (`LexicalIndexOptions.fieldWeights`). */
  weight: number;
}

export interface TermRow extends TermPostings {
  idf: number;
}

/** Fetches the rows of `terms` (those the generation holds), keyed by `postingKey`. */
export type PostingFetch = (unit: Unit, terms: readonly QueryTerm[]) => Promise<Map<string, TermRow>>;

export const postingKey = (field: string, term: string): string => `${field}\u0000${term}`;

const littleEndianHost = endianness() === 'LE';

/** A row's postings as `packed` holds them (documents, then weights, 4 bytes each, little-endian). */
export const packPostings = (documents: ArrayLike<number>, weights: ArrayLike<number>): Buffer => {
  const count = documents.length;
  if (weights.length !== count) throw new KildesvarError('internal', 'A posting row has as many weights as documents.');
  const packed = Buffer.allocUnsafe(8 * count);
  for (let index = 0; index < count; index += 1) {
    packed.writeUInt32LE(documents[index] ?? 0, 4 * index);
    packed.writeFloatLE(weights[index] ?? 0, 4 * (count + index));
  }
  return packed;
};

export const unpackPostings = (packed: Uint8Array): TermPostings => {
  if (packed.length % 8 !== 0) throw new KildesvarError('index_corrupt', 'A packed posting row is not a whole number of postings.');
  const count = packed.length / 8;
  // One aligned copy holds both columns; the views share it.
  const copy = new Uint8Array(packed.length);
  copy.set(packed);
  if (!littleEndianHost) Buffer.from(copy.buffer).swap32();
  return { documents: new Uint32Array(copy.buffer, 0, count), weights: new Float32Array(copy.buffer, 4 * count, count) };
};

/**
 * The elements of a one-dimensional int4[] or float4[] in PostgreSQL's binary array format
 * (`array_send`): ndim, has-nulls flag, element type, then per dimension its size and lower bound,
 * then per element its byte length and big-endian value.
 */
export const decodeArraySend = <T extends Uint32Array | Float32Array>(bytes: Buffer, kind: 'int4' | 'float4'): T => {
  const dimensions = bytes.readInt32BE(0);
  if (dimensions === 0) return (kind === 'int4' ? new Uint32Array(0) : new Float32Array(0)) as T;
  if (dimensions !== 1 || bytes.readInt32BE(4) !== 0) throw new KildesvarError('index_corrupt', 'A posting row is not a flat array without nulls.');
  const count = bytes.readInt32BE(12);
  if (bytes.length !== 20 + 8 * count) throw new KildesvarError('index_corrupt', 'A posting row holds elements that are not 4 bytes long.');
  // Copy the (length, value) pairs to an aligned buffer, turn them little-endian in one native pass, and take every second word.
  const pairs = Buffer.from(new ArrayBuffer(8 * count));
  bytes.copy(pairs, 0, 20);
  pairs.swap32();
  const words = kind === 'int4' ? new Uint32Array(pairs.buffer) : new Float32Array(pairs.buffer);
  const lengths = new Int32Array(pairs.buffer);
  const values = kind === 'int4' ? new Uint32Array(count) : new Float32Array(count);
  for (let index = 0; index < count; index += 1) {
    if (lengths[2 * index] !== 4) throw new KildesvarError('index_corrupt', 'A posting row holds an element that is not 4 bytes long.');
    values[index] = words[2 * index + 1] ?? 0;
  }
  return values as T;
};

const copySignature = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');

/**
 * The tuples of `COPY … TO STDOUT (FORMAT binary)`: signature, flags, header extension, then per
 * tuple a 16-bit field count (-1 ends the data) and per field a 32-bit length (-1 for NULL) and its
 * bytes. Fields are views into `data`, not copies.
 */
export const parseCopyBinary = (data: Buffer): Array<Array<Buffer | null>> => {
  const corrupt = (what: string) => new KildesvarError('index_corrupt', `The database sent COPY data that is not PostgreSQL's binary format (${what}).`);
  if (data.length < 19 || !data.subarray(0, 11).equals(copySignature)) throw corrupt('signature');
  let at = 15 + 4 + data.readUInt32BE(15);
  const tuples: Array<Array<Buffer | null>> = [];
  for (;;) {
    if (at + 2 > data.length) throw corrupt('no end marker');
    const fields = data.readInt16BE(at);
    at += 2;
    if (fields === -1) return tuples;
    const tuple: Array<Buffer | null> = [];
    for (let field = 0; field < fields; field += 1) {
      if (at + 4 > data.length) throw corrupt('truncated field');
      const length = data.readInt32BE(at);
      at += 4;
      if (length === -1) {
        tuple.push(null);
        continue;
      }
      if (length < 0 || at + length > data.length) throw corrupt('truncated field');
      tuple.push(data.subarray(at, at + length));
      at += length;
    }
    tuples.push(tuple);
  }
};

/** The query terms as a SQL relation of literals (COPY takes no parameters). */
const termsRelation = (terms: readonly QueryTerm[]): string =>
  `unnest(ARRAY[${terms.map((term) => escapeLiteral(term.field)).join(', ')}]::text[], ARRAY[${terms.map((term) => escapeLiteral(term.term)).join(', ')}]::text[]) AS q(field, term)`;

const unitLiteral = (unit: Unit): string => (unit === 'chunks' ? `'chunks'` : `'sentences'`);

/** Reads rows by binary COPY (schema version 4's `packed`, or `array_send` for older rows). */
export const copyPostingRows =
  (pool: Pool, generation: number): PostingFetch =>
  async (unit, terms) => {
    if (!Number.isSafeInteger(generation)) throw new KildesvarError('internal', `Generation ${generation} is not an integer.`);
    const sql = `COPY (SELECT t.field, t.term, t.idf, t.packed,
        CASE WHEN t.packed IS NULL THEN array_send(t.documents) END,
        CASE WHEN t.packed IS NULL THEN array_send(t.weights) END
      FROM ${termsRelation(terms)}
      JOIN kildesvar_postings t ON t.generation = ${generation} AND t.unit = ${unitLiteral(unit)} AND t.field = q.field AND t.term = q.term
    ) TO STDOUT (FORMAT binary)`;
    const client = await pool.connect();
    const parts: Buffer[] = [];
    try {
      for await (const part of client.query(copyTo(sql))) parts.push(part as Buffer);
    } catch (error) {
      client.release(error instanceof Error ? error : true);
      throw error;
    }
    client.release();
    const rows = new Map<string, TermRow>();
    for (const [field, term, idf, packed, documents, weights] of parseCopyBinary(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts))) {
      if (!field || !term || !idf || idf.length !== 8) throw new KildesvarError('index_corrupt', 'A posting row lacks its field, term or idf.');
      const postings = packed
        ? unpackPostings(packed)
        : documents && weights
          ? { documents: decodeArraySend<Uint32Array>(documents, 'int4'), weights: decodeArraySend<Float32Array>(weights, 'float4') }
          : null;
      if (!postings || postings.documents.length !== postings.weights.length)
        throw new KildesvarError('index_corrupt', 'A posting row has no postings, or not as many weights as documents.');
      rows.set(postingKey(field.toString('utf8'), term.toString('utf8')), { ...postings, idf: idf.readDoubleBE(0) });
    }
    return rows;
  };

/** Session 5's form: `array_send` of the arrays as base64 text through an ordinary query. */
export const base64PostingRows =
  (pool: Pool, generation: number): PostingFetch =>
  async (unit, terms) => {
    const result = await pool.query<{ field: string; term: string; idf: number; documents: string; weights: string }>({
      text: `SELECT t.field, t.term, t.idf, encode(array_send(t.documents), 'base64') AS documents, encode(array_send(t.weights), 'base64') AS weights
         FROM unnest($3::text[], $4::text[]) AS q(field, term)
         JOIN kildesvar_postings t ON t.generation = $1 AND t.unit = $2 AND t.field = q.field AND t.term = q.term`,
      values: [generation, unit, terms.map((term) => term.field), terms.map((term) => term.term)],
    });
    return new Map(
      result.rows.map((row) => [
        postingKey(row.field, row.term),
        {
          documents: decodeArraySend<Uint32Array>(Buffer.from(row.documents, 'base64'), 'int4'),
          weights: decodeArraySend<Float32Array>(Buffer.from(row.weights, 'base64'), 'float4'),
          idf: Number(row.idf),
        },
      ]),
    );
  };
