import { endianness } from 'node:os';
import type { Pool } from 'pg';
import { KildesvarError } from '../../errors';
import { copyOut } from './copy-out';
import type { DenseLists } from './dense-lists';
import { CopyBinaryReader } from './posting-transfer';

/**
 * The nearest vectors of a generation with dense lists (`dense-lists.ts`), computed in the API
 * instead of in SQL: PostgreSQL's expression `v.embedding[1] * $a::float8 + … ` evaluates ~4 steps
 * an element through its interpreter (at 100× ~1,470 vectors × 128 elements a search: ~17 ms of
 * PostgreSQL CPU, 20 ms p50 on a quiet machine, the second largest stage after the lexical sum);
 * here the whole scan costs ~3 ms of PostgreSQL and ~5 of API CPU (bench/README, session 15). A
 * plain loop rather than a vector library: the sum must run in SQL's order, element by element, for
 * the same bits. The arithmetic is SQL's to the bit: each
 * float4 element widened to float8 and multiplied by the float8 query element, the products summed
 * left to right, divided by the stored norm (NULL for a zero norm, ranked last); centroids are
 * ranked by their dot product, then lowest list; vectors by similarity, then lowest chunk number.
 * So the hits equal the SQL scan's (dense-lists.int checks them against the exact scan). The
 * probed lists are chosen by `probedLists` (dense-lists.ts), which orders the centroids as the SQL does.
 *
 * The centroids (lists × dimensions float32: 183 KiB at 100×) are read once per generation; the
 * probed lists are read per search by one binary COPY of their rows in `kildesvar_list_blocks` (one
 * row a list: ~16 rows where the vectors' own rows are ~1,500, which cost more to read and send than
 * the arithmetic) and not kept.
 */

/**
 * SQL that fills `kildesvar_list_blocks` from `kildesvar_list_vectors` (rows `v`) where `condition`
 * holds: per list its chunk numbers (int4), norms (float8) and vectors' float4 elements, each as
 * PostgreSQL's binary send form (big-endian), in chunk-number order. Derived in SQL, so the elements
 * are the stored float4s to the bit (migration 7 for older generations, ingest for each new one).
 */
export const listBlocksFrom = (condition: string): string => `INSERT INTO kildesvar_list_blocks (generation, list, chunks, norms, vectors)
SELECT v.generation, v.list,
  string_agg(int4send(v.chunk_no), ''::bytea ORDER BY v.chunk_no),
  string_agg(float8send(v.norm), ''::bytea ORDER BY v.chunk_no),
  string_agg((SELECT string_agg(float4send(e.element), ''::bytea ORDER BY e.position) FROM unnest(v.embedding) WITH ORDINALITY AS e(element, position)), ''::bytea ORDER BY v.chunk_no)
FROM kildesvar_list_vectors v WHERE ${condition}
GROUP BY v.generation, v.list`;

export interface ListHit {
  chunkNo: number;
  /** Null for a vector stored with norm 0 (SQL's `nullif`). */
  similarity: number | null;
}

const generationLiteral = (generation: number): number => {
  if (!Number.isSafeInteger(generation)) throw new KildesvarError('internal', `Generation ${generation} is not an integer.`);
  return generation;
};

const corrupt = (what: string) =>
  new KildesvarError('index_corrupt', `The dense lists hold ${what}; run \`STORE=postgres npm run ingest -- --force\` to rebuild them.`);

/** The element count of a one-dimensional float4[] in `array_send` form without nulls (elements from byte 20 on, 8 bytes each: length 4, big-endian value). */
const arrayLength = (bytes: Uint8Array): number => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12) throw corrupt('a vector that is not an array');
  if (view.getInt32(0) === 0) return 0;
  if (view.getInt32(0) !== 1 || view.getInt32(4) !== 0 || bytes.length < 20) throw corrupt('a vector that is not a flat array without nulls');
  const count = view.getInt32(12);
  if (bytes.length !== 20 + 8 * count) throw corrupt('a vector whose elements are not 4 bytes long');
  return count;
};

