import { LexicalIndex } from '../lexical';
import type { Embedder } from '../embed/embedder';
import type { SearchFilter, SearchMode } from '../schemas';
import type { ChunkVectorStore } from '../store/vector-store';
import {
  evidenceOf,
  isTopicLine,
  leadInsOf,
  passageEvidence,
  pointsBack,
  rankingTerms,
  withoutRankingShares,
  standsInList,
  sentencesEvidence,
  type Evidence,
  type QueryTerms,
} from './evidence';
import { rankByScore, reciprocalRankFusion } from './fusion';
import type { IndexedChunk, IndexedSentence } from './indexed-chunk';
import type { PreparedQuery } from './query';
import { termWeightsOf, type TermWeights } from './term-weights';
import { MemoryCandidates, type CandidateSource } from './candidate-source';
import { KildesvarError } from '../errors';
import { itemAt } from '../collections/item-at';
import { answerTypeOf } from '../answer/answer-type';
import { acronymOf, askedFactOf, asksForSeveral, givesAskedFact, givesDefinition, givesNewAnswer, type AskedFact } from './answer-cue';
import { bestSentenceSimilarity } from '../embed/sentence-vectors';
import { termsVector } from '../embed/term-vector';
import { asksForContents, isBareHeading, isContentsList } from './contents-list';
import { synonymBlendedVector, synonymText } from './synonym-vector';
import { answerAssociations, searchAssociations, withAssociates } from './word-associations';
import { intentionSubjectOf, statesIntention } from './intention-cue';
import {
  factorAfterChosen,
  givingWayDepth,
  passageChoiceDepth,
  passageChoiceModel,
  passageFactor,
  passageFeatures,
  passageNeighbourhoods,
  type PassageChoiceModel,
  type PassageFeatures,
  type PassageRoutes,
} from './passage-choice';

/**
 * Hybrid retrieval: BM25 over chunks and over their sentences, dense vectors over chunks, fused
 * by reciprocal rank, then a second stage over the top candidates that scores how well a chunk's
 * best sentence carries the question's answer-bearing terms together.
 */
export interface RetrievalSettings {
  candidates: number;
  rerankDepth: number;
  rrfK: number;
  /**
   * The fusion constant a search's passages are ordered by (the learned passage choice's order, `choosePassages`); an answer
   * keeps `rrfK`, since its sentence models and answerability were fitted on that order.
   */
  searchRrfK: number;
  weights: { chunkLexical: number; sentenceLexical: number; dense: number };
  /**
   * Second-stage weights: fused first-stage score, best sentence, whole chunk, and the question's
   * share of the document title; and the factors on a sentence's evidence when it does not state
   * the kind of fact asked for (`answerType`: a new year or number for when/how many/how much) or,
   * for a definition question, does not define the word asked about (`definition`), with a factor of its own for a
   * when-question's sentence that states no new time (`answerTime`: only a date, year or time of day answers it, where a
   * count may be given in words); and the
   * question's similarity to the chunk's closest sentence as a whole, in the corpus embedder's space
   * (`semantic`: a sentence that says it in other words; only where ingest stored sentence vectors), or, for a question whose
   * words have thesaurus synonyms, its similarity there with those synonyms blended in (`synonymSemantic`, see
   * `synonymBlendedVector`); and the factor on a
   * sentence that does not state the subject of a question about what it will or shall do beside such a modal verb
   * (`intention`: «Hva vil KS gjøre …?» is answered by «KS vil …», see `intentionSubjectOf`). A fact the question asks for that
   * its question word does not type (`askedFactOf`: a degree question's measure, a contact address) takes the `answerType`
   * factor where a sentence does not state it; a question asking who signed a letter, the factor `signature` where a sentence
   * is not the closing formula its signatories stand under. A question asking for several things of a kind («Hvilke …», «Hva
   * slags …», `asksForSeveral`) takes the factor `list` where a sentence stands in no list (a row under a lead-in line, or that
   * line): the texts list such things.
   */
  rerank: {
    fused: number;
    sentence: number;
    chunk: number;
    title: number;
    answerType: number;
    answerTime: number;
    definition: number;
    semantic: number;
    synonymSemantic: number;
    intention: number;
    signature: number;
    list: number;
  };
  /**
   * The learned factor that orders the second stage's first ten passages (hybrid; `passage-choice.ts`, fitted by
   * `npm run fit:rank`); null keeps the hand-weighted order (the fit reads the passages so).
   */
  passageChoice: PassageChoiceModel | null;
}

