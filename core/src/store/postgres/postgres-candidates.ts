import type { Pool } from 'pg';
import pgvector from 'pgvector/pg';
import { analyzeQuery, lexicalFields, type LexicalHit, type LexicalIndexOptions } from '../../lexical';
import { LruCache } from '../../collections/lru-cache';
import { analysedChunk, type StoredAnalysis } from '../../retrieval/analysed-chunk';
import type { CandidateSource, LexicalUnits } from '../../retrieval/candidate-source';
import type { IndexedChunk } from '../../retrieval/indexed-chunk';
import { termWeight, type TermWeights } from '../../retrieval/term-weights';
import type { Chunk, SearchFilter } from '../../schemas';
import type { VectorHit } from '../vector-store';
import { defaultSearchEf } from '../vector-store';
import { KildesvarError } from '../../errors';
import { PostingRows, type QueryTerm, type ScoredDocument, type Unit } from './posting-rows';
import { CompactRows, copyCompactRows } from './compact-rows';
import { copyPostingRows, type UnitWeighings } from './posting-transfer';
import { vectorTable } from './sql-names';
import { type DenseLists, denseListsProbed, probedLists } from './dense-lists';
import { readListCentroids, scanLists } from './dense-lists-scan';
import type { DocumentNames } from './document-names';

/**
 * The first stage over one generation: BM25 over the stored postings (the query analysed by the
 * same code as the in-memory index, each term scored as `field weight × idf × stored weight`,
 * summed in the same order, ties broken by id; unfiltered searches fetch the query terms' posting
 * rows and sum them in the API, `PostingRows`; filtered ones sum in SQL), nearest vectors by pgvector's HNSW index
 * (without pgvector: an exact scan, or in a large generation the nearest dense lists, `dense-lists.ts`), and the chunks the second stage reads, cached per
 * generation in a bounded LRU. The API process holds no corpus.
 */
export interface GenerationInfo {
  generation: number;
  chunkCount: number;
  dense: 'hnsw' | 'exact' | 'lists';
  lexical: { chunks: LexicalIndexOptions; sentences: LexicalIndexOptions };
  vocabulary: ReadonlySet<string>;
  /** The field lengths compact posting rows are weighed with (schema version 6); undefined for an older generation. */
  weighings?: UnitWeighings;
  /** The chunks' ids and the sentences' chunks and positions by number, read once: hits are named without a query. Without: one query a search. */
  names?: DocumentNames;
}

/**
 * Analysed chunks one generation keeps between searches: a search's second stage reads ~30 (its
 * rerank depth), a chat turn the same ones again. An analysed chunk takes ~25 KiB of heap (its
 * sentences' terms and vectors; 314 chunks at 1× measured), so 2,048 of them (the size before
 * session 10) were ~50 MiB that only a corpus of 2,048 chunks or more ever filled: the API's
 * memory grew with the corpus up to that cap. 256 keep the last ~8 searches' candidates.
 */
export const chunkCacheSize = 256;

/** Up to this many chunks, pgvector searches exactly instead of through its HNSW index. */
export const exactScanBelow = 10_000;

/** SQL for "this chunk passes the filter" over `c` (a `kildesvar_chunks` row), appending its parameters. */
const filterSql = (filter: SearchFilter | undefined, values: unknown[]): string => {
  const conditions: string[] = [];
  if (filter?.file?.length) conditions.push(`c.file = ANY($${values.push(filter.file)}::text[])`);
  if (filter?.yearFrom !== undefined) conditions.push(`c.year_to >= $${values.push(filter.yearFrom)}`);
  if (filter?.yearTo !== undefined) conditions.push(`c.year_from <= $${values.push(filter.yearTo)}`);
  return conditions.join(' AND ');
};

interface ChunkRow {
  id: string;
  chunk: Chunk;
  analysis: StoredAnalysis;
  year_from: number;
  year_to: number;
}

/**
 * BM25 of one unit with a sorted aggregate, as the CTEs `query` and `scored` over the parameters
 * $1 generation, $2 unit, $3–$5 fields, terms and field weights: the filtered search runs it (with
 * `allowed` restricting the documents), and bench:lexical-sql compares it with `kildesvar_bm25`.
 */
