import type { Pool } from 'pg';
import { KildesvarError } from '../../errors';
import { bm25WeightOf } from '../../lexical/bm25-field';
import type { FieldWeighing } from './compact-postings';
import { copyOut } from './copy-out';
import { BestDocuments, type ScoredDocument } from './posting-rows';
import { CopyBinaryReader, postingKey, type QueryTerm, termsRelation, type Unit, unitLiteral, type UnitWeighings } from './posting-transfer';

/**
 * BM25 of one unit over a generation written with schema version 6: the query terms' compact rows
 * (`compact-postings.ts`, ~2 bytes a posting) are fetched in one binary COPY, kept as they came in
 * a cache bounded by bytes, and summed straight from those bytes: each posting's weight is
 * `bm25WeightOf` its frequency and its document's length factor, stored as float32 (`Math.fround`, as the
 * index's Float32Array stores it), times `field weight × idf`, added per document in query order,
 * as `Bm25Field.accumulate` sums it, so the scores are the in-memory index's to the bit. A row is
 * never decoded into arrays of its own: the cache holds four times the postings the packed arena
 * held in the same bytes, and nothing but the bytes of a question's rows is allocated per search.
 */

/** Bytes of compact rows one API process keeps per unit between searches. */
export const compactRowsCacheBytes = 16 * 2 ** 20;

/** A row larger than this share of the cache is used and let go, not cached (it would push out many). */
const largestCachedShare = 1 / 8;

export interface CompactRow {
  idf: number;
  bytes: Uint8Array;
}

/** Fetches the compact rows of `terms` (those the generation holds), keyed by `postingKey`. */
export type CompactFetch = (unit: Unit, terms: readonly QueryTerm[]) => Promise<Map<string, CompactRow>>;

/** Terms per unit a generation is remembered not to hold. */
const absentTermsKept = 16_384;

/** Rows and absent terms by key, least recently used first out, bounded by the rows' bytes. */
class CompactCache {
  private readonly rows = new Map<string, CompactRow>();
  private readonly absent = new Set<string>();
  private bytes = 0;

  constructor(private readonly capacity: number) {}

  /** The row (marked recently used), `null` for a term known absent, undefined when not known. */
  get(key: string): CompactRow | null | undefined {
    const row = this.rows.get(key);
    if (row) {
      this.rows.delete(key);
      this.rows.set(key, row);
      return row;
    }
    return this.absent.has(key) ? null : undefined;
  }

  set(key: string, row: CompactRow): void {
    if (row.bytes.length > this.capacity * largestCachedShare || this.rows.has(key)) return;
    this.rows.set(key, row);
    this.bytes += row.bytes.length;
    for (const [oldest, old] of this.rows) {
      if (this.bytes <= this.capacity) break;
      this.rows.delete(oldest);
      this.bytes -= old.bytes.length;
    }
  }

  setAbsent(key: string): void {
    this.absent.add(key);
    if (this.absent.size > absentTermsKept) this.absent.delete(this.absent.values().next().value as string);
  }

  get heldBytes(): number {
    return this.bytes;
  }
}

/** Reads one varint of `bytes` at `offset`; returns the value and leaves the next offset in `next[0]`. */
const varintAt = (bytes: Uint8Array, offset: number, next: Int32Array): number => {
  let value = 0;
  let scale = 1;
  let at = offset;
  for (;;) {
    if (at >= bytes.length) throw new KildesvarError('index_corrupt', 'A compact posting row ends inside a number.');
    const byte = bytes[at++] ?? 0;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      next[0] = at;
      return value;
    }
    scale *= 0x80;
  }
};

/**
 * Adds `termWeight × float32(bm25Weight)` of each posting of a compact row to `scores`; returns one
 * past its largest document. `documents` is scratch for the row's document numbers (at least its
 * posting count long). The hot loop in a plain function, as `addScaled`.
 */
export const addCompact = (scores: Float64Array, bytes: Uint8Array, termWeight: number, weighing: FieldWeighing, documents: Uint32Array): number => {
  const next = new Int32Array(1);
  const count = varintAt(bytes, 0, next);
  if (count > documents.length) throw new KildesvarError('internal', 'The scratch for a compact row is too short.');
  const { lengthFactors, k1 } = weighing;
  const documentCount = lengthFactors.length;
  let at = next[0] ?? 0;
  let document = 0;
  for (let index = 0; index < count; index += 1) {
    const byte = bytes[at] ?? 0x80;
    if (byte < 0x80) {
      at += 1;
      document += byte;
    } else {
      document += varintAt(bytes, at, next);
      at = next[0] ?? 0;
    }
    documents[index] = document;
  }
  if (count > 0 && document >= documentCount) throw new KildesvarError('index_corrupt', 'A compact posting row names a document the unit does not hold.');
  for (let index = 0; index < count; index += 1) {
    let frequency = bytes[at] ?? 0x80;
    if (frequency < 0x80) at += 1;
    else {
      frequency = varintAt(bytes, at, next);
      at = next[0] ?? 0;
    }
    if (frequency < 1) throw new KildesvarError('index_corrupt', "The lexical index's postings are corrupt.");
    const current = documents[index] ?? 0;
    scores[current] = (scores[current] ?? 0) + termWeight * Math.fround(bm25WeightOf(frequency, lengthFactors[current] ?? 0, k1));
  }
  if (at !== bytes.length) throw new KildesvarError('index_corrupt', 'A compact posting row has bytes after its postings.');
  return count > 0 ? document + 1 : 0;
};