export const defaultRetrievalSettings: RetrievalSettings = {
  candidates: 100,
  rerankDepth: 30,
  rrfK: 60,
  // searchRrfK: among 30, 60, 100, 150, 200, 300 on the tune split (R@1 814, 820, 822, 824, 824, 821 of 1146; MRR 0.7857,
  // 0.7908, 0.7926, 0.7950, 0.7952, 0.7921): a flatter fusion lets the second stage's evidence order more. For answers too it lost
  // supported answers (full eval at 150: test singles 941 → 935, tune 895 → 883).
  searchRrfK: 150,
  // Chosen on the eval's tune split (eval/src/tune.ts, 76 answerable questions): the corpus-trained
  // dense side adds nothing measurable there (MRR 0.879 without it, 0.872 at 0.25, 0.870 at 1); it
  // keeps a small weight as a second route to passages that share no word with the question.
  weights: { chunkLexical: 1, sentenceLexical: 1, dense: 0.25 },
  // title: chosen on the tune split among 0, 0.05, 0.1, 0.2, 0.3, 0.5 (0.2: R@1 81.6 → 82.5 %, supported answers 85.1 → 86.0 %).
  // answerType: among 1, 0.9, 0.8, 0.6, 0.4 (0.4: tune R@1 82.5 → 83.3 %, MRR 0.872 → 0.878). answerTime: among 0.4, 0.3, 0.2, 0.1
  // (0.2: tune R@1 82.6 → 83.3 %, MRR 0.878 → 0.882; 0.1 the same); the same 0.2 for every type gained as much on tune but put
  // numbers first for count and amount questions (test: three unanswerable follow-ups answered, one number question lost). definition: among 1, 0.7, 0.5, 0.3
  // (0.3: tune R@1 83.3 → 84.2 %, MRR 0.878 → 0.884). semantic: among 0, 0.05, 0.1, 0.15, 0.2, 0.3 (0.1: tune R@1 82.5 → 84.2 %,
  // MRR 0.879 → 0.887; the question as asked, not with its added forms, which scored lower on tune). intention: among 1, 0.5,
  // 0.3, 0.2 (tune R@1 82.8 → 83.7, 84.1, 84.4 %; MRR 0.878 → 0.883, 0.885, 0.887); 0.3 and 0.2 put first a passage whose
  // answer a halving rule of the answer then refuses (q680, `nameApart`), so 0.5. signature: among 1, 0.4, 0.3, 0.2, 0.1 (only
  // 0.1 puts a letter's closing first for every who-signed question of the tune split: the passages around it share more words).
  // list: among 1, 0.8, 0.7, 0.6 (the lower, the more list questions answered first; 0.6 drops a supporting passage out of the top five).
  // synonymSemantic: among 0.1, 0.125, 0.15, 0.2 with the synonyms at half weight (tune R@1 516 → 516, 521, 522, 518 of 683; MRR
  // 0.819 → 0.821, 0.826, 0.827, 0.824); the question as asked at 0.15 alone lowers tune R@1 (513), so the two go together.
  rerank: {
    fused: 0.6,
    sentence: 0.3,
    chunk: 0.1,
    title: 0.2,
    answerType: 0.4,
    answerTime: 0.2,
    definition: 0.3,
    semantic: 0.1,
    synonymSemantic: 0.15,
    intention: 0.5,
    signature: 0.1,
    list: 0.7,
  },
  passageChoice: passageChoiceModel,
};

export interface RankedChunk {
  chunk: IndexedChunk;
  score: number;
  /** Evidence of the chunk's best sentence, and which sentence that is. */
  evidence: Evidence;
  /** The best sentence's evidence score as the second stage ranks by it (after the answer-type, asked-fact, definition, intention and list cues). */
  rankingEvidence: number;
  /**
   * `score` without the intention and list cues (hybrid), for answerability's margin: they order the passages of a will/shall
   * question or one asking for several things, they say nothing of how clearly the first one carries the question, which the
   * margin was fitted to read.
   */
  marginScore?: number;
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
  /** The question's vector the dense route searched with (`PreparedQuery.text` embedded), when it ran. */
  vector?: number[];
}

/** Called after each stage with its name, so the bench can time the stages the API runs. */
export type StageTimer = (stage: 'lexical' | 'dense embed' | 'hnsw search' | 'fuse' | 'rerank') => void;

export interface RetrieveOptions {
  k: number;
  mode: SearchMode;
  filter?: SearchFilter;
  /** Added to a candidate's rerank score (hybrid): a follow-up prefers passages near the last answer's. */
  prior?: (chunk: IndexedChunk) => number;
  /**
   * The text compared as a whole with the candidates' sentences (`rerank.semantic`), when not the question as prepared
   * (`plainText`): a follow-up that leans on the last answer is compared by its own words, since its reading joins words of two
   * turns and as a whole is no sentence anyone would write (not compared at all once: tune one more refused follow-up, on 270).
   */
  comparedText?: string;
  /**
   * Order the candidates with the question words' ranking synonyms too (`QueryWord.rankingSynonyms`; default on). Off for a
   * follow-up that leans on the last answer (compared by its own words, `comparedText`): its few own words join the last turn's, and its
   * passages are those near the last answer (`prior`); a synonym of one of them ranks other passages first (test: one
   * unanswerable follow-up answered with it on).
   */
  rankingSynonyms?: boolean;
  /**
   * Lower the sentences that do not state the fact a question asks for beyond its question word (`askedFactOf`: a degree
   * question's measure, an address, a signature; default on). Off for a follow-up that leans on the last answer (see
   * `comparedText`): its degree question («hvor lang er ventetida der?») is about the last answer's subject, and figures of
   * other passages put first answered unanswerable follow-ups.
   */
  askedFact?: boolean;
  /** Order the first `k` passages with the learned passage choice (`RetrievalSettings.passageChoice`; default on). */
  choosePassages?: boolean;
  /** Called with the first `k` passages in the second stage's own order and their features (the eval fits the passage choice on them). */
  observePassages?: (passages: ObservedPassage[]) => void;
}

/** One of the second stage's first passages as the passage choice reads it. */
export interface ObservedPassage {
  chunk: IndexedChunk;
  features: PassageFeatures;
}

/** What retrieval builds from the analysed chunks: both BM25 indexes and the stems' chunk frequencies. */
export interface RetrievalIndexes {
  chunkIndex: LexicalIndex;
  sentenceIndex: LexicalIndex;
  termWeights: TermWeights;
}

