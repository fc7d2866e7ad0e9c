import { PostingsCache } from '../../lexical/bm25-field';
import { postingKey, type PostingFetch, type QueryTerm, type TermRow, type Unit } from './posting-transfer';

export { decodeArraySend, type QueryTerm, type Unit } from './posting-transfer';

/**
 * BM25 over a generation's posting rows, scored in the API process with the arithmetic of the
 * in-memory index (`Bm25Field.accumulate`): the rows of the query's terms that are not cached are
 * fetched in one query (`kildesvar_postings`: one row per generation, unit, field and term, its
 * documents and BM25 term-frequency weights; how they travel is `posting-transfer.ts`), and a
 * byte-bounded LRU keeps the rows searched last. The process holds no corpus beyond that cache;
 * the cache belongs to one generation (a new generation gets a new one), so a replica never mixes generations.
 */

/** Bytes of posting rows one database-store API process keeps per unit (chunks, sentences). */
export const postingRowsCacheBytes = 16 * 2 ** 20;

const none: TermRow = { documents: new Uint32Array(0), weights: new Float32Array(0), idf: 0 };

export interface ScoredDocument {
  document: number;
  score: number;
}

/** The `depth` best documents, best first, ties by document number (document numbers follow id order): a bounded heap, no object per document. */
export const bestDocuments = (scores: Float64Array, documents: Uint32Array, depth: number): ScoredDocument[] => {
  const heapDocuments = new Uint32Array(depth);
  const heapScores = new Float64Array(depth);
  let size = 0;
  // The root is the worst kept: lowest score, and among equal scores the highest document number.
  const worse = (leftScore: number, leftDocument: number, rightScore: number, rightDocument: number) =>
    leftScore < rightScore || (leftScore === rightScore && leftDocument > rightDocument);
  const place = (at: number, score: number, document: number) => {
    heapScores[at] = score;
    heapDocuments[at] = document;
  };
  for (const document of documents) {
    const score = scores[document] ?? 0;
    if (score <= 0) continue;
    if (size < depth) {
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(score, document, heapScores[parent] ?? 0, heapDocuments[parent] ?? 0)) break;
        place(at, heapScores[parent] ?? 0, heapDocuments[parent] ?? 0);
        at = parent;
      }
      place(at, score, document);
      continue;
    }
    if (!worse(heapScores[0] ?? 0, heapDocuments[0] ?? 0, score, document)) continue;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= size) break;
      const right = left + 1;
      const child = right < size && worse(heapScores[right] ?? 0, heapDocuments[right] ?? 0, heapScores[left] ?? 0, heapDocuments[left] ?? 0) ? right : left;
      if (!worse(heapScores[child] ?? 0, heapDocuments[child] ?? 0, score, document)) break;
      place(at, heapScores[child] ?? 0, heapDocuments[child] ?? 0);
      at = child;
    }
    place(at, score, document);
  }
  const hits: ScoredDocument[] = [];
  for (let index = 0; index < size; index += 1) hits.push({ document: heapDocuments[index] ?? 0, score: heapScores[index] ?? 0 });
  return hits.sort((left, right) => right.score - left.score || left.document - right.document);
};

export class PostingRows {
  private readonly caches: Record<Unit, PostingsCache<string, TermRow>>;

  constructor(
    private readonly fetch: PostingFetch,
    cacheBytes = postingRowsCacheBytes,
  ) {
    this.caches = { chunks: new PostingsCache(cacheBytes), sentences: new PostingsCache(cacheBytes) };
  }

  private async rows(unit: Unit, terms: readonly QueryTerm[]): Promise<TermRow[]> {
    const cache = this.caches[unit];
    const key = (term: QueryTerm) => postingKey(term.field, term.term);
    const found = terms.map((term) => cache.peek(key(term)));
    const missing = terms.filter((_, index) => found[index] === undefined);
    if (missing.length === 0) return found.map((row) => row ?? none);
    const fetched = await this.fetch(unit, missing);
    // The rows of this query are used from here, not from the cache: one query's rows may exceed its budget.
    for (const term of missing) cache.get(key(term), () => fetched.get(key(term)) ?? none);
    return terms.map((term, index) => found[index] ?? fetched.get(key(term)) ?? none);
  }

  /**
   * BM25 of one unit: each term's `field weight × idf × stored weight` summed per document in query
   * order, as `Bm25Field.accumulate` sums it, so scores are the in-memory index's to the bit.
   */
  async score(unit: Unit, terms: readonly QueryTerm[], depth: number): Promise<ScoredDocument[]> {
    if (terms.length === 0 || depth <= 0) return [];
    return sumRows(await this.rows(unit, terms), terms, depth);
  }
}

/**
 * The BM25 sum over fetched rows, in a plain function: V8 optimizes a hot loop inside an async
 * function poorly (it stayed in the baseline tiers, ~100 ns a posting at 100×), here it is compiled.
 */
export const sumRows = (rows: readonly TermRow[], terms: readonly QueryTerm[], depth: number): ScoredDocument[] => {
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
    const termWeight = (terms[index]?.weight ?? 0) * row.idf;
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
