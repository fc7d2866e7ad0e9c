import { LexicalIndex } from '../lexical';
import type { Embedder } from '../embed/embedder';
import type { SearchFilter, SearchMode } from '../schemas';
import type { ChunkVectorStore } from '../store/vector-store';
import { evidenceOf, type Evidence } from './evidence';
import { rankByScore, reciprocalRankFusion } from './fusion';
import type { IndexedChunk } from './indexed-chunk';
import type { PreparedQuery } from './query';

/**
 * Hybrid retrieval: BM25 over chunks and over their sentences, dense vectors over chunks, fused
 * by reciprocal rank, then a second stage over the top candidates that scores how well a chunk's
 * best sentence carries the question's answer-bearing terms together.
 */
export interface RetrievalSettings {
  candidates: number;
  rerankDepth: number;
  rrfK: number;
  weights: { chunkLexical: number; sentenceLexical: number; dense: number };
  rerank: { fused: number; sentence: number; chunk: number };
}

export const defaultRetrievalSettings: RetrievalSettings = {
  candidates: 100,
  rerankDepth: 30,
  rrfK: 60,
  // Chosen on the eval's tune split (eval/src/tune.ts, 76 answerable questions): the corpus-trained
  // dense side adds nothing measurable there (MRR 0.879 without it, 0.872 at 0.25, 0.870 at 1); it
  // keeps a small weight as a second route to passages that share no word with the question.
  weights: { chunkLexical: 1, sentenceLexical: 1, dense: 0.25 },
  rerank: { fused: 0.6, sentence: 0.3, chunk: 0.1 },
};

export interface RankedChunk {
  chunk: IndexedChunk;
  score: number;
  /** Evidence of the chunk's best sentence, and which sentence that is. */
  evidence: Evidence;
  bestSentence: number;
  sentenceEvidence: Evidence[];
  /** Evidence of the chunk as a whole (all its sentences and its heading). */
  chunkEvidence: Evidence;
  /** Fused first-stage score relative to the best candidate (hybrid), for answerability. */
  fusedScore?: number;
}

/** Stage 1's output: chunk ids best first from each route. */
export interface CandidateLists {
  chunkLexical: string[];
  sentenceLexical: string[];
  dense: Array<{ id: string; similarity: number }>;
}

/** Called after each stage with its name, so the bench can time the stages the API runs. */
export type StageTimer = (stage: 'lexical' | 'dense embed' | 'hnsw search' | 'fuse' | 'rerank') => void;

export interface RetrieveOptions {
  k: number;
  mode: SearchMode;
  filter?: SearchFilter;
  /** Added to a candidate's rerank score (hybrid): a follow-up prefers passages near the last answer's. */
  prior?: (chunk: IndexedChunk) => number;
}

/** The terms of sentence `index` of a chunk, as a one-item list, or no list when it has no such sentence. */
const neighbourTerms = (chunk: IndexedChunk, index: number) => {
  const sentence = chunk.sentences[index];
  return sentence ? [sentence.terms] : [];
};

export class Retriever {
  private readonly byId: Map<string, IndexedChunk>;
  private readonly weights = new Map<string, number>();

  private constructor(
    readonly chunks: IndexedChunk[],
    private readonly chunkIndex: LexicalIndex,
    private readonly sentenceIndex: LexicalIndex,
    private readonly embedder: Embedder,
    private readonly vectors: ChunkVectorStore,
    readonly settings: RetrievalSettings,
  ) {
    this.byId = new Map(chunks.map((chunk) => [chunk.id, chunk]));
    const documentFrequency = new Map<string, number>();
    for (const chunk of chunks) for (const stem of chunk.terms.stems) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
    for (const [stem, frequency] of documentFrequency) this.weights.set(stem, Math.log(1 + chunks.length / frequency));
    this.missingWeight = Math.log(1 + chunks.length);
  }

  private readonly missingWeight: number;

  static create(chunks: IndexedChunk[], embedder: Embedder, vectors: ChunkVectorStore, settings = defaultRetrievalSettings): Retriever {
    const chunkIndex = LexicalIndex.build(chunks.map((chunk) => ({ id: chunk.id, text: chunk.indexedText })));
    const sentenceDocuments = chunks.flatMap((chunk) => chunk.sentences.map((sentence, index) => ({ id: `${chunk.id}#${index}`, text: sentence.text })));
    const sentenceIndex = LexicalIndex.build(sentenceDocuments);
    return new Retriever(chunks, chunkIndex, sentenceIndex, embedder, vectors, settings);
  }

  /** The same indexes searched with other settings (for tuning on the eval's tune split). */
  withSettings(settings: RetrievalSettings): Retriever {
    return new Retriever(this.chunks, this.chunkIndex, this.sentenceIndex, this.embedder, this.vectors, settings);
  }

  /** Vocabulary of the indexed text, to keep query translations to words the corpus uses. */
  vocabulary(): ReadonlySet<string> {
    return this.chunkIndex.vocabulary();
  }

  weightOf = (stem: string): number => this.weights.get(stem) ?? this.missingWeight;

  chunk(id: string): IndexedChunk | undefined {
    return this.byId.get(id);
  }

