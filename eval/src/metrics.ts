import type { Span } from '@kildesvar/core/schemas';
import { coveredGold, type GoldPassage } from './relevance';
import { itemAt } from '@kildesvar/core';

/** Retrieval metrics for one ranked list against its gold spans. */
export interface RankingScore {
  /** 1-based rank of the first relevant result, or null when none is in the list. */
  firstRelevant: number | null;
  ndcg: number;
}

export const scoreRanking = (results: Array<Span & { alsoIn?: Span[] }>, gold: GoldPassage[], depth = 10): RankingScore => {
  const seen = new Set<number>();
  let dcg = 0;
  let firstRelevant: number | null = null;
  results.slice(0, depth).forEach((result, index) => {
    const fresh = coveredGold(result, gold).filter((goldIndex) => !seen.has(goldIndex));
    if (fresh.length === 0) return;
    for (const goldIndex of fresh) seen.add(goldIndex);
    firstRelevant ??= index + 1;
    dcg += 1 / Math.log2(index + 2);
  });
  let ideal = 0;
  for (let index = 0; index < Math.min(gold.length, depth); index += 1) ideal += 1 / Math.log2(index + 2);
  return { firstRelevant, ndcg: ideal > 0 ? dcg / ideal : 0 };
};

export interface RetrievalMetrics {
  questions: number;
  recallAt1: number;
  recallAt3: number;
  recallAt5: number;
  recallAt10: number;
  mrrAt10: number;
  ndcgAt10: number;
}

export const aggregateRetrieval = (scores: RankingScore[]): RetrievalMetrics => {
  const count = scores.length || 1;
  const recall = (k: number) => scores.filter((score) => score.firstRelevant !== null && score.firstRelevant <= k).length / count;
  return {
    questions: scores.length,
    recallAt1: recall(1),
    recallAt3: recall(3),
    recallAt5: recall(5),
    recallAt10: recall(10),
    mrrAt10: scores.reduce((sum, score) => sum + (score.firstRelevant ? 1 / score.firstRelevant : 0), 0) / count,
    ndcgAt10: scores.reduce((sum, score) => sum + score.ndcg, 0) / count,
  };
};

/** Years, numbers and names of a gold answer that an answer should state. */
export const keyFacts = (answer: string): string[] => {
  const numbers = answer.match(/\p{N}+(?:[.,]\p{N}+)*/gu) ?? [];
  const names = answer.match(/\b\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu) ?? [];
  // A capitalised first word is usually just the start of the sentence, not a name.
  const first = answer.trim().split(/\s+/)[0] ?? '';
  return [...new Set([...numbers, ...names.filter((name) => name !== first || /\p{Lu}.*\p{Lu}/u.test(name))])];
};

export const factRecall = (facts: string[], answer: string): number => {
  if (facts.length === 0) return 1;
  const haystack = answer.toLowerCase().replace(/\s+/g, ' ');
  return facts.filter((fact) => haystack.includes(fact.toLowerCase())).length / facts.length;
};

export const percentile = (values: number[], fraction: number): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  return itemAt(sorted, Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1)));
};

/** One answered or refused question or turn, as the answer metrics see it. */
export interface AnswerOutcome {
  answerable: boolean;
  abstained: boolean;
  /** A citation holds a gold quote. */
  citationSupported: boolean;
}

export interface AnswerShares {
  answerable: number;
  unanswerable: number;
  /** Not abstained and supported / answerable. */
  supportedAnswers: number;
  /** Abstained / answerable. */
  falseAbstentionRate: number;
  /** Abstained / unanswerable. */
  abstentionRate: number;
  /** Supported / answered answerable. */
  citationSupport: number;
}

export const share = (count: number, total: number): number => (total > 0 ? count / total : 0);

/** The answer metrics shared by single questions and conversation turns. */
export const answerShares = (outcomes: readonly AnswerOutcome[]): AnswerShares => {
  const answerable = outcomes.filter((outcome) => outcome.answerable);
  const unanswerable = outcomes.filter((outcome) => !outcome.answerable);
  const answered = answerable.filter((outcome) => !outcome.abstained);
  const supported = answered.filter((outcome) => outcome.citationSupported).length;
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    supportedAnswers: share(supported, answerable.length),
    falseAbstentionRate: share(answerable.length - answered.length, answerable.length),
    abstentionRate: share(unanswerable.filter((outcome) => outcome.abstained).length, unanswerable.length),
    citationSupport: share(supported, answered.length),
  };
};
