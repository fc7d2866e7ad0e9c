import type { Assistant } from '@kildesvar/core';
import type { SearchMode, SearchResult, Span } from '@kildesvar/core/schemas';
import { NaiveBm25 } from './baseline';
import { splitOf, type GoldItem } from './gold-set';
import { aggregateRetrieval, factRecall, keyFacts, percentile, scoreRanking, type RankingScore, type RetrievalMetrics } from './metrics';
import { coveredGold, goldSpans } from './relevance';

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
  file: string | null;
  question: string;
  answerable: boolean;
  ranking: Record<System, RankingScore>;
  top: Array<Pick<SearchResult, 'file' | 'heading' | 'start' | 'end'> & { excerpt: string }>;
  answer: { text: string; abstained: boolean; citationSupported: boolean; facts: number; factRecall: number };
  latencyMs: { search: number; chat: number };
}

export interface AnswerMetrics {
  answerable: number;
  unanswerable: number;
  abstentionRate: number;
  falseAbstentionRate: number;
  citationSupport: number;
  keyFactRecall: number;
}

export interface EvalSummary {
  retrieval: Record<System, RetrievalMetrics>;
  answers: AnswerMetrics;
}

export const evaluateQuestions = async (assistant: Assistant, items: GoldItem[], originals: ReadonlyMap<string, string>): Promise<QuestionOutcome[]> => {
  const baseline = new NaiveBm25(originals);
  const outcomes: QuestionOutcome[] = [];
  for (const item of items) {
    const gold = goldSpans(item, originals);
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
    const response = await assistant.chat([{ role: 'user', content: item.question }]);
    const chatMs = performance.now() - started;
    const facts = item.answerable ? keyFacts(item.answer) : [];
    outcomes.push({
      id: item.id,
      split: splitOf(item.id),
      kind: item.kind,
      language: item.language,
      file: item.answerable ? item.file : null,
      question: item.question,
      answerable: item.answerable,
      ranking,
      top: hybrid.slice(0, 3).map((result) => ({ file: result.file, heading: result.heading, start: result.start, end: result.end, excerpt: result.text.replace(/\s+/g, ' ').slice(0, 140) })),
      answer: {
        text: response.answer,
        abstained: response.abstained,
        citationSupported: response.citations.some((citation: Span & { alsoIn: Span[] }) => coveredGold(citation, gold).length > 0),
        facts: facts.length,
        factRecall: response.abstained ? 0 : factRecall(facts, response.answer),
      },
      latencyMs: { search: searchMs, chat: chatMs },
    });
  }
  return outcomes;
};

export const summarize = (outcomes: QuestionOutcome[]): EvalSummary => {
  const answerable = outcomes.filter((outcome) => outcome.answerable);
  const unanswerable = outcomes.filter((outcome) => !outcome.answerable);
  const answered = answerable.filter((outcome) => !outcome.answer.abstained);
  const share = (count: number, total: number) => (total > 0 ? count / total : 0);
  const retrieval = Object.fromEntries(systems.map((system) => [system, aggregateRetrieval(answerable.map((outcome) => outcome.ranking[system]))])) as Record<System, RetrievalMetrics>;
  return {
    retrieval,
    answers: {
      answerable: answerable.length,
      unanswerable: unanswerable.length,
      abstentionRate: share(unanswerable.filter((outcome) => outcome.answer.abstained).length, unanswerable.length),
      falseAbstentionRate: share(answerable.length - answered.length, answerable.length),
      citationSupport: share(answered.filter((outcome) => outcome.answer.citationSupported).length, answered.length),
      keyFactRecall: share(
        answered.reduce((sum, outcome) => sum + outcome.answer.factRecall, 0),
        answered.length,
      ),
    },
  };
};

export const latency = (outcomes: QuestionOutcome[]) => ({
  searchP50: percentile(outcomes.map((outcome) => outcome.latencyMs.search), 0.5),
  searchP95: percentile(outcomes.map((outcome) => outcome.latencyMs.search), 0.95),
  chatP50: percentile(outcomes.map((outcome) => outcome.latencyMs.chat), 0.5),
  chatP95: percentile(outcomes.map((outcome) => outcome.latencyMs.chat), 0.95),
});

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