/** One unit's score array and document scratch, kept for the next search. */
interface Scratch {
  scores: Float64Array;
  documents: Uint32Array;
}

export class CompactRows {
  private readonly caches: Record<Unit, CompactCache>;
  private readonly scratch: Record<Unit, Scratch[]> = { chunks: [], sentences: [] };

  constructor(
    private readonly fetch: CompactFetch,
    private readonly weighings: UnitWeighings,
    cacheBytes = compactRowsCacheBytes,
  ) {
    this.caches = { chunks: new CompactCache(cacheBytes), sentences: new CompactCache(cacheBytes) };
  }

  /** Bytes of rows cached per unit (the bench and tests read it). */
  heldBytes(unit: Unit): number {
    return this.caches[unit].heldBytes;
  }

  /** The `depth` best documents of one unit for `terms` (in the order the index sums them), best first, ties by number. */
  async score(unit: Unit, terms: readonly QueryTerm[], depth: number): Promise<ScoredDocument[]> {
    if (terms.length === 0 || depth <= 0) return [];
    const cache = this.caches[unit];
    const keys = terms.map((term) => postingKey(term.field, term.term));
    const rows = keys.map((key) => cache.get(key));
    const missing = [...new Map(terms.flatMap((term, index) => (rows[index] === undefined ? [[keys[index] ?? '', term] as const] : []))).values()];
    const fetched = missing.length > 0 ? await this.fetch(unit, missing) : new Map<string, CompactRow>();
    for (const term of missing) {
      const key = postingKey(term.field, term.term);
      const row = fetched.get(key);
      if (row) cache.set(key, row);
      else cache.setAbsent(key);
    }
    const scratch = this.scratch[unit].pop() ?? { scores: new Float64Array(0), documents: new Uint32Array(0) };
    let high = 0;
    try {
      for (const [index, term] of terms.entries()) {
        const key = keys[index] ?? '';
        const row = rows[index] ?? fetched.get(key);
        if (!row) continue;
        const weighing = this.weighings[unit][term.field];
        if (!weighing) throw new KildesvarError('index_corrupt', `The generation has no document lengths for ${unit} ${term.field}.`);
        if (scratch.scores.length < weighing.lengthFactors.length) scratch.scores = new Float64Array(weighing.lengthFactors.length);
        const count = row.bytes.length; // A posting takes 2 bytes at least, so this bounds the count.
        if (scratch.documents.length < count) scratch.documents = new Uint32Array(Math.max(count, 2 * scratch.documents.length));
        high = Math.max(high, addCompact(scratch.scores, row.bytes, term.weight * row.idf, weighing, scratch.documents));
      }
      const best = new BestDocuments(depth);
      const { scores } = scratch;
      for (let document = 0; document < high; document += 1) {
        const score = scores[document] ?? 0;
        if (score > 0) best.offer(score, document);
      }
      return best.best();
    } finally {
      scratch.scores.fill(0, 0, high);
      if (this.scratch[unit].length < 2) this.scratch[unit].push(scratch);
    }
  }
}

/** Reads the compact rows of `terms` by binary COPY (`field, term, idf, compact`). */
export const copyCompactRows =
  (pool: Pool, generation: number): CompactFetch =>
  async (unit, terms) => {
    if (!Number.isSafeInteger(generation)) throw new KildesvarError('internal', `Generation ${generation} is not an integer.`);
    const rows = new Map<string, CompactRow>();
    const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const reader = new CopyBinaryReader(undefined, (tuple) => {
      const [field, term, idf, bytes] = tuple;
      if (!field || !term || !idf || idf.length !== 8 || !bytes)
        throw new KildesvarError('index_corrupt', 'A compact posting row lacks its field, term, idf or postings.');
      rows.set(postingKey(text(field), text(term)), { idf: new DataView(idf.buffer, idf.byteOffset, 8).getFloat64(0), bytes });
    });
    const sql = `COPY (SELECT t.field, t.term, t.idf, t.compact
      FROM ${termsRelation(terms)}
      JOIN kildesvar_postings t ON t.generation = ${generation} AND t.unit = ${unitLiteral(unit)} AND t.field = q.field AND t.term = q.term
    ) TO STDOUT (FORMAT binary)`;
    await copyOut(pool, sql, (piece) => reader.push(piece));
    reader.end();
    return rows;
  };