  private allowed(filter?: SearchFilter): ((id: string) => boolean) | undefined {
    if (!filter || (!filter.file?.length && filter.yearFrom === undefined && filter.yearTo === undefined)) return undefined;
    const files = filter.file?.length ? new Set(filter.file) : null;
    return (id: string) => {
      const chunk = this.byId.get(id.split('#', 1)[0] ?? id);
      if (!chunk) return false;
      if (files && !files.has(chunk.file)) return false;
      if (filter.yearFrom !== undefined && chunk.years[1] < filter.yearFrom) return false;
      if (filter.yearTo !== undefined && chunk.years[0] > filter.yearTo) return false;
      return true;
    };
  }

  /**
   * Stage 1, candidates: BM25 over chunks and over sentences (each sentence hit standing for its
   * chunk), and the dense neighbours unless the mode is lexical. Lists are best first.
   */
  async candidates(query: PreparedQuery, options: RetrieveOptions, timer?: StageTimer): Promise<CandidateLists> {
    const filter = this.allowed(options.filter);
    const depth = Math.max(this.settings.candidates, options.k);
    let chunkLexical: string[] = [];
    const sentenceLexical: string[] = [];
    if (options.mode !== 'dense') {
      chunkLexical = this.chunkIndex.search(query.text, depth, filter).map((hit) => hit.id);
      const seen = new Set<string>();
      for (const hit of this.sentenceIndex.search(query.text, depth, filter)) {
        const id = hit.id.split('#')[0] ?? hit.id;
        if (!seen.has(id)) sentenceLexical.push(id);
        seen.add(id);
      }
      timer?.('lexical');
    }
    let dense: Array<{ id: string; similarity: number }> = [];
    if (options.mode !== 'lexical') {
      const vector = await this.embedder.embedQuery(query.text);
      timer?.('dense embed');
      dense = (await this.vectors.search(vector, depth, filter)).map((hit) => ({ id: hit.chunkId, similarity: hit.similarity }));
      timer?.('hnsw search');
    }
    return { chunkLexical, sentenceLexical, dense };
  }

  /** Stage 2, fuse: weighted reciprocal-rank fusion of the lists the mode uses, best first. */
  fuse(lists: CandidateLists, mode: SearchMode): Array<{ id: string; score: number }> {
    if (mode === 'dense') return lists.dense.map((hit) => ({ id: hit.id, score: hit.similarity }));
    const { weights, rrfK } = this.settings;
    return rankByScore(
      reciprocalRankFusion(
        [
          { ids: lists.chunkLexical, weight: weights.chunkLexical },
          { ids: lists.sentenceLexical, weight: weights.sentenceLexical },
          ...(mode === 'hybrid' ? [{ ids: lists.dense.map((hit) => hit.id), weight: weights.dense }] : []),
        ],
        rrfK,
      ),
    );
  }

  /**
   * Stage 3, rerank (hybrid): the top fused candidates re-scored by how well their best sentence
   * and the chunk as a whole carry the question. Other modes keep the fused order and only gain
   * their sentence evidence.
   */
  rerank(query: PreparedQuery, fused: Array<{ id: string; score: number }>, options: Pick<RetrieveOptions, 'k' | 'mode' | 'prior'>): RankedChunk[] {
    const known = fused.flatMap((hit) => {
      const chunk = this.byId.get(hit.id);
      return chunk ? [{ chunk, score: hit.score }] : [];
    });
    if (options.mode !== 'hybrid') return known.slice(0, options.k).map((hit) => this.rank(query, hit.chunk, hit.score));
    const top = known[0]?.score ?? 1;
    const { rerank, rerankDepth } = this.settings;
    const reranked = known.slice(0, Math.max(rerankDepth, options.k)).map((hit) => {
      const ranked = this.rank(query, hit.chunk, 0);
      ranked.fusedScore = hit.score / top;
      ranked.score =
        rerank.fused * ranked.fusedScore +
        rerank.sentence * ranked.evidence.score +
        rerank.chunk * ranked.chunkEvidence.score +
        (options.prior?.(hit.chunk) ?? 0);
      return ranked;
    });
    reranked.sort((left, right) => right.score - left.score || (left.chunk.id < right.chunk.id ? -1 : 1));
    return reranked.slice(0, options.k);
  }

  /** The three stages in order; `timer` (for the bench) is called after each. */
  async retrieve(query: PreparedQuery, options: RetrieveOptions, timer?: StageTimer): Promise<RankedChunk[]> {
    const lists = await this.candidates(query, options, timer);
    const fused = this.fuse(lists, options.mode);
    timer?.('fuse');
    const ranked = this.rerank(query, fused, options);
    timer?.('rerank');
    return ranked;
  }

  /** Scores every sentence of a chunk against the question; the best one is the chunk's evidence. */
  rank(query: PreparedQuery, chunk: IndexedChunk, score: number): RankedChunk {
    const sentenceEvidence = chunk.sentences.map((sentence, index) =>
      evidenceOf(
        query.terms,
        this.weightOf,
        sentence.terms,
        [chunk.headingTerms, ...neighbourTerms(chunk, index - 1), ...neighbourTerms(chunk, index + 1)],
        chunk.titleTerms,
      ),
    );
    let bestSentence = 0;
    let best: Evidence | undefined;
    sentenceEvidence.forEach((evidence, index) => {
      if (!best || evidence.score > best.score) {
        bestSentence = index;
        best = evidence;
      }
    });
    const none: Evidence = { coverage: 0, numbers: 0, score: 0 };
    return {
      chunk,
      score,
      evidence: best ?? none,
      bestSentence,
      sentenceEvidence,
      chunkEvidence: evidenceOf(query.terms, this.weightOf, chunk.terms),
    };
  }
}
