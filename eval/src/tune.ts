import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  composeAnswer,
  defaultAnswerSettings,
  defaultRetrievalSettings,
  loadIndexParts,
  prepareQuery,
  toSearchResult,
  type AnswerSettings,
  type PreparedQuery,
  type RankedChunk,
  type RetrievalSettings,
} from '@kildesvar/core';
import { loadIngestConfig } from '../../ingest/src/config';
import { loadGoldSet, splitOf, type GoldItem } from './gold-set';
import { aggregateRetrieval, scoreRanking, type RankingScore } from './metrics';
import { goldSpans } from './relevance';

/**
 * `npx tsx eval/src/tune.ts`: sweeps retrieval and abstention settings on the *tune* split only
 * (the test split is for reporting), printing one line per setting.
 */
const main = async (): Promise<void> => {
  const config = loadIngestConfig();
  const parts = await loadIndexParts(config);
  const items = loadGoldSet().filter((item) => splitOf(item.id) === 'tune');
  const originals = new Map(parts.catalog.map((entry) => [entry.file, readFileSync(path.join(config.seedsDir, entry.file), 'utf8')]));
  const vocabulary = parts.retriever.vocabulary();

  const run = async (retrieval: RetrievalSettings, answers: AnswerSettings[]) => {
    const retriever = parts.retriever.withSettings(retrieval);
    const scores: RankingScore[] = [];
    const rankedPerItem: Array<{ item: GoldItem; query: PreparedQuery; ranked: RankedChunk[] }> = [];
    for (const item of items) {
      const query = prepareQuery(item.question, parts.english, vocabulary);
      const ranked = await retriever.retrieve(query, { k: 10, mode: 'hybrid' });
      rankedPerItem.push({ item, query, ranked });
      if (item.answerable) scores.push(scoreRanking(ranked.map(toSearchResult), goldSpans(item, originals)));
    }
    const metrics = aggregateRetrieval(scores);
    const abstention = answers.map((answer) => {
      let abstainedUnanswerable = 0;
      let answeredAnswerable = 0;
      for (const { item, query, ranked } of rankedPerItem) {
        const response = composeAnswer(query, ranked, toSearchResult, answer);
        if (!item.answerable && response.abstained) abstainedUnanswerable += 1;
        if (item.answerable && !response.abstained) answeredAnswerable += 1;
      }
      const unanswerable = items.filter((item) => !item.answerable).length;
      return { answer, abstain: abstainedUnanswerable / unanswerable, answered: answeredAnswerable / (items.length - unanswerable) };
    });
    return { metrics, abstention };
  };

  const format = (value: number) => value.toFixed(3);
  const rerankGrid: Array<[fused: number, sentence: number, chunk: number]> = [
    [1, 0, 0],
    [0.6, 0.3, 0.1],
    [0.5, 0.4, 0.1],
    [0.35, 0.45, 0.2],
    [0.2, 0.6, 0.2],
  ];
  console.log('dense sent  fused/sent/chunk  R@1   R@5   MRR');
  for (const dense of [0, 0.25, 0.5, 1]) {
    for (const sentenceLexical of [0.5, 1]) {
      for (const [fused, sentence, chunk] of rerankGrid) {
        const retrieval: RetrievalSettings = {
          ...defaultRetrievalSettings,
          weights: { ...defaultRetrievalSettings.weights, dense, sentenceLexical },
          rerank: { fused, sentence, chunk },
        };
        const { metrics } = await run(retrieval, []);
        console.log(
          `${dense.toFixed(2)}  ${sentenceLexical.toFixed(1)}  ${fused}/${sentence}/${chunk}  ${format(metrics.recallAt1)} ` +
            `${format(metrics.recallAt5)} ${format(metrics.mrrAt10)}`,
        );
      }
    }
  }
  const answers: AnswerSettings[] = [];
  for (const minCoverage of [0.3, 0.35, 0.4, 0.45, 0.5])
    for (const requireAnswerType of [false, true]) answers.push({ ...defaultAnswerSettings, minCoverage, requireAnswerType });
  const { abstention } = await run(defaultRetrievalSettings, answers);
  console.log('\nminCoverage requireAnswerType  abstained(unanswerable) answered(answerable)');
  for (const row of abstention) console.log(`${row.answer.minCoverage}  ${row.answer.requireAnswerType}  ${format(row.abstain)}  ${format(row.answered)}`);
};

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
