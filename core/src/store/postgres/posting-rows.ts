import { LruCache } from '../../collections/lru-cache';
import type { TermPostings } from '../../lexical/bm25-field';
import { type PagedField, PostingArena, PostingRowStore, pageBytes, type HeldRow } from './posting-arena';
import { postingKey, type PostingFetch, type QueryTerm, type TermRow, type Unit } from './posting-transfer';

export { decodeArraySend, type QueryTerm, type Unit } from './posting-transfer';

/**
 * BM25 over a generation's posting rows, scored in the API process with the arithmetic of the
 * in-memory index (`Bm25Field.accumulate`): the rows of the query's terms that are not held are
 * fetched in one query (`kildesvar_postings`: one row per generation, unit, field and term, its
 * documents and BM25 term-frequency weights; how they travel is `posting-transfer.ts`) straight
 * into a fixed arena of pages per unit (`posting-arena.ts`), which keeps the rows searched last.
 * The process holds no corpus beyond that; the arena belongs to one generation (a new generation
 * gets a new one), so a replica never mixes generations.
 */

/** Bytes of posting rows one database-store API process keeps per unit (chunks, sentences): its arena of pages. */
export const postingRowsCacheBytes = 16 * 2 ** 20;

const none: TermRow = { documents: new Uint32Array(0), weights: new Float32Array(0), idf: 0 };

export interface ScoredDocument {
  document: number;
  score: number;
}

/** The root of the heap is the worst kept: lowest score, and among equal scores the highest document number. */
const worse = (leftScore: number, leftDocument: number, rightScore: number, rightDocument: number) =>
  leftScore < rightScore || (leftScore === rightScore && leftDocument > rightDocument);

/**
 * The `depth` best documents offered, best first, ties by document number (document numbers follow
 * id order): a bounded heap in typed arrays, no object per document. The order documents are
 * offered in does not matter.
 */
export class BestDocuments {
  private readonly documents: Uint32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly depth: number) {
    this.documents = new Uint32Array(depth);
    this.scores = new Float64Array(depth);
  }

  private place(at: number, score: number, document: number): void {
    this.scores[at] = score;
    this.documents[at] = document;
  }

  offer(score: number, document: number): void {
    const { scores, documents, depth } = this;
    if (score <= 0 || depth <= 0) return;
    if (this.size < depth) {
      let at = this.size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(score, document, scores[parent] ?? 0, documents[parent] ?? 0)) break;
        this.place(at, scores[parent] ?? 0, documents[parent] ?? 0);
        at = parent;
      }
      this.place(at, score, document);
      return;
    }
    if (!worse(scores[0] ?? 0, documents[0] ?? 0, score, document)) return;
    const size = this.size;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && worse(scores[right] ?? 0, documents[right] ?? 0, scores[left] ?? 0, documents[left] ?? 0) ? right : left;
      if (!worse(scores[child] ?? 0, documents[child] ?? 0, score, document)) break;
      this.place(at, scores[child] ?? 0, documents[child] ?? 0);
      at = child;
    }
    this.place(at, score, document);
  }

  best(): ScoredDocument[] {
    const hits: ScoredDocument[] = [];
    for (let index = 0; index < this.size; index += 1) hits.push({ document: this.documents[index] ?? 0, score: this.scores[index] ?? 0 });
    return hits.sort((left, right) => right.score - left.score || left.document - right.document);
  }
}

/** The `depth` best of `documents` by `scores` (indexed by document), best first, ties by document number. */
export const bestDocuments = (scores: Float64Array, documents: Uint32Array, depth: number): ScoredDocument[] => {
  const best = new BestDocuments(depth);
  for (const document of documents) best.offer(scores[document] ?? 0, document);
  return best.best();
};

/** Terms per unit a generation is remembered not to hold (their key only: no postings to fetch). */
export const absentTermsCached = 16_384;

export class PostingRows {
  readonly stores: Record<Unit, PostingRowStore>;
  /** Query terms the generation has no row for: a generation never changes, so they are not asked for again. */
  private readonly absent: Record<Unit, LruCache<string, true>> = { chunks: new LruCache(absentTermsCached), sentences: new LruCache(absentTermsCached) };

