import type { Assistant } from '@kildesvar/core';
import type { ChatResponse, SearchMode, SearchResult, Span } from '@kildesvar/core/schemas';
import { NaiveBm25 } from './baseline';
import { splitOf, type GoldItem } from './gold-set';
import { aggregateRetrieval, answerShares, factRecall, keyFacts, percentile, scoreRanking, share, type RankingScore, type RetrievalMetrics } from './metrics';
import { citationsCover, goldSpans, secondGoldSpans, type GoldPassage } from './relevance';

/**
 * Runs every gold question through the same assistant the API serves: retrieval in each mode,
 * the naive baseline, and the hybrid chat answer (abstention, citation support, key facts).
 */
export const systems = ['hybrid', 'dense', 'lexical', 'baseline'] as const;
export type System = (typeof systems)[number];

export interface QuestionOutcome {
  id: string;
  split: 'tune' | 'test';
  kind: string;
  language: string;
  /** Failure classes (issue 10); empty for the items written before classes existed. */
  classes: string[];
  file: string | null;
  question: string;
  answerable: boolean;
  ranking: Record<System, RankingScore>;
  top: Array<Pick<SearchResult, 'file' | 'heading' | 'start' | 'end'> & { excerpt: string }>;
  answer: ScoredAnswer & {
    /** Two-part questions only: the citations hold both the quote (or an alsoIn copy) and the secondQuote; null otherwise. */
    bothPartsSupported: boolean | null;
    facts: number;
    factRecall: number;
  };
  latencyMs: { search: number; chat: number };
}

export interface AnswerMetrics {
  answerable: number;
  unanswerable: number;
  abstentionRate: number;
  falseAbstentionRate: number;
  citationSupport: number;
  /** Supported answers / answerable: not abstained and a citation holds a gold quote. */
  supportedAnswers: number;
  keyFactRecall: number;
  /** Answerable two-part questions, and the share whose citations cover both parts. */
  twoPart: { questions: number; bothPartsSupported: number };
}

/** The response's optional confidence, read structurally until ChatResponse declares it. */
export const confidenceOf = (response: ChatResponse): number | null => {
  const confidence = (response as { confidence?: unknown }).confidence;
  return typeof confidence === 'number' && Number.isFinite(confidence) ? confidence : null;
};

/** What single questions and conversation turns both record of an answer. */
export interface ScoredAnswer {
  text: string;
  abstained: boolean;
  /** A citation holds a gold quote (the quote, an alsoIn copy or, for a two-part question, the secondQuote). */
  citationSupported: boolean;
  /** Answered (not abstained) and citationSupported: the headline "supported answer". */
  supported: boolean;
  /** The response's optional `confidence` (0–1), null when the response has none. */
  confidence: number | null;
  /** The spans the answer cites, in its [n] order (the passage each quote stands in), to tell which passage an answer chose. */
  citations: Span[];
}

/** Scores a response against the gold passages its citations should hold. */
export const scoreAnswer = (response: ChatResponse, gold: GoldPassage[]): ScoredAnswer => {
  const citationSupported = citationsCover(response.citations, gold);
  return {
    text: response.answer,
    abstained: response.abstained,
    citationSupported,
    supported: !response.abstained && citationSupported,
    confidence: confidenceOf(response),
    citations: response.citations.map(({ file, start, end }) => ({ file, start, end })),
  };
};

export interface EvalSummary {
  retrieval: Record<System, RetrievalMetrics>;
  answers: AnswerMetrics;
}

/** The answer a search-only run records: not asked, so abstained with no text (`EvaluateOptions.searchOnly`). */
const notAsked: QuestionOutcome['answer'] = {
  text: '',
  abstained: true,
  citationSupported: false,
  supported: false,
  confidence: null,
  citations: [],
  bothPartsSupported: null,
  facts: 0,
  factRecall: 0,
};

export interface EvaluateOptions {
  /** Rank only: every mode's search and the baseline, no chat answer (the answer is recorded as `notAsked`). */
  searchOnly?: boolean;
}

export const evaluateQuestions = async (
  assistant: Assistant,
  items: GoldItem[],
  originals: ReadonlyMap<string, string>,
  options: EvaluateOptions = {},
): Promise<QuestionOutcome[]> => {
  const baseline = new NaiveBm25(originals);
  const outcomes: QuestionOutcome[] = [];
  for (const item of items) {
    const gold = goldSpans(item, originals);
    const second = secondGoldSpans(item, originals);
    const ranking = {} as Record<System, RankingScore>;
    let hybrid: SearchResult[] = [];
    let searchMs = 0;
    for (const mode of ['hybrid', 'dense', 'lexical'] as SearchMode[]) {
      const started = performance.now();
      const results = await assistant.search(item.question, { k: 10, mode });
      if (mode === 'hybrid') {
        searchMs = performance.now() - started;
        hybrid = results;
      }
      ranking[mode] = scoreRanking(results, gold);
    }
    ranking.baseline = scoreRanking(baseline.search(item.question, 10), gold);
    const started = performance.now();
    const response = options.searchOnly ? null : await assistant.chat([{ role: 'user', content: item.question }]);
    const chatMs = response ? performance.now() - started : 0;
    const facts = item.answerable ? keyFacts(item.answer) : [];
    outcomes.push({
      id: item.id,
      split: splitOf(item.id),
      kind: item.kind,
      language: item.language,
      classes: [...(item.classes ?? [])],
      file: item.answerable ? item.file : null,
      question: item.question,
      answerable: item.answerable,
      ranking,
      top: hybrid.slice(0, 3).map((result) => ({
        file: result.file,
        heading: result.heading,
        start: result.start,
        end: result.end,
        excerpt: result.text.replace(/\s+/g, ' ').slice(0, 140),
      })),
      answer: response
        ? {
            ...scoreAnswer(response, [...gold, ...second]),
            bothPartsSupported:
              second.length > 0 ? !response.abstained && citationsCover(response.citations, gold) && citationsCover(response.citations, second) : null,
            facts: facts.length,
            factRecall: response.abstained ? 0 : factRecall(facts, response.answer),
          }
        : notAsked,
      latencyMs: { search: searchMs, chat: chatMs },
    });
  }
  return outcomes;
};

