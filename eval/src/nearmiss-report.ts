/**
 * What `npm run eval:nearmiss` prints: abstention on the near-miss variants per split and transform, beside the originals'
 * false abstention (nearmiss-variant.ts makes the variants).
 *
 * @module
 */
import type { GoldSplit } from './gold-set';
import type { NearMissTransform, NearMissVariant } from './nearmiss-variant';

/** How the assistant met one variant and its original question. */
export interface NearMissOutcome {
  id: string;
  split: GoldSplit;
  transform: NearMissTransform;
  question: string;
  originalQuestion: string;
  /** The variant was refused (right: the texts do not answer it). */
  abstained: boolean;
  /** The original was refused (wrong: it is answerable). */
  originalAbstained: boolean;
  /** The original was answered with a citation that holds its gold quote. */
  originalSupported: boolean;
}

export interface NearMissRow {
  variants: number;
  abstained: number;
  /** Variants whose original got a supported answer, and how many of those were refused. */
  originalSupported: number;
  abstainedWhenOriginalSupported: number;
}

export interface NearMissSummary {
  /** Per split, per transform and `all`. */
  variants: Record<GoldSplit, Record<NearMissTransform | 'all', NearMissRow>>;
  /** Per split: the originals (each once) and how many of them were refused. */
  originals: Record<GoldSplit, { questions: number; abstained: number }>;
}

const rowOf = (outcomes: readonly NearMissOutcome[]): NearMissRow => ({
  variants: outcomes.length,
  abstained: outcomes.filter((outcome) => outcome.abstained).length,
  originalSupported: outcomes.filter((outcome) => outcome.originalSupported).length,
  abstainedWhenOriginalSupported: outcomes.filter((outcome) => outcome.originalSupported && outcome.abstained).length,
});

export const summarizeNearMiss = (outcomes: readonly NearMissOutcome[]): NearMissSummary => {
  const split = (name: GoldSplit) => {
    const inSplit = outcomes.filter((outcome) => outcome.split === name);
    return {
      year: rowOf(inSplit.filter((outcome) => outcome.transform === 'year')),
      name: rowOf(inSplit.filter((outcome) => outcome.transform === 'name')),
      all: rowOf(inSplit),
    };
  };
  const originals = (name: GoldSplit) => {
    const byQuestion = new Map(outcomes.filter((outcome) => outcome.split === name).map((outcome) => [outcome.originalQuestion, outcome.originalAbstained]));
    return { questions: byQuestion.size, abstained: [...byQuestion.values()].filter(Boolean).length };
  };
  return { variants: { tune: split('tune'), test: split('test') }, originals: { tune: originals('tune'), test: originals('test') } };
};

const percent = (count: number, total: number): string => (total > 0 ? ((100 * count) / total).toFixed(1) : '–');

/** The tables; with `listSplit`, the variants of that split that were answered (read the tune split's only, to tune on). */
export const renderNearMiss = (outcomes: readonly NearMissOutcome[], listSplit?: GoldSplit): string => {
  const summary = summarizeNearMiss(outcomes);
  const lines = ['| split | transform | variants | abstained | abstained % | abstained % where the original is supported |', '|---|---|---|---|---|---|'];
  for (const split of ['test', 'tune'] as const)
    for (const transform of ['year', 'name', 'all'] as const) {
      const row = summary.variants[split][transform];
      lines.push(
        `| ${split} | ${transform} | ${row.variants} | ${row.abstained} | ${percent(row.abstained, row.variants)} | ` +
          `${percent(row.abstainedWhenOriginalSupported, row.originalSupported)} (${row.abstainedWhenOriginalSupported}/${row.originalSupported}) |`,
      );
    }
  lines.push('', '| split | originals | refused (false abstention) | false abstention % |', '|---|---|---|---|');
  for (const split of ['test', 'tune'] as const) {
    const row = summary.originals[split];
    lines.push(`| ${split} | ${row.questions} | ${row.abstained} | ${percent(row.abstained, row.questions)} |`);
  }
  if (listSplit) {
    const answered = outcomes.filter((outcome) => outcome.split === listSplit && !outcome.abstained);
    lines.push('', `Answered near misses of the ${listSplit} split (${answered.length}):`);
    for (const outcome of answered)
      lines.push(`- ${outcome.id}: ${outcome.question}`, `  ${' '.repeat(outcome.id.length)}  (original: ${outcome.originalQuestion})`);
  }
  return lines.join('\n');
};

/** The outcome of one variant, given how the assistant met it and its original. */
export const nearMissOutcome = (variant: NearMissVariant, abstained: boolean, original: { abstained: boolean; supported: boolean }): NearMissOutcome => ({
  id: variant.id,
  split: variant.split,
  transform: variant.transform,
  question: variant.item.question,
  originalQuestion: variant.original.question,
  abstained,
  originalAbstained: original.abstained,
  originalSupported: original.supported,
});