export const buildRetrievalIndexes = (chunks: readonly IndexedChunk[]): RetrievalIndexes => ({
  chunkIndex: LexicalIndex.build(chunks.map((chunk) => ({ id: chunk.id, text: chunk.indexedText }))),
  sentenceIndex: LexicalIndex.build(chunks.flatMap((chunk) => chunk.sentences.map((sentence, index) => ({ id: `${chunk.id}#${index}`, text: sentence.text })))),
  termWeights: termWeightsOf(chunks),
});

/** The chunks and term weights the second stage reads (loaded for the request from a database store). */
export interface SecondStageInput {
  chunk: (id: string) => IndexedChunk | undefined;
  weightOf: (stem: string) => number;
  /** The question embedded as asked (`PreparedQuery.plainText`), to compare with the candidates' sentence vectors. */
  questionVector?: readonly number[];
  /** The same with its words' thesaurus synonyms blended in (`synonymBlendedVector`), when they have any: what ranking compares. */
  synonymVector?: readonly number[];
  /** The first stage's lists, for the passage choice's features (`routesOf`). */
  lists?: CandidateLists;
}

/** Each candidate's places in the first stage's lists (for the passage choice). */
const routesOf = (lists: CandidateLists | undefined, fusedPlace: ReadonlyMap<string, number>): ((id: string) => PassageRoutes) => {
  const placesIn = (ids: readonly string[]) => new Map(ids.map((id, index) => [id, index]));
  const chunkLexical = placesIn(lists?.chunkLexical ?? []);
  const sentenceLexical = placesIn(lists?.sentenceLexical ?? []);
  const dense = new Map((lists?.dense ?? []).map((hit, index) => [hit.id, { index, similarity: hit.similarity }]));
  return (id) => ({
    fused: fusedPlace.get(id) ?? 0,
    chunkLexical: chunkLexical.get(id) ?? null,
    sentenceLexical: sentenceLexical.get(id) ?? null,
    dense: dense.get(id)?.index ?? null,
    similarity: dense.get(id)?.similarity ?? 0,
  });
};

/** Room for rounding between a chunk's bound and its sentences' scores, which sum the same weights in another order. */
const boundMargin = 1e-9;
/** The factor on a contents list's score after the passage choice (`isContentsList`). */
const contentsFactor = 0.75;
/** The factor on a bare heading's score after the passage choice (`isBareHeading`): it states nothing to quote. */
const bareHeadingFactor = 0.5;

/**
 * The weighted share of the question's terms that name the chunk's document («ifølge eKommune
 * 2009», «i KS sitt innspill til Helsereformutvalget»): a question that names a document prefers
 * its passages, without requiring the answering sentence to repeat the title.
 */
export const titleShare = (
  query: PreparedQuery,
  chunk: IndexedChunk,
  weightOf: (stem: string) => number,
  /** The weights of `query.terms.stems` in order, when read already (the second stage reads them once for all its candidates). */
  weights?: readonly number[],
): number => {
  let total = 0;
  let found = 0;
  // Read once: a lazily loaded chunk reads its analysis through a cache on every access.
  const title = chunk.titleTerms.stems;
  const { stems } = query.terms;
  for (let index = 0; index < stems.length; index += 1) {
    const stem = stems[index] ?? '';
    const weight = weights?.[index] ?? weightOf(stem);
    total += weight;
    if (title.has(stem)) found += weight;
  }
  return total > 0 ? found / total : 0;
};

/** What kind of fact a question asks for and, for a definition question, the stems of its focus (and the focus as written when it is an acronym): read once per question, not per ranked chunk. */
const askedReadings = new WeakMap<
  PreparedQuery,
  {
    type: ReturnType<typeof answerTypeOf>;
    focus: ReadonlySet<string> | null;
    acronym: string | undefined;
    intention: string | null;
    fact: AskedFact | null;
    several: boolean;
  }
>();
const askedOf = (query: PreparedQuery) => {
  let reading = askedReadings.get(query);
  if (!reading) {
    const type = answerTypeOf(query.original);
    // An acronym asked about («Hva står KS for?») is defined where the texts spell it out, not where a longer name opens with it.
    reading = {
      type,
      focus: type === null && query.definitionFocus ? new Set(query.definitionFocus) : null,
      acronym: acronymOf(query.definitionFocusText),
      intention: intentionSubjectOf(query.original),
      fact: askedFactOf(query, type),
      several: asksForSeveral(query.original),
    };
    askedReadings.set(query, reading);
  }
  return reading;
};

/** The best sentence's evidence without the intention and list cues, of a passage the second stage ranked (`rank`'s `marginEvidence`). */
const rankedMargins = new WeakMap<RankedChunk, number>();

/** The passage choice's factor on a ranked passage's score (`choose`), so that a later reading of its evidence keeps it. */
const choiceFactors = new WeakMap<RankedChunk, number>();

/** What a ranked passage's margin base differs from its ranking base by (the synonym-blended similarity's share; `rerank`), where it does. */
const marginShifts = new WeakMap<RankedChunk, number>();

/**
 * The ranking synonyms (`QueryWord.rankingSynonyms`) that are not the words' synonyms already, and the synonyms ranking credits
 * by their own share (`QueryWord.rankingSynonymShares`): what ranking reads beyond the question's terms.
 */
const addedRankingSynonyms = (terms: QueryTerms): string[] =>
  (terms.words ?? []).flatMap((word) => [
    ...(word.rankingSynonyms ?? []).filter((synonym) => !word.synonyms?.includes(synonym)),
    ...(word.synonymKin ?? []),
    ...Object.keys(word.rankingSynonymShares ?? {}),
  ]);

