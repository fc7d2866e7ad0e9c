import { describe, expect, it } from 'vitest';
import type { GoldItem } from './gold-set';
import { compareVariant, nynorskVariant, renderComparison } from './nynorsk-variant';
import type { QuestionOutcome } from './run-eval';

const item = (id: string, question: string, language: 'nb' | 'nn' | 'en'): GoldItem => ({
  id,
  question,
  answer: 'Svar.',
  language,
  answerable: true,
  file: '000_c85f62f7152710bc.txt',
  quote: 'Drøyt 400 kommuner har PLO-system i dag.',
  alsoIn: [],
  kind: 'number',
});

const ranking = (hit: boolean) => ({ firstRelevant: hit ? 1 : null, ndcg: hit ? 1 : 0 });

const outcome = (id: string, split: 'tune' | 'test', question: string, supported: boolean): QuestionOutcome =>
  ({
    id,
    split,
    kind: 'number',
    language: 'nb',
    classes: [],
    file: '000_c85f62f7152710bc.txt',
    question,
    answerable: true,
    ranking: { hybrid: ranking(supported), dense: ranking(supported), lexical: ranking(supported), baseline: ranking(supported) },
    top: [],
    answer: {
      text: '',
      abstained: !supported,
      citationSupported: supported,
      supported,
      confidence: null,
      citations: [],
      bothPartsSupported: null,
      facts: 0,
      factRecall: 0,
    },
    latencyMs: { search: 0, chat: 0 },
  }) satisfies QuestionOutcome;

describe('nynorskVariant', () => {
  it('translates only the bokmål questions and keeps their ids, marking them nynorsk', () => {
    const items = [item('q001', 'Hvor mange kommuner?', 'nb'), item('q002', 'Kor mange?', 'nn'), item('q003', 'How many?', 'en')];
    const { originals, variants } = nynorskVariant(items, (lines) => lines.map((line) => line.replace('Hvor', 'Kor').replace('kommuner', 'kommunar')));
    expect(originals.map((entry) => entry.id)).toEqual(['q001']);
    expect(variants).toHaveLength(1);
    expect(variants[0]).toMatchObject({ id: 'q001', question: 'Kor mange kommunar?', language: 'nn' });
    expect(items[0]?.question).toBe('Hvor mange kommuner?');
  });
});

describe('compareVariant', () => {
  it('lists a question the variant loses and one it gains, and reports each split before and after', () => {
    const originals = [outcome('q001', 'test', 'Hvor?', true), outcome('q002', 'test', 'Hva?', false), outcome('q003', 'tune', 'Når?', true)];
    const variants = [outcome('q001', 'test', 'Kvar?', false), outcome('q002', 'test', 'Kva?', true), outcome('q003', 'tune', 'Når?', true)];
    const comparison = compareVariant(originals, variants);
    expect(comparison.changes.map((change) => [change.id, change.change])).toEqual([
      ['q001', 'lost'],
      ['q002', 'gained'],
    ]);
    expect(comparison.splits.test.original.supportedAnswers).toBe(0.5);
    expect(comparison.splits.tune.variant.supportedAnswers).toBe(1);
    const text = renderComparison(comparison);
    expect(text).toContain('| test | 2 | 2 | 50.0 → 50.0 |');
    expect(text).toContain('nn: Kvar?');
  });
});
