import type { LexicalHit, LexicalIndex } from '../lexical';
import type { SearchFilter } from '../schemas';
import type { ChunkVectorStore, VectorHit } from '../store/vector-store';
import type { IndexedChunk } from './indexed-chunk';
import { termWeight, type TermWeights } from './term-weights';

/**
 * Where the retriever's first stage comes from: the `depth` best chunks and sentences by BM25 and
 * the nearest chunk vectors (each honouring the filter), the chunks the second stage reads, and
 * the weights of the question's stems. In memory (the file store) or in SQL (the database store);
 * fusion and the second stage run in the app over what it returns, the same for both.
 */
export interface CandidateSource {
  /** Chunks in the index. */
  readonly size: number;
  /** The distinct stems of the indexed text, to keep query translations to words the corpus uses. */
  vocabulary(): ReadonlySet<string>;
  /**
   * BM25 hits over chunks and over sentences (`<chunkId>#<n>`), best first, ties by id; with
   * `units` 'sentences' the sentences alone (chunks empty: a caller that reads only those does not
   * pay for the chunk index's sum).
   */
  lexical(text: string, depth: number, filter?: SearchFilter, units?: LexicalUnits): Promise<{ chunks: LexicalHit[]; sentences: LexicalHit[] }>;
  /** Nearest chunks to a query vector, best first. */
  dense(vector: number[], depth: number, filter?: SearchFilter): Promise<VectorHit[]>;
  /** The chunks with these ids, analysed (missing ids are left out). */
  chunks(ids: readonly string[]): Promise<ReadonlyMap<string, IndexedChunk>>;
  /**
   * The weight of any stem, by one rule for all: the answer stage weighs stems no list could name in advance (a store that
   * weighed only the stems a request named gave the others the weight of a word never written), so a weigher takes none.
   */
  weigher(): Promise<(stem: string) => number>;
}

/** Which BM25 indexes a lexical search reads: both, or the sentences alone. */
export type LexicalUnits = 'both' | 'sentences';

const noFilter = (filter?: SearchFilter): boolean => !filter || (!filter.file?.length && filter.yearFrom === undefined && filter.yearTo === undefined);

/** Whether a chunk passes the filter: its file is listed, and its years overlap the range. */
export const passesFilter = (chunk: Pick<IndexedChunk, 'file' | 'years'>, filter: SearchFilter): boolean => {
  if (filter.file?.length && !filter.file.includes(chunk.file)) return false;
  if (filter.yearFrom !== undefined && chunk.years[1] < filter.yearFrom) return false;
  if (filter.yearTo !== undefined && chunk.years[0] > filter.yearTo) return false;
  return true;
};

/** Everything in this process: both lexical indexes, the vector store and the chunks. */
export class MemoryCandidates implements CandidateSource {
  readonly byId: ReadonlyMap<string, IndexedChunk>;

  constructor(
    readonly all: IndexedChunk[],
    readonly chunkIndex: LexicalIndex,
    readonly sentenceIndex: LexicalIndex,
    readonly termWeights: TermWeights,
    readonly vectors: ChunkVectorStore,
  ) {
    this.byId = new Map(all.map((chunk) => [chunk.id, chunk]));
  }

  get size(): number {
    return this.all.length;
  }

  vocabulary(): ReadonlySet<string> {
    return this.chunkIndex.vocabulary();
  }

  private allowed(filter?: SearchFilter): ((id: string) => boolean) | undefined {
    if (!filter || noFilter(filter)) return undefined;
    return (id: string) => {
      const chunk = this.byId.get(id.split('#')[0] ?? id);
      return chunk !== undefined && passesFilter(chunk, filter);
    };
  }

  async lexical(text: string, depth: number, filter?: SearchFilter, units: LexicalUnits = 'both') {
    const allowed = this.allowed(filter);
    if (units === 'sentences') return { chunks: [], sentences: this.sentenceIndex.search(text, depth, allowed) };
    // The question is analysed once for both indexes when they analyse alike (the same n-gram size), not once per index.
    const analysed = this.chunkIndex.analyze(text);
    const forSentences = this.sentenceIndex.options.gramSize === this.chunkIndex.options.gramSize ? analysed : this.sentenceIndex.analyze(text);
    return { chunks: this.chunkIndex.searchAnalyzed(analysed, depth, allowed), sentences: this.sentenceIndex.searchAnalyzed(forSentences, depth, allowed) };
  }

  async dense(vector: number[], depth: number, filter?: SearchFilter): Promise<VectorHit[]> {
    return this.vectors.search(vector, depth, this.allowed(filter));
  }

  async chunks(): Promise<ReadonlyMap<string, IndexedChunk>> {
    return this.byId;
  }

  weightOf = (stem: string): number => termWeight(this.termWeights, stem);

  async weigher(): Promise<(stem: string) => number> {
    return this.weightOf;
  }
}