/** Whether a chunk writes any of the lemmas: its terms (every sentence's and its heading's) or its title. */
const writesAnyOf = (chunk: IndexedChunk, lemmas: readonly string[]): boolean =>
  lemmas.some((lemma) => chunk.terms.lemmas?.has(lemma) || chunk.titleTerms.lemmas?.has(lemma));

/**
 * What a search embeds term by term (`PreparedQuery.denseTerms`, `termsVector`): an English question's translations. Not an
 * answer's: its sentence choice and answerability were fitted with the translation embedded as one text, and in the chat the
 * terms' vector lost more than it gained (test +3 −11, tune +3 −7, unanswerable questions answered; for the dense list alone
 * test +2 −9, tune +2 −3).
 */
const searchedTerms = (query: PreparedQuery, options: Pick<RetrieveOptions, 'choosePassages'>): string[][] | undefined =>
  // A question none of whose words has a translation has no terms to embed: its text is embedded as before, not a zero vector.
  options.choosePassages === false || !query.denseTerms?.some((words) => words.length > 0) ? undefined : query.denseTerms;

export class Retriever {
  private constructor(
    private readonly source: CandidateSource,
    private readonly embedder: Embedder,
    readonly settings: RetrievalSettings,
  ) {}

  static create(chunks: IndexedChunk[], embedder: Embedder, vectors: ChunkVectorStore, settings = defaultRetrievalSettings): Retriever {
    return Retriever.fromIndexes(chunks, buildRetrievalIndexes(chunks), embedder, vectors, settings);
  }

  /** Over indexes built before (read from the index folder): no analysis at all. */
  static fromIndexes(
    chunks: IndexedChunk[],
    indexes: RetrievalIndexes,
    embedder: Embedder,
    vectors: ChunkVectorStore,
    settings = defaultRetrievalSettings,
  ): Retriever {
    return new Retriever(new MemoryCandidates(chunks, indexes.chunkIndex, indexes.sentenceIndex, indexes.termWeights, vectors), embedder, settings);
  }

  /** Over another first stage (the database store's SQL); fusion and the second stage stay here. */
  static fromSource(source: CandidateSource, embedder: Embedder, settings = defaultRetrievalSettings): Retriever {
    return new Retriever(source, embedder, settings);
  }

  /** The same indexes searched with other settings (for tuning on the eval's tune split). */
  withSettings(settings: RetrievalSettings): Retriever {
    return new Retriever(this.source, this.embedder, settings);
  }

  private memory(): MemoryCandidates {
    if (this.source instanceof MemoryCandidates) return this.source;
    throw new KildesvarError('internal', 'This retriever reads its candidates from the database; it holds no chunks or indexes in memory.');
  }

  /** Every chunk (only when the index is held in memory). */
  get chunks(): IndexedChunk[] {
    return this.memory().all;
  }

  /** Chunks in the index. */
  get size(): number {
    return this.source.size;
  }

  /** The indexes, to store them at ingest (only when held in memory). */
  indexes(): RetrievalIndexes {
    const memory = this.memory();
    return { chunkIndex: memory.chunkIndex, sentenceIndex: memory.sentenceIndex, termWeights: memory.termWeights };
  }

  /** Vocabulary of the indexed text, to keep query translations to words the corpus uses. */
  vocabulary(): ReadonlySet<string> {
    return this.source.vocabulary();
  }

  /** Weight of a stem in the evidence (when the index is in memory; `weigher` works for every store). */
  weightOf = (stem: string): number => this.memory().weightOf(stem);

  /** The weight of any stem, from whichever store holds the index. */
  weigher(): Promise<(stem: string) => number> {
    return this.source.weigher();
  }

  chunk(id: string): IndexedChunk | undefined {
    return this.memory().byId.get(id);
  }

  /**
   * Stage 1, candidates: BM25 over chunks and over sentences (each sentence hit standing for its
   * chunk), and the dense neighbours unless the mode is lexical. Lists are best first. The dense
   * list is asked for while the lexical lists are summed (the database store sends its nearest-
   * vector query before it sums BM25, so the two overlap); with a stage timer they run one after
   * the other, so that each stage's time is its own.
   */
  async candidates(query: PreparedQuery, options: RetrieveOptions, timer?: StageTimer): Promise<CandidateLists> {
    const depth = Math.max(this.settings.candidates, options.k);
    const denseList = async () => {
      const terms = searchedTerms(query, options);
      const vector = terms ? await termsVector(this.embedder, terms) : await this.embedder.embedQuery(query.text);
      timer?.('dense embed');
      const dense = (await this.source.dense(vector, depth, options.filter)).map((hit) => ({ id: hit.chunkId, similarity: hit.similarity }));
      timer?.('hnsw search');
      return { dense, vector };
    };
    const lexicalLists = async () => {
      if (options.mode === 'dense') return { chunkLexical: [], sentenceLexical: [] };
      const hits = await this.source.lexical(query.text, depth, options.filter);
      const sentenceLexical: string[] = [];
      const seen = new Set<string>();
      for (const hit of hits.sentences) {
        const cut = hit.id.indexOf('#');
        const id = cut < 0 ? hit.id : hit.id.slice(0, cut);
        if (!seen.has(id)) sentenceLexical.push(id);
        seen.add(id);
      }
      timer?.('lexical');
      return { chunkLexical: hits.chunks.map((hit) => hit.id), sentenceLexical };
    };
    if (options.mode === 'lexical') return { ...(await lexicalLists()), dense: [] };
    if (timer) {
      const lexical = await lexicalLists();
      return { ...lexical, ...(await denseList()) };
    }
    const dense = denseList();
    // Neither rejection may go unhandled: wait for both, then throw the first.
    const [lexical, nearest] = await Promise.allSettled([lexicalLists(), dense]);
    if (lexical.status === 'rejected') throw lexical.reason;
    if (nearest.status === 'rejected') throw nearest.reason;
    return { ...lexical.value, ...nearest.value };
  }

