import { LruCache } from '../../collections/lru-cache';
import { KildesvarError } from '../../errors';
import type { TermPostings } from '../../lexical/bm25-field';
import { type PagedField, PostingArena, PostingRowStore, pageBytes } from './posting-arena';
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

  /**
   * The score a document must exceed to be kept when it comes after every document offered so far (a larger number):
   * 0 until `depth` are kept, then the worst kept score.
   */
  floor(): number {
    return this.size < this.depth ? 0 : (this.scores[0] ?? 0);
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

/**
 * One search's BM25 scores of one unit, summed row by row as rows arrive: an array indexed by
 * document, which grows to the largest document seen (the unit's size at most). Each row adds
 * `field weight × idf × stored weight` to its documents; rows added in query order give every
 * document the in-memory index's sum (`Bm25Field.accumulate`) to the bit.
 */
export class ScoreSum {
  private scores = new Float64Array(0);
  /** One past the largest document added since the last `clear`. */
  private high = 0;

  add(row: TermPostings, termWeight: number): void {
    const { documents, weights } = row;
    let largest = -1;
    for (let posting = 0; posting < documents.length; posting += 1) if ((documents[posting] ?? 0) > largest) largest = documents[posting] ?? 0;
    if (largest >= this.scores.length) {
      const grown = new Float64Array(largest + 1);
      grown.set(this.scores.subarray(0, this.high));
      this.scores = grown;
    }
    if (largest >= this.high) this.high = largest + 1;
    addScaled(this.scores, documents, weights, termWeight);
  }

  /** A row with its segments (`rest`), as a fetched or cached row holds them. */
  addRow(row: TermRow, fieldWeight: number): void {
    const termWeight = fieldWeight * row.idf;
    this.add(row, termWeight);
    for (const segment of row.rest ?? []) this.add(segment, termWeight);
  }

  /** The `depth` best documents, best first, ties by document number. */
  best(depth: number): ScoredDocument[] {
    const best = new BestDocuments(depth);
    const { scores, high } = this;
    for (let document = 0; document < high; document += 1) {
      const score = scores[document] ?? 0;
      if (score > 0) best.offer(score, document);
    }
    return best.best();
  }

  /** Zeroes what was added, keeping the array for the next search. */
  clear(): void {
    this.scores.fill(0, 0, this.high);
    this.high = 0;
  }
}

/** The hot loop in a plain function: V8 optimizes a loop inside an async function or closure poorly. */
const addScaled = (scores: Float64Array, documents: Uint32Array, weights: Float32Array, termWeight: number): void => {
  for (let posting = 0; posting < documents.length; posting += 1) {
    const document = documents[posting] ?? 0;
    scores[document] = (scores[document] ?? 0) + termWeight * (weights[posting] ?? 0);
  }
};

/** Score arrays kept per unit for the next searches (more only while that many search at once). */
const keptScoreSums = 2;

export class PostingRows {
  readonly stores: Record<Unit, PostingRowStore>;
  /** Query terms the generation has no row for: a generation never changes, so they are not asked for again. */
  private readonly absent: Record<Unit, LruCache<string, true>> = { chunks: new LruCache(absentTermsCached), sentences: new LruCache(absentTermsCached) };
  private readonly sums: Record<Unit, ScoreSum[]> = { chunks: [], sentences: [] };

  /** `cacheBytes` per unit: the arena's pages, plus an eighth of it for rows too small for a page. */
  constructor(
    private readonly fetch: PostingFetch,
    cacheBytes = postingRowsCacheBytes,
  ) {
    const store = () => new PostingRowStore(new PostingArena(Math.floor(cacheBytes / pageBytes)), cacheBytes / 8);
    this.stores = { chunks: store(), sentences: store() };
  }

  /**
   * BM25 of one unit: each term's `field weight × idf × stored weight` added per document in query
   * order, as `Bm25Field.accumulate` sums it, so scores are the in-memory index's to the bit. Cached
   * rows are pinned; the others are fetched in one query that returns them in query order, and each
   * is added to the scores as soon as it has arrived (with the cached rows before it), then let go:
   * the arena only caches, and never has to hold all of a question's rows at once.
   */
  async score(unit: Unit, terms: readonly QueryTerm[], depth: number): Promise<ScoredDocument[]> {
    if (terms.length === 0 || depth <= 0) return [];
    const store = this.stores[unit];
    const keys = terms.map((term) => postingKey(term.field, term.term));
    const held = keys.map((key) => store.pin(key));
    const absent = this.absent[unit];
    /** Positions of each key to fetch (the first of them is where its row arrives). */
    const missing = new Map<string, number[]>();
    keys.forEach((key, index) => {
      if (held[index] || absent.peek(key)) return;
      const positions = missing.get(key);
      if (positions) positions.push(index);
      else missing.set(key, [index]);
    });
    const sum = this.sums[unit].pop() ?? new ScoreSum();
    let next = 0;
    /** Adds the rows of positions up to `end` (those held; a term without a row adds nothing) and lets each go. */
    const addUpTo = (end: number) => {
      for (; next < end; next += 1) {
        const row = held[next];
        if (!row) continue;
        held[next] = undefined;
        sum.addRow(row.row, terms[next]?.weight ?? 0);
        store.unpin(row);
      }
    };
    const allocated: PagedField[] = [];
    const delivered = new Set<string>();
    const deliveredPages = new Set<readonly number[]>();
    /** A fetched row: cached (pinned once per position of its key), and the scores brought up to its first position. */
    const arrive = (key: string, row: TermRow) => {
      const positions = missing.get(key);
      if (!positions || delivered.has(key)) throw new KildesvarError('internal', `The posting fetch returned a row for a term it was not asked for, or twice.`);
      const first = positions[0] ?? 0;
      if (first < next) throw new KildesvarError('internal', 'The posting fetch returned rows out of the order of the terms asked for.');
      delivered.add(key);
      if (row.pages) deliveredPages.add(row.pages);
      const added = store.add(key, row);
      added.pins += positions.length - 1;
      for (const position of positions) held[position] = added;
      addUpTo(first + 1);
    };
    try {
      addUpTo(missing.size === 0 ? terms.length : Math.min(...[...missing.values()].map((positions) => positions[0] ?? 0)));
      if (missing.size > 0) {
        const returned = await this.fetch(
          unit,
          [...missing.values()].map((positions) => terms[positions[0] ?? 0] as QueryTerm),
          (bytes) => {
            const field = store.allocate(bytes);
            if (field) allocated.push(field);
            return field;
          },
          arrive,
        );
        // A fetch that returns its rows instead of handing them over: they all come now, in query order.
        const rest = [...returned].filter(([key]) => !delivered.has(key));
        rest.sort(([left], [right]) => (missing.get(left)?.[0] ?? 0) - (missing.get(right)?.[0] ?? 0));
        for (const [key, row] of rest) arrive(key, row);
        for (const key of missing.keys()) if (!delivered.has(key)) absent.get(key, () => true);
      }
      addUpTo(terms.length);
      return sum.best(depth);
    } catch (error) {
      // Rows held but not yet added are let go.
      for (const row of held) if (row) store.unpin(row);
      throw error;
    } finally {
      // Pages given to a row that was never handed over (a fetch that failed part-way) go back.
      for (const field of allocated) if (!deliveredPages.has(field.pages)) store.discard(field.pages);
      sum.clear();
      if (this.sums[unit].length < keptScoreSums) this.sums[unit].push(sum);
    }
  }
}

/** Rows in query order summed into one score array (`ScoreSum`): what `PostingRows.score` computes, over rows at hand. */
export const sumScattered = (rows: readonly TermRow[], terms: readonly QueryTerm[], depth: number): ScoredDocument[] => {
  const sum = new ScoreSum();
  for (const [index, row] of rows.entries()) sum.addRow(row, terms[index]?.weight ?? 0);
  return sum.best(depth);
};
