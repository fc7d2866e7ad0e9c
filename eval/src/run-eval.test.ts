import { describe, expect, it } from 'vitest';
import type { Assistant } from '@kildesvar/core';
import type { ChatResponse, SearchResult } from '@kildesvar/core/schemas';
import type { GoldItem } from './gold-set';
import { answerabilityCurve, confidenceOf, evaluateQuestions, summarize, type QuestionOutcome } from './run-eval';

const ranking = { firstRelevant: 1, ndcg: 1 };
const outcome = (
  answerable: boolean,
  abstained: boolean,
  citationSupported: boolean,
  confidence: number | null,
  bothPartsSupported: boolean | null = null,
): QuestionOutcome => ({
  id: 'q999',
  split: 'test',
  kind: answerable ? 'number' : 'unanswerable',
  language: 'nb',
  classes: [],
  file: null,
  question: '?',
  answerable,
  ranking: { hybrid: ranking, dense: ranking, lexical: ranking, baseline: ranking },
  top: [],
  answer: {
    text: '',
    abstained,
    citationSupported,
    supported: !abstained && citationSupported,
    bothPartsSupported,
    confidence,
    citations: [],
    facts: 0,
    factRecall: 1,
  },
  latencyMs: { search: 0, chat: 0 },
});

describe('summarize', () => {
  it('counts supported answers over all answerable questions, and two-part questions with both parts supported', () => {
    const answers = summarize([
      outcome(true, false, true, null, true),
      outcome(true, false, false, null, false),
      outcome(true, true, false, null),
      outcome(false, true, false, null),
    ]).answers;
    expect(answers.supportedAnswers).toBeCloseTo(1 / 3);
    expect(answers.falseAbstentionRate).toBeCloseTo(1 / 3);
    expect(answers.citationSupport).toBeCloseTo(1 / 2);
    expect(answers.twoPart).toEqual({ questions: 2, bothPartsSupported: 0.5 });
  });
});

describe('answerabilityCurve', () => {
  it('treats "answer iff confidence ≥ t" and reports precision, recall and abstention on unanswerable', () => {
    const curve = answerabilityCurve([
      outcome(true, false, true, 0.9),
      outcome(true, false, false, 0.5),
      outcome(false, false, false, 0.3),
      outcome(true, false, true, null),
    ]);
    expect(curve).toHaveLength(21);
    expect(curve[0]).toEqual({ threshold: 0, answered: 3, precision: 1 / 3, recall: 1 / 2, abstentionOnUnanswerable: 0 });
    expect(curve.find((point) => point.threshold === 0.4)).toEqual({
      threshold: 0.4,
      answered: 2,
      precision: 1 / 2,
      recall: 1 / 2,
      abstentionOnUnanswerable: 1,
    });
    expect(curve.find((point) => point.threshold === 0.95)).toEqual({ threshold: 0.95, answered: 0, precision: 0, recall: 0, abstentionOnUnanswerable: 1 });
  });

  it('is empty when no response carried a confidence, and reads only numeric confidences', () => {
    expect(answerabilityCurve([outcome(true, false, true, null)])).toEqual([]);
    expect(confidenceOf({ confidence: 0.7 } as unknown as ChatResponse)).toBe(0.7);
    expect(confidenceOf({ confidence: 'high' } as unknown as ChatResponse)).toBeNull();
  });
});

describe('evaluateQuestions', () => {
  const file = '001_0123456789abcdef.txt';
  const text = 'Innledning. Kommunene skal dele data innen 2030. Slutt.';
  const item = {
    id: 'q001',
    question: 'Når skal kommunene dele data?',
    answer: 'Innen 2030.',
    language: 'nb',
    answerable: true,
    file,
    quote: 'Kommunene skal dele data innen 2030.',
    alsoIn: [],
    kind: 'number',
  } as GoldItem;
  const start = text.indexOf('Kommunene');
  const hit: SearchResult = { chunkId: 'c1', file, title: 'T', heading: '', text: text.slice(start), score: 1, start, end: text.length, alsoIn: [] };
  const fakeAssistant = (chats: string[]) =>
    ({
      search: async () => [hit],
      chat: async (messages: Array<{ content: string }>) => {
        chats.push(messages[0]?.content ?? '');
        return { answer: 'Innen 2030 [1].', abstained: false, citations: [hit] } as unknown as ChatResponse;
      },
    }) as unknown as Assistant;

  it('ranks without asking the chat when searchOnly, recording the answer as not asked', async () => {
    const chats: string[] = [];
    const [outcome] = await evaluateQuestions(fakeAssistant(chats), [item], new Map([[file, text]]), { searchOnly: true });
    expect(chats).toEqual([]);
    expect(outcome?.ranking.hybrid.firstRelevant).toBe(1);
    expect(outcome?.answer).toMatchObject({ text: '', abstained: true, supported: false });
  });

  it('asks the chat by default', async () => {
    const chats: string[] = [];
    const [outcome] = await evaluateQuestions(fakeAssistant(chats), [item], new Map([[file, text]]));
    expect(chats).toEqual([item.question]);
    expect(outcome?.answer).toMatchObject({ abstained: false, supported: true });
  });

  it('records the span each citation points to, without its text', async () => {
    const [outcome] = await evaluateQuestions(fakeAssistant([]), [item], new Map([[file, text]]));
    expect(outcome?.answer.citations).toEqual([{ file, start, end: text.length }]);
  });
});