export const orderedBm25Scores = (allowed = ''): string => `WITH query AS (
    SELECT q.field, q.term, q.field_weight, q.position
    FROM unnest($3::text[], $4::text[], $5::float8[]) WITH ORDINALITY AS q(field, term, field_weight, position)
  ), scored AS (
    SELECT p.document, sum(q.field_weight * t.idf * p.weight ORDER BY q.position) AS score
    FROM query q
    JOIN kildesvar_postings t ON t.generation = $1 AND t.unit = $2 AND t.field = q.field AND t.term = q.term
    CROSS JOIN LATERAL unnest(t.documents, t.weights) AS p(document, weight)
    WHERE true ${allowed}
    GROUP BY p.document
  )`;

/**
 * SQL for the dot product of the `real[]` column `column` with `query` (appended to `values` as
 * float8 parameters): `column[1] * $a + column[2] * $b + …`, each element widened to float8 and
 * summed in element order, so equal to the bit to `sum(a::float8 * b)` over `unnest` (the form
 * before, ~6× slower at 100×: an unnest and an aggregate per row) and to the in-memory sum.
 */
export const exactDotProduct = (column: string, query: readonly number[], values: unknown[]): string => {
  const first = values.length + 1;
  values.push(...query);
  return dotProductWith(column, first, query.length);
};

/** The same expression over parameters already in place: `$first` … `$(first + length - 1)`. */
const dotProductWith = (column: string, first: number, length: number): string =>
  Array.from({ length }, (_, index) => `${column}[${index + 1}] * $${first + index}::float8`).join(' + ') || '0';

/**
 * Where unfiltered BM25 is summed: in the API over fetched posting rows (the default), or in SQL by
 * `kildesvar_bm25`; likewise where the dense lists' dot products are computed (`dense-lists-scan.ts`,
 * or the SQL expression of the exact scan). Both ways give the same hits; 'sql' is kept for the tests and benches.
 */
export type LexicalScoring = 'app' | 'sql';

export class PostgresCandidates implements CandidateSource {
  private readonly chunkCache = new LruCache<string, IndexedChunk>(chunkCacheSize);
  /** Unfiltered BM25: over compact rows (a generation of schema version 6), else over packed rows or arrays. */
  private readonly postingRows: Pick<PostingRows, 'score'>;
  /** The generation's dense-list centroids, read on its first unfiltered dense search (`denseScoring` 'app'). */
  private centroids: Promise<DenseLists> | undefined;
  /** The generation's chunk frequencies of every stem, read on its first weighing (`weigher`). */
  private termWeights: Promise<TermWeights> | undefined;

  constructor(
    private readonly pool: Pool,
    readonly info: GenerationInfo,
    private readonly scoring: LexicalScoring = 'app',
    /** Lists a dense search scans in a generation with dense lists (the bench varies it). */
    private readonly probedLists = denseListsProbed,
    /** Where the dense lists' dot products are computed (bench:store-stages varies it; the hits are the same). */
    private readonly denseScoring: LexicalScoring = scoring,
  ) {
    this.postingRows = info.weighings
      ? new CompactRows(copyCompactRows(pool, info.generation), info.weighings)
      : new PostingRows(copyPostingRows(pool, info.generation));
  }

  /**
   * The ids of the chunk and sentence documents, in the order given: from the generation's names
   * when it has them, else in one query (one round trip for both units' hits).
   */
  private async idsOf(chunks: readonly ScoredDocument[], sentences: readonly ScoredDocument[]): Promise<{ chunks: LexicalHit[]; sentences: LexicalHit[] }> {
    if (chunks.length === 0 && sentences.length === 0) return { chunks: [], sentences: [] };
    const { names } = this.info;
    const idOf: Record<Unit, (document: number) => string | undefined> = names
      ? { chunks: (document) => names.chunkId(document), sentences: (document) => names.sentenceId(document) }
      : await this.queriedIds(chunks, sentences);
    const named = (unit: Unit, hits: readonly ScoredDocument[]): LexicalHit[] =>
      hits.map((hit) => {
        const id = idOf[unit](hit.document);
        if (id === undefined)
          throw new KildesvarError('index_corrupt', `Generation ${this.info.generation} has postings for ${unit} ${hit.document}, which it does not hold.`);
        return { id, score: hit.score };
      });
    return { chunks: named('chunks', chunks), sentences: named('sentences', sentences) };
  }

