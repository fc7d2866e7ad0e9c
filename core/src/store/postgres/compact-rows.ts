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
 * The rows are summed block by block of documents (`sumCompactRows`), all rows within one block
 * before the next: the same additions per document in the same order, with the block's scores and
 * length factors in the core's cache instead of every row streaming through the unit's arrays.
 * Within a row, four postings whose gaps and frequencies are one byte each are read by one 32-bit
 * load of each section (nearly all of a common gram's postings); anything else goes one at a time.
 */

/** Bytes of compact rows one API process keeps per unit between searches. */
export const compactRowsCacheBytes = 16 * 2 ** 20;

/** A row larger than this share of the cache is used and let go, not cached (it would push out many). */
const largestCachedShare = 1 / 8;

export interface CompactRow {
  idf: number;
  bytes: Uint8Array;
}

/** Query terms per unit (a unit left out is not asked for). */
export type UnitTerms = Partial<Record<Unit, readonly QueryTerm[]>>;

/**
 * Fetches the compact rows of each unit's `terms` (those the generation holds) in one round trip,
 * per unit keyed by `postingKey`.
 */
export type CompactFetch = (terms: UnitTerms) => Promise<Record<Unit, Map<string, CompactRow>>>;

/** Terms per unit a generation is remembered not to hold. */
const absentTermsKept = 16_384;

/** Rows and absent terms by key, least recently used first out, bounded by the rows' bytes. */
class CompactCache {
  private readonly rows = new Map<string, SummableRow>();
  private readonly absent = new Set<string>();
  private bytes = 0;

  constructor(private readonly capacity: number) {}

  /** The row (marked recently used), `null` for a term known absent, undefined when not known. */
  get(key: string): SummableRow | null | undefined {
    const row = this.rows.get(key);
    if (row) {
      this.rows.delete(key);
      this.rows.set(key, row);
      return row;
    }
    return this.absent.has(key) ? null : undefined;
  }

  set(key: string, row: SummableRow): void {
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

/** A fetched compact row with where its frequencies start (found once, when the row arrives). */
export interface SummableRow extends CompactRow {
  count: number;
  /** Offset of the first gap (after the count). */
  gapsAt: number;
  /** Offset of the first frequency (after the last gap). */
  frequenciesAt: number;
}

/** The row with its posting count and section offsets; `index_corrupt` when its gaps run past its end. */
export const summableRow = (row: CompactRow): SummableRow => {
  const { bytes } = row;
  const next = new Int32Array(1);
  const count = varintAt(bytes, 0, next);
  const gapsAt = next[0] ?? 0;
  let at = gapsAt;
  for (let ended = 0; ended < count; at += 1) {
    if (at >= bytes.length) throw new KildesvarError('index_corrupt', 'A compact posting row ends inside a number.');
    if ((bytes[at] ?? 0) < 0x80) ended += 1;
  }
  return { ...row, count, gapsAt, frequenciesAt: at };
};

/**
 * Documents per block of the blocked sum: the block's scores (8 bytes a document) and the length
 * factors it reads (8 bytes a document per field) stay in the core's cache while every row adds its
 * postings in the block, instead of each row streaming through the unit's whole arrays.
 */
export const sumBlockDocuments = 8192;

/** `(word + 0x7f7f7f7f) & 0x80808080` of a little-endian word whose four bytes are each 1–127 (no carry crosses a byte). */
const singleBytesFromOne = 0x80808080 | 0;

/** Adds one posting's weight (`bm25WeightOf`, stored as float32 as the index stores it, times the term's weight) to `scores[slot]`. */
const addPosting = (scores: Float64Array, slot: number, termWeight: number, frequency: number, lengthFactor: number, k1: number): void => {
  scores[slot] = (scores[slot] ?? 0) + termWeight * Math.fround(bm25WeightOf(frequency, lengthFactor, k1));
};

/**
 * Sums `rows` (with `termWeights[i]` and `weighings[i]` for `rows[i]`) into `best`, block by block
 * of documents: within a block, the rows are added in the order given, so every document gets the
 * same additions in the same order as summing the rows one after another (`Bm25Field.accumulate`): the same scores to the bit. `scores` is
 * scratch of at least `blockDocuments` zeros (left zero). The documents are offered to `best` in ascending order, so `best`
 * must hold none numbered above the rows' (a new one, as every caller passes). Returns one past the largest document summed.
 */
export const sumCompactRows = (
  rows: readonly SummableRow[],
  termWeights: Float64Array,
  weighings: readonly FieldWeighing[],
  best: BestDocuments,
  scores: Float64Array,
  blockDocuments = sumBlockDocuments,
): number => {
  const rowCount = rows.length;
  const gapAt = new Int32Array(rowCount);
  const frequencyAt = new Int32Array(rowCount);
  const left = new Int32Array(rowCount);
  const nextDocument = new Int32Array(rowCount);
  const next = new Int32Array(1);
  const views = rows.map(({ bytes }) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  let active = 0;
  let high = 0;
  let first = Number.POSITIVE_INFINITY;
  for (let index = 0; index < rowCount; index += 1) {
    const row = rows[index] as SummableRow;
    left[index] = row.count;
    frequencyAt[index] = row.frequenciesAt;
    if (row.count === 0) continue;
    active += 1;
    const document = varintAt(row.bytes, row.gapsAt, next);
    gapAt[index] = next[0] ?? 0;
    nextDocument[index] = document;
    if (document < first) first = document;
  }
  let start = active > 0 ? first - (first % blockDocuments) : 0;
  while (active > 0) {
    const end = start + blockDocuments;
    let following = Number.POSITIVE_INFINITY;
    for (let index = 0; index < rowCount; index += 1) {
      let remaining = left[index] ?? 0;
      let document = nextDocument[index] ?? 0;
      if (remaining === 0) continue;
      if (document < end) {
        const { bytes } = rows[index] as SummableRow;
        const { lengthFactors, k1 } = weighings[index] as FieldWeighing;
        const termWeight = termWeights[index] ?? 0;
        const limit = Math.min(end, lengthFactors.length);
        const view = views[index] as DataView;
        const gapsEnd = (rows[index] as SummableRow).frequenciesAt;
        let gap = gapAt[index] ?? 0;
        let at = frequencyAt[index] ?? 0;
        while (document < limit) {
          // Four postings at once when their gaps and frequencies are one byte each (nearly all of a
          // common gram's) and the four fall in the block: the same additions, fewer byte-by-byte
          // branches. A zero or multi-byte number goes the one-at-a-time way below (which checks it).
          if (remaining > 4 && gap + 4 <= gapsEnd && at + 4 <= bytes.length) {
            const gaps = view.getUint32(gap, true);
            const frequencies = view.getUint32(at, true);
            if (((gaps | frequencies) & 0x80808080) === 0 && ((frequencies + 0x7f7f7f7f) & 0x80808080) === singleBytesFromOne) {
              const second = document + (gaps & 0xff);
              const third = second + ((gaps >>> 8) & 0xff);
              const fourth = third + ((gaps >>> 16) & 0xff);
              if (fourth < limit) {
                addPosting(scores, document - start, termWeight, frequencies & 0xff, lengthFactors[document] ?? 0, k1);
                addPosting(scores, second - start, termWeight, (frequencies >>> 8) & 0xff, lengthFactors[second] ?? 0, k1);
                addPosting(scores, third - start, termWeight, (frequencies >>> 16) & 0xff, lengthFactors[third] ?? 0, k1);
                addPosting(scores, fourth - start, termWeight, frequencies >>> 24, lengthFactors[fourth] ?? 0, k1);
                document = fourth + (gaps >>> 24);
                gap += 4;
                at += 4;
                remaining -= 4;
                continue;
              }
            }
          }
          let frequency = bytes[at] ?? 0x80;
          if (frequency < 0x80) at += 1;
          else {
            frequency = varintAt(bytes, at, next);
            at = next[0] ?? 0;
          }
          if (frequency < 1) throw new KildesvarError('index_corrupt', "The lexical index's postings are corrupt.");
          addPosting(scores, document - start, termWeight, frequency, lengthFactors[document] ?? 0, k1);
          remaining -= 1;
          if (remaining === 0) break;
          const byte = bytes[gap] ?? 0x80;
          if (byte < 0x80) {
            gap += 1;
            document += byte;
          } else {
            document += varintAt(bytes, gap, next);
            gap = next[0] ?? 0;
          }
        }
        if (remaining === 0) {
          if (at !== bytes.length || gap !== (rows[index] as SummableRow).frequenciesAt)
            throw new KildesvarError('index_corrupt', 'A compact posting row has bytes after its postings.');
          if (document + 1 > high) high = document + 1;
          active -= 1;
        } else if (document >= lengthFactors.length)
          throw new KildesvarError('index_corrupt', 'A compact posting row names a document the unit does not hold.');
        left[index] = remaining;
        nextDocument[index] = document;
        gapAt[index] = gap;
        frequencyAt[index] = at;
      }
      if (remaining > 0 && document < following) following = document;
    }
    // Documents are offered in ascending order, so one scoring no more than the kept worst (`floor`) could only tie it
    // with a larger number, and would be refused: it is not offered (nearly every document has a score at 100×).
    let floor = best.floor();
    for (let slot = 0; slot < blockDocuments; slot += 1) {
      const score = scores[slot] ?? 0;
      if (score > 0) {
        if (score > floor) {
          best.offer(score, start + slot);
          floor = best.floor();
        }
        scores[slot] = 0;
      }
    }
    if (active > 0) start = following - (following % blockDocuments);
  }
  return high;
};

export class CompactRows {
  private readonly caches: Record<Unit, CompactCache>;
  /** Block score arrays (zeros between sums) kept for the next search. */
  private readonly scratch: Float64Array[] = [];

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
    return (await this.scoreUnits({ [unit]: terms }, depth))[unit];
  }

  /**
   * `score` of each unit given, with the rows that neither unit's cache holds fetched in one round
   * trip for both (a question's first search fetched each unit's rows by a query of its own).
   */
  async scoreUnits(terms: UnitTerms, depth: number): Promise<Record<Unit, ScoredDocument[]>> {
    const units = (['chunks', 'sentences'] as const).filter((unit) => (terms[unit]?.length ?? 0) > 0 && depth > 0);
    const looked = units.map((unit) => {
      const cache = this.caches[unit];
      const asked = terms[unit] ?? [];
      const keys = asked.map((term) => postingKey(term.field, term.term));
      const rows = keys.map((key) => cache.get(key));
      const missing = [...new Map(asked.flatMap((term, index) => (rows[index] === undefined ? [[keys[index] ?? '', term] as const] : []))).values()];
      return { unit, asked, keys, rows, missing };
    });
    const wanted: UnitTerms = {};
    for (const { unit, missing } of looked) if (missing.length > 0) wanted[unit] = missing;
    const arrived = Object.keys(wanted).length > 0 ? await this.fetch(wanted) : null;
    const scored: Record<Unit, ScoredDocument[]> = { chunks: [], sentences: [] };
    for (const { unit, asked, keys, rows, missing } of looked) {
      const cache = this.caches[unit];
      const fetched = new Map<string, SummableRow>();
      for (const term of missing) {
        const key = postingKey(term.field, term.term);
        const row = arrived?.[unit].get(key);
        if (row) {
          const summable = summableRow(row);
          fetched.set(key, summable);
          cache.set(key, summable);
        } else cache.setAbsent(key);
      }
      scored[unit] = this.sum(
        unit,
        asked,
        rows.map((row, index) => row ?? fetched.get(keys[index] ?? '')),
        depth,
      );
    }
    return scored;
  }

  /** Sums the rows found for `terms` (`rows[i]` for `terms[i]`, undefined or null when the generation has none). */
  private sum(unit: Unit, terms: readonly QueryTerm[], rows: ReadonlyArray<SummableRow | null | undefined>, depth: number): ScoredDocument[] {
    const summed: SummableRow[] = [];
    const weights: number[] = [];
    const weighings: FieldWeighing[] = [];
    for (const [index, term] of terms.entries()) {
      const row = rows[index];
      if (!row) continue;
      const weighing = this.weighings[unit][term.field];
      if (!weighing) throw new KildesvarError('index_corrupt', `The generation has no document lengths for ${unit} ${term.field}.`);
      summed.push(row);
      weights.push(term.weight * row.idf);
      weighings.push(weighing);
    }
    const best = new BestDocuments(depth);
    const scores = this.scratch.pop() ?? new Float64Array(sumBlockDocuments);
    try {
      sumCompactRows(summed, Float64Array.from(weights), weighings, best, scores);
    } catch (error) {
      scores.fill(0);
      throw error;
    } finally {
      if (this.scratch.length < 2) this.scratch.push(scores);
    }
    return best.best();
  }
}

/**
 * Reads the compact rows of each unit's terms by one binary COPY (`unit, field, term, idf, compact`):
 * one SELECT per unit asked for, joined by UNION ALL.
 */
export const copyCompactRows =
  (pool: Pool, generation: number): CompactFetch =>
  async (terms) => {
    if (!Number.isSafeInteger(generation)) throw new KildesvarError('internal', `Generation ${generation} is not an integer.`);
    const rows: Record<Unit, Map<string, CompactRow>> = { chunks: new Map(), sentences: new Map() };
    const selects = (['chunks', 'sentences'] as const).flatMap((unit) => {
      const asked = terms[unit] ?? [];
      return asked.length === 0
        ? []
        : [
            `SELECT ${unitLiteral(unit)}::text AS unit, t.field, t.term, t.idf, t.compact
      FROM ${termsRelation(asked)}
      JOIN kildesvar_postings t ON t.generation = ${generation} AND t.unit = ${unitLiteral(unit)} AND t.field = q.field AND t.term = q.term`,
          ];
    });
    if (selects.length === 0) return rows;
    const text = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    const reader = new CopyBinaryReader(undefined, (tuple) => {
      const [unitBytes, field, term, idf, bytes] = tuple;
      const unit = unitBytes ? text(unitBytes) : '';
      if ((unit !== 'chunks' && unit !== 'sentences') || !field || !term || !idf || idf.length !== 8 || !bytes)
        throw new KildesvarError('index_corrupt', 'A compact posting row lacks its unit, field, term, idf or postings.');
      rows[unit].set(postingKey(text(field), text(term)), { idf: new DataView(idf.buffer, idf.byteOffset, 8).getFloat64(0), bytes });
    });
    await copyOut(pool, `COPY (${selects.join('\n      UNION ALL\n      ')}) TO STDOUT (FORMAT binary)`, (piece) => reader.push(piece));
    reader.end();
    return rows;
  };
