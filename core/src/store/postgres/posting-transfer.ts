import { endianness } from 'node:os';
import { escapeLiteral, type Pool } from 'pg';
import { KildesvarError } from '../../errors';
import type { TermPostings } from '../../lexical/bm25-field';
import { copyOut } from './copy-out';
import type { FieldWeighing } from './compact-postings';
import { PagedField, type FieldBytes } from './posting-arena';

/**
 * How the API fetches a query's posting rows from `kildesvar_postings`. Since schema version 4 a
 * row also holds its postings `packed`: the documents as little-endian uint32, then the weights as
 * little-endian float32, in an uncompressed bytea (`STORAGE EXTERNAL`: the database copies the bytes
 * out without decompressing them). They are read with `COPY … TO STDOUT (FORMAT binary)`, the one way
 * node-postgres hands over bytes as bytes (its row parser decodes every value as UTF-8 text), so a
 * posting costs 8 bytes on the wire and one copy into typed arrays; rows written before version 4
 * (no `packed`) come as `array_send` output in the same COPY. `base64PostingRows` is session 5's
 * form (`array_send` as base64 text, 10.7 bytes a posting), kept for `bench:lexical-sql`'s comparison.
 * Generations written since schema version 6 hold `compact` rows instead, read by `compact-rows.ts`.
 */
export type Unit = 'chunks' | 'sentences';

export interface QueryTerm {
  field: string;
  term: string;
  /** The field's weight (`LexicalIndexOptions.fieldWeights`). */
  weight: number;
}

/**
 * A term's row: its postings (`documents`/`weights`, then the segments in `rest`, in document
 * order across them) and idf. A row held in arena pages has one segment a page and names its `pages`.
 */
export interface TermRow extends TermPostings {
  idf: number;
  rest?: readonly TermPostings[];
  pages?: readonly number[];
}

/** Where a fetch may write a packed row of `bytes` bytes (arena pages), or undefined for a buffer of its own. */
export type PostingAllocator = (bytes: number) => PagedField | undefined;

/**
 * Fetches the rows of `terms` (those the generation holds), keyed by `postingKey`; a packed row
 * goes where `allocate` says. With `onRow`, each row is handed there as it arrives, in the order of
 * `terms`, and not returned; without, all are returned. Every field `allocate` gave ends up in a
 * row handed over or returned, unless the fetch rejects.
 */
export type PostingFetch = (
  unit: Unit,
  terms: readonly QueryTerm[],
  allocate?: PostingAllocator,
  onRow?: (key: string, row: TermRow) => void,
) => Promise<Map<string, TermRow>>;

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

/**
 * A packed row's documents and weights as typed arrays. A buffer of its own (offset 0, as
 * `CopyBinaryReader` gives fields) is viewed in place; anything else is copied once, aligned, so
 * the views never keep a larger buffer alive.
 */
