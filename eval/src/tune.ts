/**
 * `npm run tune`: sweeps the retrieval settings on the *tune* split only (the test split is for
 * reporting), through the same assistant the API serves, printing one line per setting.
 * Abstention is not swept here: it is the learned model's, fitted by `npm run fit:answerability`.
 *
 * @module
 */
import { createIndexAssistant, defaultRetrievalSettings, loadIndexParts, type RetrievalSettings } from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import { loadGoldSet, splitOf } from './gold-set';
import { aggregateRetrieval, scoreRanking, type RankingScore } from './metrics';
import { goldSpans } from './relevance';

const usage =
  "Usage: npm run tune\nSweeps fusion and rerank weights (the document-title weight, the answer-type, answer-time, definition, intention, signature and list cues, the sentence similarity) on the eval's tune split and prints R@1, R@5 and MRR@10 per setting.";

const main = async (): Promise<void> => {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(usage);
    return;
  }
  const parts = await loadIndexParts(loadIngestConfig());
  const items = loadGoldSet().filter((item) => splitOf(item.id) === 'tune' && item.answerable);

  const measure = async (retrieval: RetrievalSettings) => {
    const assistant = createIndexAssistant({ ...parts, retriever: parts.retriever.withSettings(retrieval) });
    const scores: RankingScore[] = [];
    for (const item of items) scores.push(scoreRanking(await assistant.search(item.question, { k: 10, mode: 'hybrid' }), goldSpans(item, parts.originals)));
    return aggregateRetrieval(scores);
  };

  const format = (value: number) => value.toFixed(3);
  /** One rerank weight swept over `values`, the others at their defaults: a line of R@1, R@5 and MRR@10 per value. */
  const sweepRerank = async (label: string, key: keyof RetrievalSettings['rerank'], values: readonly number[]) => {
    console.log(`${label}  R@1   R@5   MRR`);
    for (const value of values) {
      const metrics = await measure({ ...defaultRetrievalSettings, rerank: { ...defaultRetrievalSettings.rerank, [key]: value } });
      console.log(`${value.toFixed(2)}  ${format(metrics.recallAt1)} ${format(metrics.recallAt5)} ${format(metrics.mrrAt10)}`);
    }
  };
  const rerankGrid: Array<[fused: number, sentence: number, chunk: number]> = [
    [1, 0, 0],
    [0.7, 0.2, 0.1],
    [0.6, 0.3, 0.1],
    [0.5, 0.4, 0.1],
    [0.35, 0.45, 0.2],
  ];
  console.log('dense sent  fused/sent/chunk  R@1   R@5   MRR');
  for (const dense of [0, 0.25, 0.5]) {
    for (const sentenceLexical of [0.5, 1]) {
      for (const [fused, sentence, chunk] of rerankGrid) {
        const retrieval: RetrievalSettings = {
          ...defaultRetrievalSettings,
          weights: { ...defaultRetrievalSettings.weights, dense, sentenceLexical },
          rerank: { ...defaultRetrievalSettings.rerank, fused, sentence, chunk },
        };
        const metrics = await measure(retrieval);
        console.log(
          `${dense.toFixed(2)}  ${sentenceLexical.toFixed(1)}  ${fused}/${sentence}/${chunk}  ${format(metrics.recallAt1)} ${format(metrics.recallAt5)} ${format(metrics.mrrAt10)}`,
        );
      }
    }
  }
  await sweepRerank('title (the question naming the document; other weights at their defaults)', 'title', [0, 0.05, 0.1, 0.2, 0.3, 0.5]);
  await sweepRerank('answer-type cue (factor on a sentence that states no new number for how many/how much)', 'answerType', [1, 0.9, 0.8, 0.6, 0.4]);
  await sweepRerank(
    'answer-time cue (factor on a sentence that states no new time for a when-question; answerType above is for the others)',
    'answerTime',
    [0.4, 0.3, 0.2, 0.1],
  );
  await sweepRerank('definition cue (factor on a sentence that does not define the word a definition question asks about)', 'definition', [1, 0.7, 0.5, 0.3]);
  await sweepRerank(
    'intention cue (factor on a sentence that does not state the subject of a will/shall question beside a modal verb)',
    'intention',
    [1, 0.5, 0.3, 0.2],
  );
  await sweepRerank(
    "signature cue (factor on a sentence that is not a letter's closing formula, for a question asking who signed)",
    'signature',
    [1, 0.4, 0.3, 0.2, 0.1],
  );
  await sweepRerank('list cue (factor on a sentence standing in no list, for a question asking for several things of a kind)', 'list', [1, 0.8, 0.7, 0.6]);
  await sweepRerank(
    'semantic (the question against the closest sentence as a whole, corpus embedder sentence vectors)',
    'semantic',
    [0, 0.05, 0.1, 0.15, 0.2, 0.3],
  );
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