export const summarize = (outcomes: QuestionOutcome[]): EvalSummary => {
  const answerable = outcomes.filter((outcome) => outcome.answerable);
  const answered = answerable.filter((outcome) => !outcome.answer.abstained);
  const twoPart = answerable.filter((outcome) => outcome.answer.bothPartsSupported !== null);
  const retrieval = Object.fromEntries(systems.map((system) => [system, aggregateRetrieval(answerable.map((outcome) => outcome.ranking[system]))])) as Record<
    System,
    RetrievalMetrics
  >;
  return {
    retrieval,
    answers: {
      ...answerShares(
        outcomes.map((outcome) => ({
          answerable: outcome.answerable,
          abstained: outcome.answer.abstained,
          citationSupported: outcome.answer.citationSupported,
        })),
      ),
      keyFactRecall: share(
        answered.reduce((sum, outcome) => sum + outcome.answer.factRecall, 0),
        answered.length,
      ),
      twoPart: {
        questions: twoPart.length,
        bothPartsSupported: share(twoPart.filter((outcome) => outcome.answer.bothPartsSupported === true).length, twoPart.length),
      },
    },
  };
};

export const latency = (outcomes: QuestionOutcome[]) => {
  const search = outcomes.map((outcome) => outcome.latencyMs.search);
  const chat = outcomes.map((outcome) => outcome.latencyMs.chat);
  return { searchP50: percentile(search, 0.5), searchP95: percentile(search, 0.95), chatP50: percentile(chat, 0.5), chatP95: percentile(chat, 0.95) };
};

export const groupBy = (outcomes: QuestionOutcome[], key: (outcome: QuestionOutcome) => string): Map<string, QuestionOutcome[]> => {
  const groups = new Map<string, QuestionOutcome[]>();
  for (const outcome of outcomes) {
    const name = key(outcome);
    groups.set(name, [...(groups.get(name) ?? []), outcome]);
  }
  return new Map([...groups.entries()].sort(([left], [right]) => left.localeCompare(right)));
};

/** The weakest answerable questions for hybrid: no relevant result first, then the latest first hit. */
export const worstQuestions = (outcomes: QuestionOutcome[], count = 10): QuestionOutcome[] =>
  outcomes
    .filter((outcome) => outcome.answerable)
    .sort((left, right) => (right.ranking.hybrid.firstRelevant ?? 99) - (left.ranking.hybrid.firstRelevant ?? 99) || left.id.localeCompare(right.id))
    .slice(0, count);

export interface AnswerabilityPoint {
  threshold: number;
  /** Questions answered at this threshold (confidence ≥ threshold), answerable or not. */
  answered: number;
  /** Share of the answered questions whose answer is supported (unanswerable ones never are). */
  precision: number;
  /** Supported answers among answerable questions / answerable questions. */
  recall: number;
  /** Unanswerable questions below the threshold / unanswerable questions. */
  abstentionOnUnanswerable: number;
}

/**
 * The answerability precision/recall table: for t = 0, 0.05, …, 1, treat "answer iff confidence ≥ t". Only outcomes whose
 * response carried a confidence take part; returns an empty table when none did.
 */
export const answerabilityCurve = (outcomes: QuestionOutcome[]): AnswerabilityPoint[] => {
  const scored = outcomes.filter((outcome) => outcome.answer.confidence !== null);
  if (scored.length === 0) return [];
  const answerable = scored.filter((outcome) => outcome.answerable);
  const unanswerable = scored.filter((outcome) => !outcome.answerable);
  const share = (count: number, total: number) => (total > 0 ? count / total : 0);
  return Array.from({ length: 21 }, (_, step) => {
    const threshold = Math.round(step * 5) / 100;
    const answered = scored.filter((outcome) => (outcome.answer.confidence ?? 0) >= threshold);
    // An answer counts as supported when its citations hold a gold quote; a response that abstained cites nothing.
    const supported = answered.filter((outcome) => outcome.answerable && outcome.answer.citationSupported);
    return {
      threshold,
      answered: answered.length,
      precision: share(supported.length, answered.length),
      recall: share(supported.length, answerable.length),
      abstentionOnUnanswerable: share(unanswerable.filter((outcome) => (outcome.answer.confidence ?? 0) < threshold).length, unanswerable.length),
    };
  });
};