  /** The ids of these documents asked of the database, both units in one query. */
  private async queriedIds(
    chunks: readonly ScoredDocument[],
    sentences: readonly ScoredDocument[],
  ): Promise<Record<Unit, (document: number) => string | undefined>> {
    const result = await this.pool.query<{ unit: Unit; document: number; id: string }>(
      `SELECT 'chunks' AS unit, c.chunk_no AS document, c.id FROM kildesvar_chunks c WHERE c.generation = $1 AND c.chunk_no = ANY($2::int[])
       UNION ALL
       SELECT 'sentences' AS unit, s.sentence_no AS document, c.id || '#' || s.position AS id FROM kildesvar_sentences s
         JOIN kildesvar_chunks c ON c.generation = s.generation AND c.chunk_no = s.chunk_no
       WHERE s.generation = $1 AND s.sentence_no = ANY($3::int[])`,
      [this.info.generation, chunks.map((hit) => hit.document), sentences.map((hit) => hit.document)],
    );
    const ids: Record<Unit, Map<number, string>> = { chunks: new Map(), sentences: new Map() };
    for (const row of result.rows) ids[row.unit].set(Number(row.document), row.id);
    return { chunks: (document) => ids.chunks.get(document), sentences: (document) => ids.sentences.get(document) };
  }

  get size(): number {
    return this.info.chunkCount;
  }

  vocabulary(): ReadonlySet<string> {
    return this.info.vocabulary;
  }

  /** The query's terms for one unit's index: field, term and field weight, in the order the in-memory index sums them. */
  private queryTerms(unit: Unit, text: string): QueryTerm[] {
    const options = this.info.lexical[unit];
    const analysed = analyzeQuery(text, options.gramSize);
    return lexicalFields.flatMap((field) => analysed[field].map((term) => ({ field, term, weight: options.fieldWeights[field] })));
  }

  /** BM25 of one unit summed in SQL (a filtered search, or `scoring` 'sql'). */
  private async sqlBm25(unit: Unit, terms: readonly QueryTerm[], depth: number, filter?: SearchFilter): Promise<LexicalHit[]> {
    if (terms.length === 0 || depth <= 0) return [];
    const values: unknown[] = [
      this.info.generation,
      unit,
      terms.map((term) => term.field),
      terms.map((term) => term.term),
      terms.map((term) => term.weight),
      depth,
    ];
    const condition = filterSql(filter, values);
    const allowed = !condition
      ? ''
      : unit === 'chunks'
        ? `AND p.document IN (SELECT c.chunk_no FROM kildesvar_chunks c WHERE c.generation = $1 AND ${condition})`
        : `AND p.document IN (SELECT s.sentence_no FROM kildesvar_sentences s JOIN kildesvar_chunks c ON c.generation = s.generation AND c.chunk_no = s.chunk_no WHERE s.generation = $1 AND ${condition})`;
    const ids =
      unit === 'chunks'
        ? `SELECT h.document, c.id, h.score FROM hits h JOIN kildesvar_chunks c ON c.generation = $1 AND c.chunk_no = h.document`
        : `SELECT h.document, c.id || '#' || s.position AS id, h.score FROM hits h
             JOIN kildesvar_sentences s ON s.generation = $1 AND s.sentence_no = h.document
             JOIN kildesvar_chunks c ON c.generation = $1 AND c.chunk_no = s.chunk_no`;
    // Unfiltered: the migration's kildesvar_bm25, which hashes instead of sorting.
    const scored = condition
      ? `${orderedBm25Scores(allowed)}, hits AS (
           SELECT document, score FROM scored WHERE score > 0 ORDER BY score DESC, document LIMIT $6
         )`
      : 'WITH hits AS (SELECT document, score FROM kildesvar_bm25($1, $2, $3::text[], $4::text[], $5::float8[], $6))';
    const result = await this.pool.query<{ id: string; score: number }>(`${scored} ${ids} ORDER BY h.score DESC, h.document`, values);
    return result.rows.map((row) => ({ id: row.id, score: Number(row.score) }));
  }

  /**
   * Unfiltered searches fetch the query terms' posting rows (those not cached) and sum them here
   * (`PostingRows`), both units at once, then name the hits of both in one query; filtered ones
   * (and `scoring` 'sql') sum in SQL.
   */
  async lexical(text: string, depth: number, filter?: SearchFilter, units: LexicalUnits = 'both'): Promise<{ chunks: LexicalHit[]; sentences: LexicalHit[] }> {
    const chunkTerms = units === 'both' ? this.queryTerms('chunks', text) : [];
    const sentenceTerms = this.queryTerms('sentences', text);
    if (depth <= 0) return { chunks: [], sentences: [] };
    const filtered = filterSql(filter, []) !== '';
    if (filtered || this.scoring === 'sql') {
      const [chunks, sentences] = await Promise.all([
        this.sqlBm25('chunks', chunkTerms, depth, filter),
        this.sqlBm25('sentences', sentenceTerms, depth, filter),
      ]);
      return { chunks, sentences };
    }
    // Compact rows: both units' uncached rows come in one round trip.
    const { chunks, sentences } =
      this.postingRows instanceof CompactRows
        ? await this.postingRows.scoreUnits({ chunks: chunkTerms, sentences: sentenceTerms }, depth)
        : await Promise.all([this.postingRows.score('chunks', chunkTerms, depth), this.postingRows.score('sentences', sentenceTerms, depth)]).then(
            ([chunks, sentences]) => ({ chunks, sentences }),
          );
    return this.idsOf(chunks, sentences);
  }