  /** Stage 2, fuse: weighted reciprocal-rank fusion of the lists the mode uses, best first. */
  fuse(lists: CandidateLists, mode: SearchMode, rrfK = this.settings.rrfK): Array<{ id: string; score: number }> {
    if (mode === 'dense') return lists.dense.map((hit) => ({ id: hit.id, score: hit.similarity }));
    const { weights } = this.settings;
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
  rerank(
    query: PreparedQuery,
    fused: Array<{ id: string; score: number }>,
    options: Pick<RetrieveOptions, 'k' | 'mode' | 'prior' | 'askedFact' | 'choosePassages' | 'observePassages'>,
    input?: SecondStageInput,
  ): RankedChunk[] {
    const lookup = input?.chunk ?? ((id: string) => this.chunk(id));
    const weightOf = input?.weightOf ?? this.weightOf;
    const { rerank, rerankDepth } = this.settings;
    // The first candidates the index holds, as many as are ranked (a store loads only those).
    const depth = options.mode === 'hybrid' ? Math.max(rerankDepth, options.k) : options.k;
    const known: Array<{ chunk: IndexedChunk; score: number }> = [];
    const fusedPlace = new Map<string, number>();
    for (const hit of fused) {
      if (known.length >= depth) break;
      const chunk = lookup(hit.id);
      if (chunk) {
        fusedPlace.set(hit.id, known.length);
        known.push({ chunk, score: hit.score });
      }
    }
    const askedFact = options.askedFact !== false;
    if (options.mode !== 'hybrid') return known.map((hit) => this.rank(query, hit.chunk, hit.score, weightOf, undefined, undefined, askedFact));
    const top = known[0]?.score ?? 1;
    const questionVector = rerank.semantic > 0 ? input?.questionVector : undefined;
    const synonymVector = questionVector ? input?.synonymVector : undefined;
    const stemWeights = query.terms.stems.map((stem) => weightOf(stem));
    // What every candidate scores without its best sentence, and at most with it: no sentence
    // carries more of the question than its whole chunk does (the chunk's terms hold every sentence's,
    // its heading's and its title's), so the chunk's evidence bounds the sentence evidence.
    const bounded = known.map((hit) => {
      const fusedScore = hit.score / top;
      const { evidence: chunkEvidence, strengths } = passageEvidence(query.terms, weightOf, hit.chunk.terms);
      const title = titleShare(query, hit.chunk, weightOf, stemWeights);
      const asked = questionVector ? bestSentenceSimilarity(questionVector, hit.chunk.sentences) : 0;
      // With synonyms, the passages are ordered (and the passage choice reads them) by the blended similarity; the margin keeps the
      // question as asked at its own weight, as answerability was fitted to read it (with the blended similarity in the margin too,
      // and 0.15 for every question: test +5 −6, false abstentions 54 against 52).
      const semantic = synonymVector ? bestSentenceSimilarity(synonymVector, hit.chunk.sentences) : asked;
      const prior = options.prior?.(hit.chunk) ?? 0;
      const shared = rerank.fused * fusedScore + rerank.chunk * chunkEvidence.score + rerank.title * title + prior;
      const base = shared + (synonymVector ? rerank.synonymSemantic : rerank.semantic) * semantic;
      const marginBase = shared + rerank.semantic * asked;
      return {
        chunk: hit.chunk,
        fusedScore,
        chunkEvidence,
        strengths,
        title,
        semantic,
        prior,
        base,
        marginBase,
        bound: base + rerank.sentence * chunkEvidence.score,
      };
    });
    bounded.sort((left, right) => right.bound - left.bound || (left.chunk.id < right.chunk.id ? -1 : 1));
    // Sentences are read best bound first, and no further once k candidates score above every bound left.
    const reranked: RankedChunk[] = [];
    // The passage choice orders the first `passageChoiceDepth`, and the first `givingWayDepth` give way to one another, whatever
    // k is asked, so that the first k are the same for every k.
    const choosing = (this.settings.passageChoice !== null && options.choosePassages !== false) || options.observePassages !== undefined;
    const wanted = choosing ? Math.max(options.k, givingWayDepth) : options.k;
    const signals = new Map<RankedChunk, { title: number; semantic: number }>();
    const kth: number[] = [];
    for (const candidate of bounded) {
      if (kth.length >= wanted && (kth[wanted - 1] ?? 0) > candidate.bound + boundMargin) break;
      const ranked = this.rank(query, candidate.chunk, 0, weightOf, candidate.chunkEvidence, candidate.strengths, askedFact);
      ranked.fusedScore = candidate.fusedScore;
      ranked.score = candidate.base + rerank.sentence * ranked.rankingEvidence;
      ranked.marginScore = candidate.marginBase + rerank.sentence * (ranked.marginEvidence ?? ranked.rankingEvidence);
      if (candidate.marginBase !== candidate.base) marginShifts.set(ranked, candidate.marginBase - candidate.base);
      if (ranked.marginEvidence !== undefined) rankedMargins.set(ranked, ranked.marginEvidence);
      delete ranked.marginEvidence;
      reranked.push(ranked);
      signals.set(ranked, candidate);
      // Kept best first by inserting in place (the same list a sort after each push gives).
      let place = kth.length;
      while (place > 0 && (kth[place - 1] as number) < ranked.score) place -= 1;
      kth.splice(place, 0, ranked.score);
    }
    reranked.sort((left, right) => right.score - left.score || (left.chunk.id < right.chunk.id ? -1 : 1));
    const routes = routesOf(input?.lists, fusedPlace);
    const chosen = this.choose(
      reranked.slice(0, passageChoiceDepth),
      (ranked) => ({ ...(signals.get(ranked) ?? { title: 0, semantic: 0 }), routes: routes(ranked.chunk.id) }),
      options,
    );
    const rest = reranked.slice(passageChoiceDepth, wanted);
    // The order after the chosen ones stays the second stage's; their scores take a factor that keeps every score falling.
    const leastFactor = factorAfterChosen(chosen.map((ranked) => choiceFactors.get(ranked) ?? 1));
    if (leastFactor !== 1) {
      for (const ranked of rest) {
        ranked.score *= leastFactor;
        choiceFactors.set(ranked, leastFactor);
      }
    }
    // A contents list names many topics and states none: after the passage choice it takes a factor, so that a passage
    // stating what its titles only name ranks first (the margin keeps its score).
    // A question about the chapters or contents keeps it.
    const first = [...chosen, ...rest].slice(0, givingWayDepth);
    let demoted = false;
    const keepsContents = asksForContents(query.original);
    for (const ranked of first) {
      // A bare heading states nothing: it gives way to the passages it heads.
      if (isBareHeading(ranked.chunk.text)) {
        ranked.score *= bareHeadingFactor;
        demoted = true;
        continue;
      }
      if (keepsContents || !isContentsList(ranked.chunk.text)) continue;
      ranked.score *= contentsFactor;
      demoted = true;
    }
    if (demoted) first.sort((left, right) => right.score - left.score);
    return [...first, ...rest.slice(givingWayDepth - chosen.length)].slice(0, options.k);
  }

  /**
   * The first passages reordered by the learned passage choice (`RetrievalSettings.passageChoice`): each score times its
   * factor (the passages after them keep theirs). The margin score stays the second stage's own: answerability was fitted to
   * read how clearly that score puts the first passage ahead, and a factor that favours whatever stands first widened every
   * margin (more answers to questions the texts do not answer). Observed first, in the second stage's order.
   */
  private choose(
    first: RankedChunk[],
    signalsOf: (ranked: RankedChunk) => { title: number; semantic: number; routes: PassageRoutes },
    options: Pick<RetrieveOptions, 'choosePassages' | 'observePassages'>,
  ): RankedChunk[] {
    const model = options.choosePassages === false ? null : this.settings.passageChoice;
    if (!model && !options.observePassages) return first;
    const best = first[0]?.score ?? 0;
    const neighbourhoods = passageNeighbourhoods(first.map((ranked) => ranked.chunk));
    const features = first.map((ranked, rank) =>
      passageFeatures({
        score: ranked.score,
        best,
        rank,
        fusedScore: ranked.fusedScore ?? 0,
        rankingEvidence: ranked.rankingEvidence,
        evidence: ranked.evidence,
        chunkEvidence: ranked.chunkEvidence,
        ...signalsOf(ranked),
        bestSentence: ranked.bestSentence,
        sentenceScores: ranked.sentenceEvidence.map((evidence) => evidence.score),
        neighbourhood: neighbourhoods[rank] ?? { documentShare: 0, afterAnother: false, beforeAnother: false },
      }),
    );
    options.observePassages?.(first.map((ranked, index) => ({ chunk: ranked.chunk, features: features[index] as PassageFeatures })));
    if (!model) return first;
    first.forEach((ranked, index) => {
      const factor = passageFactor(model, features[index] as PassageFeatures);
      ranked.score *= factor;
      choiceFactors.set(ranked, factor);
    });
    // A stable sort: equal scores keep the second stage's order.
    return [...first].sort((left, right) => right.score - left.score);
  }

  /**
   * A definition question's own route to its answer: the sentences that hold the word asked about
   * (BM25 over sentences with that word alone) and define it («Med infrastruktur forstås …»,
   * «Sikkerhet omfatter …») put their chunks first among the fused candidates, so the second stage
   * weighs them even when the rest of the question («… i planen for IKT i helse og omsorg») pulls
   * the first stage elsewhere. The same for every store: it reads the store's BM25 and chunks.
   */
  private async withDefinitions(
    query: PreparedQuery,
    fused: Array<{ id: string; score: number }>,
    options: Pick<RetrieveOptions, 'mode' | 'filter'>,
  ): Promise<Array<{ id: string; score: number }>> {
    const { focus, acronym } = askedOf(query);
    if (options.mode !== 'hybrid' || !query.definitionFocusText || !focus) return fused;
    // Only the sentence hits are read: the chunk index's sum is not asked for.
    const { sentences } = await this.source.lexical(query.definitionFocusText, this.settings.candidates, options.filter, 'sentences');
    const located = sentences.map((hit) => {
      const [chunkId = hit.id, position = '0'] = hit.id.split('#');
      return { chunkId, position: Number(position) };
    });
    const chunks = await this.source.chunks([...new Set(located.map((hit) => hit.chunkId))]);
    const defining = new Set(
      located
        .filter((hit) => {
          const sentence = chunks.get(hit.chunkId)?.sentences[hit.position];
          return sentence !== undefined && givesDefinition(sentence.text, focus, acronym);
        })
        .map((hit) => hit.chunkId),
    );
    if (defining.size === 0) return fused;
    const top = fused[0]?.score ?? 1;
    const first = [...defining].sort().map((id) => ({ id, score: top }));
    return [...first, ...fused.filter((hit) => !defining.has(hit.id))];
  }

  /** The three stages in order; `timer` (for the bench) is called after each. */
  async retrieve(query: PreparedQuery, options: RetrieveOptions, timer?: StageTimer): Promise<RankedChunk[]> {
    // The stems' weights depend on the question alone: asked for while the candidates are gathered (a database
    // round trip fewer after them). A failure is thrown where they are awaited, not left unhandled meanwhile.
    const weights = this.source.weigher();
    weights.catch(() => undefined);
    const lists = await this.candidates(query, options, timer);
    const rrfK = options.choosePassages === false ? this.settings.rrfK : this.settings.searchRrfK;
    const fused = await this.withDefinitions(query, this.fuse(lists, options.mode, rrfK), options);
    timer?.('fuse');
    // The second stage reads only the candidates it ranks: from memory, or loaded from the database.
    const ids = fused.slice(0, options.mode === 'hybrid' ? Math.max(this.settings.rerankDepth, options.k) : options.k).map((hit) => hit.id);
    const [chunks, weightOf] = await Promise.all([this.source.chunks(ids), weights]);
    // The question as asked is compared with the candidates' sentence vectors, when they have any; a question without added
    // forms is the text the dense route embedded already, so only one with added forms is embedded a second time.
    const compared =
      options.mode === 'hybrid' &&
      this.settings.rerank.semantic > 0 &&
      [...chunks.values()].some((chunk) => chunk.sentences.some((sentence) => sentence.vector));
    const comparedText = options.comparedText ?? query.plainText;
    // A search for an English question compares as asked by the vector of its terms, as its dense side found the candidates
    // (`searchedTerms`; tune R@1 173 → 175, test 167 → 171 with it, where the dense side's alone kept one fewer).
    const reused = searchedTerms(query, options) ? options.comparedText === undefined : comparedText === query.text;
    const questionVector = compared ? ((reused ? lists.vector : undefined) ?? (await this.embedder.embedQuery(comparedText))) : undefined;
    const synonyms = questionVector ? synonymText(query.terms, query.language === 'nn') : '';
    const synonymVector = questionVector && synonyms ? synonymBlendedVector(questionVector, await this.embedder.embedQuery(synonyms)) : undefined;
    const input: SecondStageInput = {
      chunk: (id) => chunks.get(id),
      weightOf,
      lists,
      ...(questionVector ? { questionVector } : {}),
      ...(synonymVector ? { synonymVector } : {}),
    };
    // Synonyms that only order the passages (`QueryWord.rankingSynonyms`): the passages are ranked with them, then judged without.
    // Learned associates (`withAssociates`) order the passages as those synonyms do: a search's at full credit, an answer's
    // (which shows no passage choice either) fewer and at half.
    const associations = options.choosePassages === false ? answerAssociations : searchAssociations;
    // A synonym's share by how specific it is (`QueryWord.rankingSynonymShares`) orders a search's passages only: an answer's
    // order by them lost more supported answers than it gained (tune +9 −15, test +10 −12).
    const asked = options.choosePassages === false ? { ...query, terms: withoutRankingShares(query.terms) } : query;
    const ordering = options.mode === 'hybrid' && options.rankingSynonyms !== false ? withAssociates(rankingTerms(asked.terms), associations) : asked.terms;
    const associates = (ordering.words ?? []).flatMap((word) => word.associates ?? []);
    const ranked =
      ordering === asked.terms
        ? this.rerank(asked, fused, options, input)
        : this.rerank({ ...asked, terms: ordering }, fused, options, input).map((passage) =>
            this.judgedWithout(asked, passage, weightOf, options.askedFact !== false, associates),
          );
    timer?.('rerank');
    return ranked;
  }

  /**
   * A passage ranked with the ranking synonyms, as the question's own words read it: its evidence, best sentence and scores
   * without them (the scores less what those synonyms added to its chunk and sentence evidence), its place kept.
   */
  private judgedWithout(
    query: PreparedQuery,
    passage: RankedChunk,
    weightOf: (stem: string) => number,
    askedFact: boolean,
    associates: readonly string[] = [],
  ): RankedChunk {
    // A passage that writes none of the ranking synonyms (80 % of those judged, on the gold questions) reads the same without
    // them: a synonym counts only where a set's lemmas hold it, and the chunk's terms and title hold every lemma its sentences,
    // heading and title do. Its ranking is its judgement, not read a second time. The passage choice's factor stays on its score.
    const factor = choiceFactors.get(passage) ?? 1;
    if (
      !writesAnyOf(passage.chunk, addedRankingSynonyms(query.terms)) &&
      !associates.some((stem) => passage.chunk.terms.stems.has(stem) || passage.chunk.titleTerms.stems.has(stem))
    ) {
      const { chunk, evidence, rankingEvidence, bestSentence, sentenceEvidence, chunkEvidence } = passage;
      const { sentence } = this.settings.rerank;
      // As below with the chunk evidence unchanged: the same sums, so the same scores to the last bit.
      const base = passage.score / factor - sentence * rankingEvidence;
      return {
        chunk,
        score: (base + sentence * rankingEvidence) * factor,
        evidence,
        rankingEvidence,
        bestSentence,
        sentenceEvidence,
        chunkEvidence,
        ...(passage.fusedScore !== undefined ? { fusedScore: passage.fusedScore } : {}),
        marginScore: base + (marginShifts.get(passage) ?? 0) + sentence * (rankedMargins.get(passage) ?? rankingEvidence),
      };
    }
    const { evidence: chunkEvidence, strengths } = passageEvidence(query.terms, weightOf, passage.chunk.terms);
    const judged = this.rank(query, passage.chunk, 0, weightOf, chunkEvidence, strengths, askedFact);
    const { chunk, sentence } = this.settings.rerank;
    const base = passage.score / factor - chunk * (passage.chunkEvidence.score - chunkEvidence.score) - sentence * passage.rankingEvidence;
    const { marginEvidence, ...rest } = judged;
    return {
      ...rest,
      ...(passage.fusedScore !== undefined ? { fusedScore: passage.fusedScore } : {}),
      score: (base + sentence * judged.rankingEvidence) * factor,
      marginScore: base + (marginShifts.get(passage) ?? 0) + sentence * (marginEvidence ?? judged.rankingEvidence),
    };
  }

  /**
   * Scores every sentence of a chunk against the question; the best one is the chunk's evidence.
   * A sentence that does not state the kind of fact asked for (or, for a definition question, does
   * not define the word asked about) ranks lower, by the `answerType` and `definition` factors:
   * they decide which sentence and chunk come first, not the evidence the answer is judged by.
   */
  rank(
    query: PreparedQuery,
    chunk: IndexedChunk,
    score: number,
    weightOf: (stem: string) => number = this.weightOf,
    chunkEvidence: Evidence = evidenceOf(query.terms, weightOf, chunk.terms),
    /** How strongly the chunk as a whole carries each question term, when read with `chunkEvidence` (`passageEvidence`). */
    chunkStrengths?: ArrayLike<number>,
    /** Whether the fact asked beyond the question word is weighed (`RetrieveOptions.askedFact`). */
    askedFact = true,
  ): RankedChunk & { marginEvidence?: number } {
    const { type, focus, acronym, intention, fact: factAsked, several } = askedOf(query);
    const fact = askedFact ? factAsked : null;
    const {
      answerType: otherTypeFactor,
      answerTime,
      definition: definitionFactor,
      intention: intentionFactor,
      signature: signatureFactor,
      list: listFactor,
    } = this.settings.rerank;
    // A letter's signatories stand under its closing formula and nowhere else; a measure or an address may be stated as any fact is.
    const factFactor = fact?.kind === 'signature' ? signatureFactor : otherTypeFactor;
    const typeFactor = type === 'time' ? answerTime : otherTypeFactor;
    // «Korleis definerer OECD digital modenheit?»: a definition question that names whose definition it asks for is answered
    // where that source stands, whatever form the definition takes there («… i faglige sammenhenger (OECD, 2009)»): such a
    // sentence keeps its score. Tune split: one first turn answered (c005#0), nothing else moves on either split.
    const definer = focus ? query.entities.filter((stem) => !focus.has(stem)) : [];
    /** The answer-type, asked-fact and definition cues' factor on a sentence. */
    const cue = (sentence: IndexedSentence): number => {
      if (focus)
        return definitionFactor < 1 && !givesDefinition(sentence.text, focus, acronym) && !definer.some((stem) => sentence.terms.stems.has(stem))
          ? definitionFactor
          : 1;
      if (fact) return factFactor < 1 && !givesAskedFact(sentence, fact) ? factFactor : 1;
      return type && type !== 'who' && type !== 'person' && typeFactor < 1 && !givesNewAnswer(sentence, type, query) ? typeFactor : 1;
    };
    const intended = (sentence: IndexedSentence): number =>
      intention && intentionFactor < 1 && !statesIntention(sentence.text, intention) ? intentionFactor : 1;
    const { sentences } = chunk;
    const leadIns = leadInsOf(
      sentences.map((sentence) => sentence.text),
      chunk.heading,
    );
    /** The list cue's factor on a sentence: like the intention cue, it orders passages and is left out of the margin. */
    const listed = (position: number): number => (several && listFactor < 1 && !standsInList(leadIns, position) ? listFactor : 1);
    const sentenceEvidence = sentencesEvidence(
      query.terms,
      weightOf,
      sentences.map((sentence) => sentence.terms),
      chunk.headingTerms,
      chunk.titleTerms,
      chunk.terms,
      chunkStrengths,
      sentences.map((sentence, index) => isTopicLine(sentence.text) && pointsBack(sentences[index + 1]?.text ?? '')),
      leadIns,
    );
    const scoreAt = (index: number): number => sentenceEvidence[index]?.score ?? 0;
    // Best first by evidence, so the cues (regular expressions over the sentence) are read only for
    // sentences that can still win: a cue never raises a score.
    const order = sentenceEvidence.map((_, index) => index).sort((left, right) => scoreAt(right) - scoreAt(left) || left - right);
    let bestSentence = 0;
    let bestScore = 0;
    // The best score without the intention and list cues (no lower than `bestScore`: every sentence it can come from is read before the loop ends).
    let marginEvidence = 0;
    for (const index of order) {
      const evidenceScore = scoreAt(index);
      if (evidenceScore <= 0 || evidenceScore < bestScore) break;
      const sentence = itemAt(sentences, index);
      const typed = evidenceScore * cue(sentence);
      marginEvidence = Math.max(marginEvidence, typed);
      const cued = typed * intended(sentence) * listed(index);
      if (cued > bestScore || (cued === bestScore && index < bestSentence)) {
        bestSentence = index;
        bestScore = cued;
      }
    }
    const none: Evidence = { coverage: 0, numbers: 0, score: 0 };
    return {
      chunk,
      score,
      evidence: sentenceEvidence[bestSentence] ?? none,
      rankingEvidence: bestScore,
      ...(intention || several ? { marginEvidence } : {}),
      bestSentence,
      sentenceEvidence,
      chunkEvidence,
    };
  }
}