/** Reads a generation's centroids (binary COPY, in list order; the lists are numbered from 0 on, as ingest writes them). */
export const readListCentroids = async (pool: Pool, generation: number): Promise<DenseLists> => {
  const rows: Float32Array[] = [];
  const reader = new CopyBinaryReader(undefined, ([list, centroid]) => {
    if (list?.length !== 4 || !centroid) throw corrupt('a list without its number or centroid');
    if (new DataView(list.buffer, list.byteOffset, 4).getInt32(0) !== rows.length) throw corrupt('lists not numbered from 0 on');
    const count = arrayLength(centroid);
    const view = new DataView(centroid.buffer, centroid.byteOffset, centroid.byteLength);
    const row = new Float32Array(count);
    for (let index = 0; index < count; index += 1) row[index] = view.getFloat32(24 + 8 * index);
    rows.push(row);
  });
  await copyOut(
    pool,
    `COPY (SELECT l.list, l.centroid FROM kildesvar_dense_lists l WHERE l.generation = ${generationLiteral(generation)} ORDER BY l.list) TO STDOUT (FORMAT binary)`,
    (piece) => reader.push(piece),
  );
  reader.end();
  const dimensions = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== dimensions)) throw corrupt('centroids of different lengths');
  const centroids = new Float32Array(rows.length * dimensions);
  for (const [index, row] of rows.entries()) centroids.set(row, index * dimensions);
  return { centroids, assignment: new Int32Array(0), lists: rows.length, dimensions };
};

/** Best first: larger similarity, a null one last, then the lower chunk number (SQL's `similarity DESC NULLS LAST, chunk_no`). */
const byHit = (left: ListHit, right: ListHit): number => {
  if (left.similarity !== right.similarity) {
    if (left.similarity === null) return 1;
    if (right.similarity === null) return -1;
    return right.similarity - left.similarity;
  }
  return left.chunkNo - right.chunkNo;
};

/** A field of PostgreSQL's binary send form (read into a buffer of its own at offset 0) turned to this machine's byte order in place, `size` bytes a value. */
const nativeOrder = (bytes: Uint8Array, size: 4 | 8): ArrayBuffer => {
  if (bytes.byteOffset !== 0 || bytes.byteLength !== bytes.buffer.byteLength || bytes.length % size !== 0) throw corrupt('a field of a partial value');
  const buffer = Buffer.from(bytes.buffer, 0, bytes.length);
  if (endianness() === 'LE') {
    if (size === 4) buffer.swap32();
    else buffer.swap64();
  }
  return bytes.buffer as ArrayBuffer;
};

/** The `depth` vectors of `lists` most similar to `query` (unit length), best first, by one binary COPY of the lists' blocks. */
export const scanLists = async (pool: Pool, generation: number, lists: readonly number[], query: ArrayLike<number>, depth: number): Promise<ListHit[]> => {
  if (lists.length === 0 || depth <= 0) return [];
  if (!lists.every((list) => Number.isSafeInteger(list))) throw new KildesvarError('internal', 'List numbers are integers.');
  const dimensions = query.length;
  const hits: ListHit[] = [];
  const reader = new CopyBinaryReader(undefined, ([chunkBytes, normBytes, vectorBytes]) => {
    if (!chunkBytes || !normBytes || !vectorBytes) throw corrupt('a list without its chunks, norms or vectors');
    const count = chunkBytes.length / 4;
    if (!Number.isInteger(count) || normBytes.length !== 8 * count || vectorBytes.length !== 4 * dimensions * count)
      throw corrupt("a list whose chunks, norms and vectors (of the query's length) disagree");
    const chunks = new Int32Array(nativeOrder(chunkBytes, 4));
    const norms = new Float64Array(nativeOrder(normBytes, 8));
    const vectors = new Float32Array(nativeOrder(vectorBytes, 4));
    for (let row = 0; row < count; row += 1) {
      const at = row * dimensions;
      let dot = 0;
      for (let index = 0; index < dimensions; index += 1) {
        const product = (vectors[at + index] as number) * (query[index] as number);
        dot = index === 0 ? product : dot + product;
      }
      const norm = norms[row] as number;
      hits.push({ chunkNo: chunks[row] as number, similarity: norm === 0 ? null : dot / norm });
    }
  });
  await copyOut(
    pool,
    `COPY (SELECT b.chunks, b.norms, b.vectors FROM kildesvar_list_blocks b
      WHERE b.generation = ${generationLiteral(generation)} AND b.list = ANY('{${lists.join(',')}}'::int[])) TO STDOUT (FORMAT binary)`,
    (piece) => reader.push(piece),
  );
  reader.end();
  return hits.sort(byHit).slice(0, depth);
};