  /** `cacheBytes` per unit: the arena's pages, plus an eighth of it for rows too small for a page. */
  constructor(
    private readonly fetch: PostingFetch,
    cacheBytes = postingRowsCacheBytes,
  ) {
    const store = () => new PostingRowStore(new PostingArena(Math.floor(cacheBytes / pageBytes)), cacheBytes / 8);
    this.stores = { chunks: store(), sentences: store() };
  }

  /** The rows of `terms`, pinned (unpin each when done), fetching those not cached in one query. */
  private async rows(unit: Unit, terms: readonly QueryTerm[]): Promise<Array<HeldRow | undefined>> {
    const store = this.stores[unit];
    const keys = terms.map((term) => postingKey(term.field, term.term));
    const held = keys.map((key) => store.pin(key));
    const missing = new Map<string, QueryTerm>();
    const absent = this.absent[unit];
    keys.forEach((key, index) => {
      const term = terms[index];
      if (!held[index] && term && !absent.peek(key)) missing.set(key, term);
    });
    if (missing.size === 0) return held;
    const allocated: PagedField[] = [];
    let fetched: Map<string, TermRow>;
    try {
      fetched = await this.fetch(unit, [...missing.values()], (bytes) => {
        const field = store.allocate(bytes);
        if (field) allocated.push(field);
        return field;
      });
    } catch (error) {
      for (const field of allocated) store.discard(field.pages);
      for (const row of held) if (row) store.unpin(row);
      throw error;
    }
    // Pages of a row the fetch did not return (a duplicate it replaced) go back.
    const returned = new Set([...fetched.values()].map((row) => row.pages));
    for (const field of allocated) if (!returned.has(field.pages)) store.discard(field.pages);
    const added = new Map<string, HeldRow>();
    for (const [key, row] of fetched) added.set(key, store.add(key, row));
    for (const key of missing.keys()) if (!fetched.has(key)) absent.get(key, () => true);
    // Each term position holds one pin: the first of a fetched key uses the pin `add` took.
    const used = new Set<string>();
    return keys.map((key, index) => {
      const found = held[index] ?? added.get(key);
      if (found && !held[index]) {
        if (used.has(key)) found.pins += 1;
        used.add(key);
      }
      return found;
    });
  }

  /**
   * BM25 of one unit: each term's `field weight × idf × stored weight` summed per document in query
   * order, as `Bm25Field.accumulate` sums it, so scores are the in-memory index's to the bit.
   */
  async score(unit: Unit, terms: readonly QueryTerm[], depth: number): Promise<ScoredDocument[]> {
    if (terms.length === 0 || depth <= 0) return [];
    const store = this.stores[unit];
    const held = await this.rows(unit, terms);
    try {
      return sumRows(
        held.map((row) => row?.row ?? none),
        terms,
        depth,
      );
    } finally {
      for (const row of held) if (row) store.unpin(row);
    }
  }
}

/** Documents per block of the blocked sum: 4,096 scores (32 KiB) stay in a core's L1 data cache while every row adds to them. */
export const sumBlockDocuments = 4096;

/** Whether a row's documents are in ascending order, checked once per row (rows are cached and reused). */
const sortedRows = new WeakMap<TermPostings, boolean>();
const ascending = (row: TermPostings): boolean => {
  let sorted = sortedRows.get(row);
  if (sorted === undefined) {
    const { documents } = row;
    sorted = true;
    for (let index = 1; index < documents.length && sorted; index += 1) sorted = (documents[index] ?? 0) > (documents[index - 1] ?? 0);
    sortedRows.set(row, sorted);
  }
  return sorted;
};

/**
 * The BM25 sum over fetched rows, in a plain function: V8 optimizes a hot loop inside an async
 * function poorly (it stayed in the baseline tiers, ~100 ns a posting at 100×), here it is compiled.
 * Each document's score is `Σ field weight × idf × stored weight` over the query's terms in query
 * order, as `Bm25Field.accumulate` sums it. Rows sorted by document (generations written since
 * session 8) are summed block by block (`sumBlocks`); others scatter into one array the corpus's size.
 */
export const sumRows = (rows: readonly TermRow[], terms: readonly QueryTerm[], depth: number, blockDocuments = sumBlockDocuments): ScoredDocument[] => {
  const { segments, termWeights } = segmentsOf(rows, terms);
  return segments.every(ascending) ? blockSum(segments, termWeights, depth, blockDocuments) : scatteredSum(segments, termWeights, depth);
};