export const unpackPostings = (packed: Uint8Array): TermPostings => {
  if (packed.length % 8 !== 0) throw new KildesvarError('index_corrupt', 'A packed posting row is not a whole number of postings.');
  const count = packed.length / 8;
  const owned = packed.byteOffset === 0 && packed.byteLength === packed.buffer.byteLength && !(packed.buffer instanceof SharedArrayBuffer);
  // One aligned buffer holds both columns; the views share it.
  const copy = owned ? packed : new Uint8Array(packed.length);
  if (!owned) copy.set(packed);
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
 * Reads `COPY … TO STDOUT (FORMAT binary)` as it arrives, in pieces split anywhere: signature,
 * flags, header extension, then per tuple a 16-bit field count (-1 ends the data) and per field a
 * 32-bit length (-1 for NULL) and its bytes. Each field is copied once into a buffer of its own
 * (offset 0, so a packed posting row can be viewed as 4-byte words without another copy); no
 * piece is kept and the whole reply is never concatenated.
 */
export class CopyBinaryReader<Target extends FieldBytes = Uint8Array> {
  private readonly tuples: Array<Array<Uint8Array | Target | null>> = [];
  /** Bytes of a header, count or length not yet complete. */
  private pending = Buffer.alloc(0);
  private state: 'signature' | 'extension' | 'count' | 'length' | 'field' | 'done' = 'signature';
  private extension = 0;
  private fieldsLeft = 0;
  private tuple: Array<Uint8Array | Target | null> = [];
  private field: Uint8Array | Target = new Uint8Array(0);
  private filled = 0;

  /**
   * `target(column, length)` may name where a field goes instead of a buffer of its own; `onTuple`,
   * when given, receives each tuple as it completes (and `end` returns none: nothing is kept).
   */
  constructor(
    private readonly target?: (column: number, length: number) => Target | undefined,
    private readonly onTuple?: (tuple: Array<Uint8Array | Target | null>) => void,
  ) {}

  private corrupt(what: string): KildesvarError {
    return new KildesvarError('index_corrupt', `The database sent COPY data that is not PostgreSQL's binary format (${what}).`);
  }

  /** Takes `size` bytes from `pending` + `piece` at `at`, or returns null (and keeps them) when the piece ends first. */
  private take(piece: Uint8Array, at: { offset: number }, size: number): Buffer | null {
    const wanted = size - this.pending.length;
    const available = piece.length - at.offset;
    const part = piece.subarray(at.offset, at.offset + Math.min(wanted, available));
    at.offset += part.length;
    this.pending = Buffer.concat([this.pending, part]);
    if (this.pending.length < size) return null;
    const whole = this.pending;
    this.pending = Buffer.alloc(0);
    return whole;
  }

  private endTuple(): void {
    const tuple = this.tuple;
    this.tuple = [];
    this.state = 'count';
    if (this.onTuple) this.onTuple(tuple);
    else this.tuples.push(tuple);
  }

  push(piece: Uint8Array): void {
    const at = { offset: 0 };
    while (at.offset < piece.length) {
      if (this.state === 'done') throw this.corrupt('data after the end marker');
      if (this.state === 'signature') {
        const header = this.take(piece, at, 19);
        if (!header) return;
        if (!header.subarray(0, 11).equals(copySignature)) throw this.corrupt('signature');
        this.extension = header.readUInt32BE(15);
        this.state = this.extension > 0 ? 'extension' : 'count';
      } else if (this.state === 'extension') {
        const skipped = Math.min(this.extension, piece.length - at.offset);
        at.offset += skipped;
        this.extension -= skipped;
        if (this.extension === 0) this.state = 'count';
      } else if (this.state === 'count') {
        const count = this.take(piece, at, 2);
        if (!count) return;
        const fields = count.readInt16BE(0);
        if (fields === -1) this.state = 'done';
        else if (fields < 0) throw this.corrupt('field count');
        else {
          this.fieldsLeft = fields;
          if (fields === 0) this.endTuple();
          else this.state = 'length';
        }
      } else if (this.state === 'length') {
        const bytes = this.take(piece, at, 4);
        if (!bytes) return;
        const length = bytes.readInt32BE(0);
        if (length < -1) throw this.corrupt('field length');
        if (length === -1) this.tuple.push(null);
        if (length <= 0) {
          if (length === 0) this.tuple.push(new Uint8Array(0));
          if (--this.fieldsLeft === 0) this.endTuple();
          continue;
        }
        this.field = this.target?.(this.tuple.length, length) ?? new Uint8Array(length);
        this.filled = 0;
        this.state = 'field';
      } else {
        const part = piece.subarray(at.offset, at.offset + this.field.length - this.filled);
        this.field.set(part, this.filled);
        this.filled += part.length;
        at.offset += part.length;
        if (this.filled < this.field.length) return;
        this.tuple.push(this.field);
        if (--this.fieldsLeft === 0) this.endTuple();
        else this.state = 'length';
      }
    }
  }

  /** The tuples read; throws unless the end marker has arrived. */
  end(): Array<Array<Uint8Array | Target | null>> {
    if (this.state !== 'done') throw this.corrupt(this.state === 'count' && this.pending.length === 0 ? 'no end marker' : 'truncated field');
    return this.tuples;
  }
}

/** The tuples of one whole binary COPY reply (`CopyBinaryReader` over one piece). */
export const parseCopyBinary = (data: Uint8Array): Array<Array<Uint8Array | null>> => {
  const reader = new CopyBinaryReader();
  reader.push(data);
  return reader.end();
};

/** The query terms as a SQL relation of literals (COPY takes no parameters). */
export const termsRelation = (terms: readonly QueryTerm[]): string =>
  `unnest(ARRAY[${terms.map((term) => escapeLiteral(term.field)).join(', ')}]::text[], ARRAY[${terms.map((term) => escapeLiteral(term.term)).join(', ')}]::text[]) WITH ORDINALITY AS q(field, term, position)`;

export const unitLiteral = (unit: Unit): string => (unit === 'chunks' ? `'chunks'` : `'sentences'`);

/** A paged row's postings as a `TermRow` holds them: the first segment, the rest, and the pages. */
const pagedPostings = (field: PagedField): TermPostings & Pick<TermRow, 'rest' | 'pages'> => {
  const [first, ...rest] = field.postings();
  if (!first) throw new KildesvarError('internal', 'A paged posting row has pages.');
  return { ...first, rest, pages: field.pages };
};

/** Both units' field lengths of a generation written with schema version 6 (`compact-postings.ts`), by field name. */
export type UnitWeighings = Record<Unit, Readonly<Record<string, FieldWeighing>>>;

/** Receives each fetched row as it completes, in the order of the terms asked for; the fetch keeps none. */
export type PostingRowSink = (key: string, row: TermRow) => void;

/**
 * The rows of a binary COPY of `field, term, idf, packed, array_send(documents), array_send(weights)`
 * (see `copyPostingRows`), read as the pieces arrive; `packed` goes where `allocate` says. With
 * `onRow`, each row goes there as soon as its bytes are in and the map returned is empty.
 */
export const readPostingRows = async (
  pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  allocate?: PostingAllocator,
  onRow?: PostingRowSink,
): Promise<Map<string, TermRow>> => {
  const { reader, rows } = postingRowReader(allocate, onRow);
  for await (const piece of pieces) reader.push(piece);
  reader.end();
  return rows;
};

/**
 * A reader of the COPY `readPostingRows` reads; column 3 (`packed`) goes straight into arena pages
 * when `allocate` gives them. Each completed row goes to `onRow`, or into `rows`.
 */
const postingRowReader = (allocate?: PostingAllocator, onRow?: PostingRowSink) => {
  const rows = new Map<string, TermRow>();
  const sink: PostingRowSink = onRow ?? ((key, row) => rows.set(key, row));
  const reader = new CopyBinaryReader<PagedField>(
    (column, length) => (column === 3 ? allocate?.(length) : undefined),
    (tuple) => {
      const [key, row] = postingRowOf(tuple);
      sink(key, row);
    },
  );
  return { reader, rows };
};

const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
// Only `packed` (column 3) is ever written into pages.
const bytesOf = (value: Uint8Array | PagedField | null | undefined): Uint8Array | null => (value instanceof Uint8Array ? value : null);

const postingRowOf = (tuple: ReadonlyArray<Uint8Array | PagedField | null>): [string, TermRow] => {
  const [field, term, idf, , documents, weights] = tuple.map(bytesOf);
  const packed = tuple[3];
  if (!field || !term || !idf || idf.length !== 8) throw new KildesvarError('index_corrupt', 'A posting row lacks its field, term or idf.');
  const postings: (TermPostings & Pick<TermRow, 'rest' | 'pages'>) | null =
    packed instanceof PagedField
      ? pagedPostings(packed)
      : packed
        ? unpackPostings(packed)
        : documents && weights
          ? {
              documents: decodeArraySend<Uint32Array>(Buffer.from(documents.buffer, documents.byteOffset, documents.byteLength), 'int4'),
              weights: decodeArraySend<Float32Array>(Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength), 'float4'),
            }
          : null;
  if (!postings || postings.documents.length !== postings.weights.length)
    throw new KildesvarError('index_corrupt', 'A posting row has no postings, or not as many weights as documents.');
  return [postingKey(text(field), text(term)), { ...postings, idf: new DataView(idf.buffer, idf.byteOffset, 8).getFloat64(0) }];
};

/**
 * Reads rows by binary COPY (schema version 4's `packed`, or `array_send` for older rows), in the
 * order of `terms` (`ORDER BY` the term's position), so `onRow` can add each to the scores as it arrives.
 */
export const copyPostingRows =
  (pool: Pool, generation: number): PostingFetch =>
  async (unit, terms, allocate, onRow) => {
    if (!Number.isSafeInteger(generation)) throw new KildesvarError('internal', `Generation ${generation} is not an integer.`);
    const sql = `COPY (SELECT t.field, t.term, t.idf, t.packed,
        CASE WHEN t.packed IS NULL THEN array_send(t.documents) END,
        CASE WHEN t.packed IS NULL THEN array_send(t.weights) END
      FROM ${termsRelation(terms)}
      JOIN kildesvar_postings t ON t.generation = ${generation} AND t.unit = ${unitLiteral(unit)} AND t.field = q.field AND t.term = q.term
      ORDER BY q.position
    ) TO STDOUT (FORMAT binary)`;
    const { reader, rows } = postingRowReader(allocate, onRow);
    await copyOut(pool, sql, (piece) => reader.push(piece));
    reader.end();
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
