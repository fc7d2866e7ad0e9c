import { composeAnswer, prepareQuery, toSearchResult } from '@kildesvar/core';
import type { LoadedIndex } from './loaded-index';
import { distribution, spreadOfDistributions, type Distribution, type Spread } from './statistics';

/**
 * The hybrid query path timed stage by stage, in process: `Retriever.retrieve` reports each of
 * its named stages (candidates: lexical, dense embed, hnsw search; fuse; rerank) to the timer,
 * so the bench measures the code the API runs. The end-to-end `assistant.search` and
 * `assistant.chat` times are measured too.
 */
export const queryStages = [
  'analyse',
  'lexical',
  'dense embed',
  'hnsw search',
  'fuse',
  'rerank',
  'compose answer',
  'search (end to end)',
  'chat (end to end)',
] as const;
export type QueryStage = (typeof queryStages)[number];

export interface QueryStageReport {
  questions: number;
  passes: number;
  /** Per stage: p50/p95/p99 (ms) of each pass, summarised as median and min–max over passes. */
  stages: Record<QueryStage, Record<'p50' | 'p95' | 'p99', Spread>>;
  /** All passes pooled, per stage. */
  pooled: Record<QueryStage, Distribution>;
}

const k = 10;

export const measureQueryStages = async (
  loaded: Pick<LoadedIndex, 'assistant' | 'parts'>,
  questions: readonly string[],
  passes: number,
): Promise<QueryStageReport> => {
  const { retriever } = loaded.assistant;
  const { english, knowledge } = loaded.parts;
  const vocabulary = retriever.vocabulary();

  const passTimes: Array<Record<QueryStage, number[]>> = [];
  // Pass 0 warms the JIT and caches and is not counted.
  for (let pass = 0; pass <= passes; pass += 1) {
    const times = Object.fromEntries(queryStages.map((stage) => [stage, [] as number[]])) as Record<QueryStage, number[]>;
    for (const question of questions) {
      let mark = performance.now();
      const lap = (stage: QueryStage): void => {
        const now = performance.now();
        times[stage].push(now - mark);
        mark = now;
      };
      // The stages the API runs, timed by the retriever itself.
      const prepared = prepareQuery(question, english, vocabulary, knowledge);
      lap('analyse');
      const ranked = await retriever.retrieve(prepared, { k, mode: 'hybrid' }, lap);
      composeAnswer(prepared, ranked, toSearchResult);
      lap('compose answer');
      await loaded.assistant.search(question, { k, mode: 'hybrid' });
      lap('search (end to end)');
      await loaded.assistant.chat([{ role: 'user', content: question }]);
      lap('chat (end to end)');
    }
    if (pass > 0) passTimes.push(times);
  }
  const stages = Object.fromEntries(
    queryStages.map((stage) => [stage, spreadOfDistributions(passTimes.map((times) => distribution(times[stage])))]),
  ) as QueryStageReport['stages'];
  const pooled = Object.fromEntries(
    queryStages.map((stage) => [stage, distribution(passTimes.flatMap((times) => times[stage]))]),
  ) as QueryStageReport['pooled'];
  return { questions: questions.length, passes, stages, pooled };
};
