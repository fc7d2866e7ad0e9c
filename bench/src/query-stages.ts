import {
  composeAnswer,
  evidenceOf,
  LexicalIndex,
  prepareQuery,
  rankByScore,
  reciprocalRankFusion,
  toSearchResult,
  type RankedChunk,
} from '@kildesvar/core';
import type { LoadedIndex } from './loaded-index';
import { distribution, spreadOfDistributions, type Distribution, type Spread } from './statistics';

/**
 * The hybrid query path timed stage by stage, in process. The stages are called the way
 * `Retriever.retrieve` (hybrid mode) and `assistant.chat` call them, on lexical indexes built
 * the way `Retriever.create` builds them; every pass checks that the mirrored path returns the
 * same top 10 as the retriever itself. The end-to-end `assistant.search` and `assistant.chat`
 * times are measured too.
 */
export const queryStages = ['analyse', 'lexical', 'dense embed', 'hnsw search', 'fuse', 'rerank', 'compose answer', 'search (end to end)', 'chat (end to end)'] as const;
export type QueryStage = (typeof queryStages)[number];

export interface QueryStageReport {
  questions: number;
  passes: number;
  /** Per stage: p50/p95/p99 (ms) of each pass, summarised as median and min–max over passes. */
  stages: Record<QueryStage, Record<'p50' | 'p95' | 'p99', Spread>>;
  /** All passes pooled, per stage. */
  pooled: Record<QueryStage, Distribution>;
  /** Question runs (warm-up pass included) whose mirrored top 10 equals the retriever's. */
  mirrorAgreement: { same: number; total: number };
}

const k = 10;

export const measureQueryStages = async (loaded: LoadedIndex, questions: readonly string[], passes: number): Promise<QueryStageReport> => {
  const { retriever } = loaded.assistant;
  const { english } = loaded.parts;
  const vocabulary = retriever.vocabulary();
  const settings = retriever.settings;
  const chunkIndex = LexicalIndex.build(retriever.chunks.map((chunk) => ({ id: chunk.id, text: chunk.indexedText })));
  const sentenceIndex = LexicalIndex.build(retriever.chunks.flatMap((chunk) => chunk.sentences.map((sentence, index) => ({ id: `${chunk.id}#${index}`, text: sentence.text }))));
  const depth = Math.max(settings.candidates, k);

  let same = 0;
  let total = 0;
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
      const prepared = prepareQuery(question, english, vocabulary);
      lap('analyse');
      const chunkHits = chunkIndex.search(prepared.text, depth);
      const sentenceHits = sentenceIndex.search(prepared.text, depth * 3);
      const sentenceChunks = [...new Set(sentenceHits.map((hit) => hit.id.split('#')[0]))];
      lap('lexical');
      const vector = await loaded.embedder.embedQuery(prepared.text);
      lap('dense embed');
      const dense = await loaded.vectors.search(vector, depth);
      lap('hnsw search');
      const fused = rankByScore(
        reciprocalRankFusion(
          [
            { ids: chunkHits.map((hit) => hit.id), weight: settings.weights.chunkLexical },
            { ids: sentenceChunks, weight: settings.weights.sentenceLexical },
            { ids: dense.map((hit) => hit.chunkId), weight: settings.weights.dense },
          ],
          settings.rrfK,
        ),
      );
      lap('fuse');
      const top = fused[0]?.score ?? 1;
      const reranked: RankedChunk[] = fused.slice(0, Math.max(settings.rerankDepth, k)).map((hit) => {
        const ranked = retriever.rank(prepared, retriever.chunk(hit.id)!, 0);
        const chunkEvidence = evidenceOf(prepared.terms, retriever.weightOf, ranked.chunk.terms);
        ranked.score = settings.rerank.fused * (hit.score / top) + settings.rerank.sentence * ranked.evidence.score + settings.rerank.chunk * chunkEvidence.score;
        return ranked;
      });
      reranked.sort((left, right) => right.score - left.score || (left.chunk.id < right.chunk.id ? -1 : 1));
      const ranked = reranked.slice(0, k);
      lap('rerank');
      composeAnswer(prepared, ranked, toSearchResult);
      lap('compose answer');
      await loaded.assistant.search(question, { k, mode: 'hybrid' });
      lap('search (end to end)');
      await loaded.assistant.chat([{ role: 'user', content: question }]);
      lap('chat (end to end)');

      const expected = await retriever.retrieve(prepared, { k, mode: 'hybrid' });
      total += 1;
      if (expected.map((hit) => hit.chunk.id).join() === ranked.map((hit) => hit.chunk.id).join()) same += 1;
    }
    if (pass > 0) passTimes.push(times);
  }
  const stages = Object.fromEntries(queryStages.map((stage) => [stage, spreadOfDistributions(passTimes.map((times) => distribution(times[stage])))])) as QueryStageReport['stages'];
  const pooled = Object.fromEntries(queryStages.map((stage) => [stage, distribution(passTimes.flatMap((times) => times[stage]))])) as QueryStageReport['pooled'];
  return { questions: questions.length, passes, stages, pooled, mirrorAgreement: { same, total } };
};