/**
 * Every row's segments (`documents`/`weights`, then `rest`) with the row's term weight, in query
 * order. A document is in at most one segment of a row, so summing segment by segment adds its
 * terms in query order, as summing row by row does.
 */
const segmentsOf = (rows: readonly TermRow[], terms: readonly QueryTerm[]): { segments: TermPostings[]; termWeights: Float64Array } => {
  const segments: TermPostings[] = [];
  const weights: number[] = [];
  rows.forEach((row, index) => {
    const termWeight = (terms[index]?.weight ?? 0) * row.idf;
    for (const segment of [row, ...(row.rest ?? [])]) {
      segments.push(segment);
      weights.push(termWeight);
    }
  });
  return { segments, termWeights: Float64Array.from(weights) };
};

/**
 * Rows sorted by document, summed one block of document numbers at a time: every row in query order
 * adds its postings of the block (a cursor per row), so each document still gets its terms in query
 * order and the same floating-point sum, while the scores written stay in cache and the postings are
 * read in order. At 100× a query touches ~600,000 postings spread over 187,000 sentences: scattering
 * them into one corpus-sized array cost 40–70 ns a posting in cache misses.
 */
export const sumBlocks = (rows: readonly TermRow[], terms: readonly QueryTerm[], depth: number, blockDocuments = sumBlockDocuments): ScoredDocument[] => {
  const { segments, termWeights } = segmentsOf(rows, terms);
  return blockSum(segments, termWeights, depth, blockDocuments);
};

const blockSum = (rows: readonly TermPostings[], termWeights: Float64Array, depth: number, blockDocuments: number): ScoredDocument[] => {
  let size = 0;
  for (const row of rows) {
    const last = row.documents[row.documents.length - 1];
    if (last !== undefined && last >= size) size = last + 1;
  }
  const best = new BestDocuments(depth);
  const block = new Float64Array(Math.max(1, Math.min(size, blockDocuments)));
  const cursors = new Uint32Array(rows.length);
  for (let start = 0; start < size; start += block.length) {
    const end = start + block.length;
    block.fill(0);
    for (let rowIndex = 0; rowIndex < rows.length; rowIndex += 1) {
      const row = rows[rowIndex];
      if (!row) continue;
      const { documents, weights } = row;
      const termWeight = termWeights[rowIndex] ?? 0;
      let posting = cursors[rowIndex] ?? 0;
      for (; posting < documents.length; posting += 1) {
        const document = documents[posting] ?? 0;
        if (document >= end) break;
        block[document - start] = (block[document - start] ?? 0) + termWeight * (weights[posting] ?? 0);
      }
      cursors[rowIndex] = posting;
    }
    for (let offset = 0; offset < block.length; offset += 1) {
      const score = block[offset] ?? 0;
      if (score > 0) best.offer(score, start + offset);
    }
  }
  return best.best();
};

/** Rows in any order: every posting adds to one array indexed by document. */
export const sumScattered = (rows: readonly TermRow[], terms: readonly QueryTerm[], depth: number): ScoredDocument[] => {
  const { segments, termWeights } = segmentsOf(rows, terms);
  return scatteredSum(segments, termWeights, depth);
};

const scatteredSum = (rows: readonly TermPostings[], termWeights: Float64Array, depth: number): ScoredDocument[] => {
  let size = 0;
  let postings = 0;
  // Document numbers follow id order, not the file index's, so a row need not be sorted.
  for (const row of rows) {
    postings += row.documents.length;
    for (const document of row.documents) if (document >= size) size = document + 1;
  }
  const scores = new Float64Array(size);
  const seen = new Uint8Array(size);
  const touched = new Uint32Array(postings);
  let touchedCount = 0;
  rows.forEach((row, index) => {
    const termWeight = termWeights[index] ?? 0;
    const { documents, weights } = row;
    for (let posting = 0; posting < documents.length; posting += 1) {
      const document = documents[posting] ?? 0;
      if (!seen[document]) {
        seen[document] = 1;
        touched[touchedCount++] = document;
      }
      scores[document] = (scores[document] ?? 0) + termWeight * (weights[posting] ?? 0);
    }
  });
  return bestDocuments(scores, touched.subarray(0, touchedCount), depth);
};
