import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadAssistant } from '@kildesvar/core';
import { indexDir, repoRoot, seedsDir } from '../../test/paths';
import { conversationSplitOf, loadConversationSet } from './conversation-set';
import { loadGoldSet, splitOf } from './gold-set';
import { evaluateConversations, renderTurnTable, summarizeConversations, type ConversationSummary } from './run-conversations';
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
  /** Optional, checked only when present (set from measurement): supported answers / answerable, single questions. */
  supportedAnswers: z.number().optional(),
  /** Optional ceiling on false abstention (abstained answerable / answerable), single questions. */
  falseAbstentionCeiling: z.number().optional(),
  /** Optional floor on supported answers / answerable follow-up turns of the conversation test split. */
  followUpSupportedAnswers: z.number().optional(),
  /** Optional ceiling on false abstention on answerable follow-up turns of the conversation test split. */
  followUpFalseAbstentionCeiling: z.number().optional(),
});
const floors = floorsSchema.parse(JSON.parse(readFileSync(path.join(repoRoot, 'eval', 'floors.json'), 'utf8')));
let summary: EvalSummary;
let conversations: ConversationSummary;

beforeAll(async () => {
  const assistant = await loadAssistant({ indexDir, seedsDir, embedder: 'corpus', modelsDir: path.join(repoRoot, 'models'), allowRemoteModels: false });
  const items = loadGoldSet().filter((item) => splitOf(item.id) === 'test');
  const originals = new Map<string, string>();
  for (const document of assistant.documents()) originals.set(document.file, (await assistant.document(document.file))?.text ?? '');
  summary = summarize(await evaluateQuestions(assistant, items, originals));
  const testConversations = loadConversationSet().filter((conversation) => conversationSplitOf(conversation.id) === 'test');
  conversations = summarizeConversations(await evaluateConversations(assistant, testConversations, originals, { askFresh: false }));
  const rows = Object.entries(summary.retrieval).map(
    ([system, metrics]) =>
      `${system.padEnd(9)} R@1 ${metrics.recallAt1.toFixed(3)}  R@5 ${metrics.recallAt5.toFixed(3)}  R@10 ${metrics.recallAt10.toFixed(3)}  MRR@10 ` +
      `${metrics.mrrAt10.toFixed(3)}  nDCG@10 ${metrics.ndcgAt10.toFixed(3)}`,
  );
  const answers = summary.answers;
  console.log(
    [
      `Eval gate, test split (${answers.answerable} answerable, ${answers.unanswerable} unanswerable):`,
      ...rows,
      `answers   abstention ${answers.abstentionRate.toFixed(3)}  false abstention ${answers.falseAbstentionRate.toFixed(3)}  citation support ` +
        `${answers.citationSupport.toFixed(3)}  key facts ${answers.keyFactRecall.toFixed(3)}  supported answers ${answers.supportedAnswers.toFixed(3)}`,
      `Conversations, test split (${testConversations.length} conversations, ${conversations.all.turns} turns): follow-ups supported ` +
        `${conversations.followUps.supportedAnswers.toFixed(3)}  false abstention ${conversations.followUps.falseAbstentionRate.toFixed(3)}  ` +
        `abstention on unanswerable ${conversations.followUps.abstentionRate.toFixed(3)}`,
      renderTurnTable(conversations),
    ].join('\n'),
  );
  // A limit, not a measurement: the test split (1518 questions, ~2500 turns at gold set v49) took over 600 s on a 2-core
  // machine shared with four evals; alone it takes about a third of that.
}, 1_200_000);

describe('retrieval-eval gate (hybrid, test split)', () => {
  it('measures the gold set the floors were set on', () => expect(loadGoldSet()).toHaveLength(floors.goldSetQuestions));
  it(`keeps recall@5 at or above ${floors.recallAt5}`, () => expect(summary.retrieval.hybrid.recallAt5).toBeGreaterThanOrEqual(floors.recallAt5));
  it(`keeps MRR@10 at or above ${floors.mrrAt10}`, () => expect(summary.retrieval.hybrid.mrrAt10).toBeGreaterThanOrEqual(floors.mrrAt10));
  it(`abstains on at least ${floors.abstentionRate} of unanswerable questions`, () =>
    expect(summary.answers.abstentionRate).toBeGreaterThanOrEqual(floors.abstentionRate));
  it(`keeps citation support at or above ${floors.citationSupport}`, () =>
    expect(summary.answers.citationSupport).toBeGreaterThanOrEqual(floors.citationSupport));
  const optional = (value: number | undefined) => (value === undefined ? it.skip : it);
  optional(floors.supportedAnswers)(`keeps supported answers / answerable at or above ${floors.supportedAnswers ?? '(no floor set)'}`, () =>
    expect(summary.answers.supportedAnswers).toBeGreaterThanOrEqual(floors.supportedAnswers ?? 0),
  );
  optional(floors.falseAbstentionCeiling)(`keeps false abstention at or below ${floors.falseAbstentionCeiling ?? '(no ceiling set)'}`, () =>
    expect(summary.answers.falseAbstentionRate).toBeLessThanOrEqual(floors.falseAbstentionCeiling ?? 1),
  );
  optional(floors.followUpSupportedAnswers)(`keeps follow-up supported answers at or above ${floors.followUpSupportedAnswers ?? '(no floor set)'}`, () =>
    expect(conversations.followUps.supportedAnswers).toBeGreaterThanOrEqual(floors.followUpSupportedAnswers ?? 0),
  );
  optional(floors.followUpFalseAbstentionCeiling)(
    `keeps follow-up false abstention at or below ${floors.followUpFalseAbstentionCeiling ?? '(no ceiling set)'}`,
    () => expect(conversations.followUps.falseAbstentionRate).toBeLessThanOrEqual(floors.followUpFalseAbstentionCeiling ?? 1),
  );
  it('plays the conversation test split: every turn answered or abstained, with follow-ups to score', () => {
    expect(conversations.followUps.answerable).toBeGreaterThan(0);
    expect(conversations.all.turns).toBe(conversations.firstTurns.turns + conversations.followUps.turns);
  });
  it('beats the naive BM25 baseline on recall@5 and MRR@10', () => {
    expect(summary.retrieval.hybrid.recallAt5).toBeGreaterThan(summary.retrieval.baseline.recallAt5);
    expect(summary.retrieval.hybrid.mrrAt10).toBeGreaterThan(summary.retrieval.baseline.mrrAt10);
  });
});