  async dense(vector: number[], depth: number, filter?: SearchFilter): Promise<VectorHit[]> {
    const norm = Math.hypot(...vector);
    if (norm === 0 || depth <= 0 || this.info.chunkCount === 0) return [];
    const values: unknown[] = [this.info.generation];
    if (this.info.dense === 'hnsw') {
      values.push(pgvector.toSql(vector), Math.min(depth, this.info.chunkCount));
      const condition = filterSql(filter, values);
      const allowed = condition ? `WHERE v.chunk_no IN (SELECT c.chunk_no FROM kildesvar_chunks c WHERE c.generation = $1 AND ${condition})` : '';
      const client = await this.pool.connect();
      try {
        // The file store searches its HNSW graph with ef = defaultSearchEf; so does this one.
        await client.query('BEGIN');
        await client.query(`SET LOCAL hnsw.ef_search = ${defaultSearchEf}`);
        // Small corpora are scanned exactly (cheap there): the HNSW graph's approximate tail would differ from hnswlib's.
        if (this.info.chunkCount <= exactScanBelow) await client.query('SET LOCAL enable_indexscan = off');
        const result = await client.query<{ id: string; distance: number }>(
          `SELECT c.id, v.distance FROM (
             SELECT v.chunk_no, v.embedding <=> $2::vector AS distance FROM ${vectorTable(this.info.generation)} v ${allowed}
             ORDER BY v.embedding <=> $2::vector LIMIT $3
           ) v JOIN kildesvar_chunks c ON c.generation = $1 AND c.chunk_no = v.chunk_no
           ORDER BY v.distance, c.chunk_no`,
          values,
        );
        await client.query('COMMIT');
        return result.rows.map((row) => ({ chunkId: row.id, similarity: 1 - Number(row.distance) }));
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    }
    values.push(Math.min(depth, this.info.chunkCount));
    if (this.info.dense === 'lists' && !filterSql(filter, [])) {
      if (this.denseScoring === 'app') return this.appListsDense(vector, norm, Math.min(depth, this.info.chunkCount));
      return this.listsDense(vector, norm, values);
    }
    const product = exactDotProduct(
      'c.embedding',
      vector.map((value) => value / norm),
      values,
    );
    const condition = filterSql(filter, values);
    const result = await this.pool.query<{ id: string; similarity: number }>(
      `SELECT c.id, (${product}) / nullif(c.norm, 0) AS similarity
       FROM kildesvar_chunks c WHERE c.generation = $1 ${condition ? `AND ${condition}` : ''}
       ORDER BY similarity DESC NULLS LAST, c.chunk_no LIMIT $2`,
      values,
    );
    return result.rows.map((row) => ({ chunkId: row.id, similarity: Number(row.similarity ?? 0) }));
  }

  /** `listsDense` with the dot products computed here (`dense-lists-scan.ts`), then the hits named in one query. */
  private async appListsDense(vector: readonly number[], norm: number, depth: number): Promise<VectorHit[]> {
    const query = Float64Array.from(vector, (value) => value / norm);
    this.centroids ??= readListCentroids(this.pool, this.info.generation).catch((error: unknown) => {
      this.centroids = undefined;
      throw error;
    });
    const lists = probedLists(await this.centroids, query, this.probedLists);
    const hits = await scanLists(this.pool, this.info.generation, lists, query, depth);
    if (hits.length === 0) return [];
    const { names } = this.info;
    const idOf = names ? (chunkNo: number) => names.chunkId(chunkNo) : await this.queriedChunkIds(hits.map((hit) => hit.chunkNo));
    return hits.map((hit) => {
      const id = idOf(hit.chunkNo);
      if (id === undefined)
        throw new KildesvarError('index_corrupt', `Generation ${this.info.generation} has a list vector for chunk ${hit.chunkNo}, which it does not hold.`);
      return { chunkId: id, similarity: hit.similarity ?? 0 };
    });
  }

  /** The ids of these chunks asked of the database. */
  private async queriedChunkIds(chunkNumbers: readonly number[]): Promise<(chunkNo: number) => string | undefined> {
    const result = await this.pool.query<{ chunk_no: number; id: string }>(
      'SELECT c.chunk_no, c.id FROM kildesvar_chunks c WHERE c.generation = $1 AND c.chunk_no = ANY($2::int[])',
      [this.info.generation, chunkNumbers],
    );
    const ids = new Map(result.rows.map((row) => [Number(row.chunk_no), row.id]));
    return (chunkNo) => ids.get(chunkNo);
  }

  /**
   * Unfiltered nearest vectors of a generation with dense lists (`dense-lists.ts`): the probed lists
   * are the centroids nearest to the query, and their vectors are scanned with the exact scan's
   * expression. `values` holds the generation and the limit. (A filtered search scans exactly: the
   * filter may leave few chunks in the probed lists.)
   */
  private async listsDense(vector: readonly number[], norm: number, values: unknown[]): Promise<VectorHit[]> {
    const first = values.length + 1;
    values.push(...vector.map((value) => value / norm));
    const probed = values.push(this.probedLists);
    const result = await this.pool.query<{ id: string; similarity: number }>(
      `WITH probe AS MATERIALIZED (
         SELECT l.list FROM kildesvar_dense_lists l WHERE l.generation = $1
         ORDER BY (${dotProductWith('l.centroid', first, vector.length)}) DESC, l.list LIMIT $${probed}
       )
       SELECT c.id, v.similarity FROM (
         SELECT v.chunk_no, (${dotProductWith('v.embedding', first, vector.length)}) / nullif(v.norm, 0) AS similarity
         FROM probe p JOIN kildesvar_list_vectors v ON v.generation = $1 AND v.list = p.list
         ORDER BY similarity DESC NULLS LAST, v.chunk_no LIMIT $2
       ) v JOIN kildesvar_chunks c ON c.generation = $1 AND c.chunk_no = v.chunk_no
       ORDER BY v.similarity DESC NULLS LAST, v.chunk_no`,
      values,
    );
    return result.rows.map((row) => ({ chunkId: row.id, similarity: Number(row.similarity ?? 0) }));
  }

  private async load(ids: readonly string[]): Promise<IndexedChunk[]> {
    const result = await this.pool.query<ChunkRow>(
      'SELECT c.id, c.chunk, c.analysis, c.year_from, c.year_to FROM kildesvar_chunks c WHERE c.generation = $1 AND c.id = ANY($2::text[])',
      [this.info.generation, ids],
    );
    return result.rows.map((row) => this.chunkCache.get(row.id, () => analysedChunk(row.chunk, [row.year_from, row.year_to], row.analysis)));
  }

  async chunks(ids: readonly string[]): Promise<ReadonlyMap<string, IndexedChunk>> {
    const found = new Map<string, IndexedChunk>();
    const missing: string[] = [];
    for (const id of ids) {
      const cached = this.chunkCache.peek(id);
      if (cached) found.set(id, cached);
      else missing.push(id);
    }
    if (missing.length) for (const chunk of await this.load(missing)) found.set(chunk.id, chunk);
    return found;
  }

  /**
   * The weight of any stem, as the file store weighs it: the generation's chunk frequencies are read whole on the first
   * weighing and kept (one entry per stem of the vocabulary, which the generation holds anyway: 34,710 stems at 100×). The
   * answer stage weighs stems that no list given here names (`predicateStems` reads the question's clause anew, «kunne» in
   * q995), and a weigher reading only the stems asked for weighed the others as never written: the PostgreSQL store then
   * halved answers the file store did not (`eventApart`). The stems a caller names are not needed.
   */
  async weigher(): Promise<(stem: string) => number> {
    this.termWeights ??= this.readTermWeights().catch((error: unknown) => {
      this.termWeights = undefined;
      throw error;
    });
    const weights = await this.termWeights;
    return (stem) => termWeight(weights, stem);
  }

  private async readTermWeights(): Promise<TermWeights> {
    const result = await this.pool.query<{ stem: string; chunk_frequency: number }>(
      'SELECT stem, chunk_frequency FROM kildesvar_term_weights WHERE generation = $1',
      [this.info.generation],
    );
    return { chunkCount: this.info.chunkCount, documentFrequency: new Map(result.rows.map((row) => [row.stem, Number(row.chunk_frequency)])) };
  }
}
