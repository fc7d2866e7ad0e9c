import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadAssistant } from '@kildesvar/core';
import { indexDir, repoRoot, seedsDir } from '../../test/paths';
import { loadGoldSet, splitOf } from './gold-set';
import { summarize, evaluateQuestions, type EvalSummary } from './run-eval';

/** The retrieval-eval gate: hybrid on the test split must stay at or above the committed floors. */
const floorsSchema = z.object({
  split: z.literal('test'),
  system: z.literal('hybrid'),
  goldSetQuestions: z.number().int(),
  recallAt5: z.number(),
  mrrAt10: z.number(),
  abstentionRate: z.number(),
  citationSupport: z.number(),
});
const floors = floorsSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'eval', 'floors.json'), 'utf8')));
let summary: EvalSummary;

beforeAll(async () => {
  const assistant = await loadAssistant({ indexDir, seedsDir, embedder: 'corpus', modelsDir: path.join(repoRoot, 'models'), allowRemoteModels: false });
  const items = loadGoldSet().filter((item) => splitOf(item.id) === 'test');
  const originals = new Map(assistant.documents().map((document) => [document.file, assistant.document(document.file)?.text ?? '']));
  summary = summarize(await evaluateQuestions(assistant, items, originals));
  const rows = Object.entries(summary.retrieval).map(
    ([system, metrics]) => `${system.padEnd(9)} R@1 ${metrics.recallAt1.toFixed(3)}  R@5 ${metrics.recallAt5.toFixed(3)}  R@10 ${metrics.recallAt10.toFixed(3)}  MRR@10 ${metrics.mrrAt10.toFixed(3)}  nDCG@10 ${metrics.ndcgAt10.toFixed(3)}`,
  );
  const answers = summary.answers;
  console.log(
    [
      `Eval gate, test split (${answers.answerable} answerable, ${answers.unanswerable} unanswerable):`,
      ...rows,
      `answers   abstention ${answers.abstentionRate.toFixed(3)}  false abstention ${answers.falseAbstentionRate.toFixed(3)}  citation support ${answers.citationSupport.toFixed(3)}  key facts ${answers.keyFactRecall.toFixed(3)}`,
    ].join('\n'),
  );
}, 120_000);

describe('retrieval-eval gate (hybrid, test split)', () => {
  it('measures the gold set the floors were set on', () => expect(loadGoldSet()).toHaveLength(floors.goldSetQuestions));
  it(`keeps recall@5 at or above ${floors.recallAt5}`, () => expect(summary.retrieval.hybrid.recallAt5).toBeGreaterThanOrEqual(floors.recallAt5));
  it(`keeps MRR@10 at or above ${floors.mrrAt10}`, () => expect(summary.retrieval.hybrid.mrrAt10).toBeGreaterThanOrEqual(floors.mrrAt10));
  it(`abstains on at least ${floors.abstentionRate} of unanswerable questions`, () => expect(summary.answers.abstentionRate).toBeGreaterThanOrEqual(floors.abstentionRate));
  it(`keeps citation support at or above ${floors.citationSupport}`, () => expect(summary.answers.citationSupport).toBeGreaterThanOrEqual(floors.citationSupport));
  it('beats the naive BM25 baseline on recall@5 and MRR@10', () => {
    expect(summary.retrieval.hybrid.recallAt5).toBeGreaterThan(summary.retrieval.baseline.recallAt5);
    expect(summary.retrieval.hybrid.mrrAt10).toBeGreaterThan(summary.retrieval.baseline.mrrAt10);
  });
});
