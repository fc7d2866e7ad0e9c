/**
 * The nynorsk robustness check: every bokmål gold question put into nynorsk by Apertium (`nob-nno`,
 * Debian `apertium-nno-nob`), scored by the eval's own question runner, beside the originals.
 * Nothing is written to eval/data: the variant lives only in memory.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KildesvarError } from '@kildesvar/core/errors';
import type { GoldItem } from './gold-set';
import { summarize, type QuestionOutcome } from './run-eval';

/** The bokmål → nynorsk mode file the check needs (Debian `apertium-nno-nob`). */
export const nobNnoMode = '/usr/share/apertium/modes/nob-nno.mode';

/** Translates lines of bokmål into nynorsk, one output line per input line. */
export type Translate = (lines: readonly string[]) => string[];

/**
 * Apertium's `nob-nno` over all lines at once (`apertium -u`: unknown words unmarked). Throws
 * KildesvarError `config_invalid` when apertium or the language pair is missing, or when the output
 * does not keep one line per question.
 */
export const apertiumNobNno: Translate = (lines) => {
  if (!existsSync(nobNnoMode)) {
    throw new KildesvarError(
      'config_invalid',
      `Apertium's bokmål → nynorsk pair is missing (${nobNnoMode}): run \`sudo apt-get install -y apertium-nno-nob\`.`,
    );
  }
  // apertium reads a piped stdin only from a shell, so the questions go through a temporary file.
  const directory = mkdtempSync(path.join(tmpdir(), 'kildesvar-nynorsk-'));
  const input = path.join(directory, 'questions.txt');
  writeFileSync(input, `${lines.map((line) => line.replace(/\s+/g, ' ').trim()).join('\n')}\n`);
  const result = spawnSync('apertium', ['-u', 'nob-nno', input], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  rmSync(directory, { recursive: true, force: true });
  if (result.error || result.status !== 0) {
    const reason = result.error ? result.error.message : result.stderr.trim() || `exit code ${result.status}`;
    throw new KildesvarError('config_invalid', `apertium -u nob-nno failed (${reason}): is Debian \`apertium-nno-nob\` installed?`, { cause: result.error });
  }
  const output = result.stdout.replace(/\n+$/, '').split('\n');
  if (output.length !== lines.length) {
    throw new KildesvarError('internal', `apertium returned ${output.length} lines for ${lines.length} questions`);
  }
  return output.map((line) => line.trim());
};

/** The bokmål items and their nynorsk versions (same ids, so the same split; language `nn`). */
export const nynorskVariant = (items: readonly GoldItem[], translate: Translate): { originals: GoldItem[]; variants: GoldItem[] } => {
  const originals = items.filter((item) => item.language === 'nb');
  const translated = translate(originals.map((item) => item.question));
  const variants = originals.map((item, index) => ({ ...item, question: translated[index] ?? item.question, language: 'nn' as const }));
  return { originals, variants };
};

/** What the check prints per split, for the originals and for the variant. */
export interface VariantRow {
  questions: number;
  answerable: number;
  supportedAnswers: number;
  falseAbstentionRate: number;
  abstentionRate: number;
  recallAt1: number;
}

const row = (outcomes: QuestionOutcome[]): VariantRow => {
  const summary = summarize(outcomes);
  return {
    questions: outcomes.length,
    answerable: summary.answers.answerable,
    supportedAnswers: summary.answers.supportedAnswers,
    falseAbstentionRate: summary.answers.falseAbstentionRate,
    abstentionRate: summary.answers.abstentionRate,
    recallAt1: summary.retrieval.hybrid.recallAt1,
  };
};

/** A question whose outcome differs between original and variant (supported answer, or abstention when unanswerable). */
export interface VariantChange {
  id: string;
  split: 'tune' | 'test';
  original: string;
  variant: string;
  /** `lost`: the original is right (supported, or abstained when unanswerable) and the variant is not; `gained`: the other way round. */
  change: 'lost' | 'gained';
}

const right = (outcome: QuestionOutcome): boolean => (outcome.answerable ? outcome.answer.supported : outcome.answer.abstained);

export interface VariantComparison {
  splits: Record<'test' | 'tune', { original: VariantRow; variant: VariantRow }>;
  changes: VariantChange[];
}

/** Compares the outcomes of the originals with those of their variants (matched by id). */
export const compareVariant = (originals: readonly QuestionOutcome[], variants: readonly QuestionOutcome[]): VariantComparison => {
  const byId = new Map(variants.map((outcome) => [outcome.id, outcome]));
  const changes: VariantChange[] = [];
  for (const original of originals) {
    const variant = byId.get(original.id);
    if (!variant || right(original) === right(variant)) continue;
    changes.push({
      id: original.id,
      split: original.split,
      original: original.question,
      variant: variant.question,
      change: right(original) ? 'lost' : 'gained',
    });
  }
  const split = (name: 'test' | 'tune') => ({
    original: row(originals.filter((outcome) => outcome.split === name)),
    variant: row(variants.filter((outcome) => outcome.split === name)),
  });
  return { splits: { test: split('test'), tune: split('tune') }, changes };
};

const percent = (value: number): string => (value * 100).toFixed(1);

/** The table and the per-question changes, as the CLI prints them. */
export const renderComparison = (comparison: VariantComparison, label = { arrow: 'nb → nn', variant: 'in nynorsk', from: 'nb', to: 'nn' }): string => {
  const lines = [
    `| split | questions | answerable | supported % (${label.arrow}) | false abstention % | abstained when unanswerable % | hybrid R@1 % |`,
    '|---|---|---|---|---|---|---|',
  ];
  for (const name of ['test', 'tune'] as const) {
    const { original, variant } = comparison.splits[name];
    lines.push(
      `| ${name} | ${original.questions} | ${original.answerable} | ${percent(original.supportedAnswers)} → ${percent(variant.supportedAnswers)} | ` +
        `${percent(original.falseAbstentionRate)} → ${percent(variant.falseAbstentionRate)} | ${percent(original.abstentionRate)} → ${percent(variant.abstentionRate)} | ` +
        `${percent(original.recallAt1)} → ${percent(variant.recallAt1)} |`,
    );
  }
  for (const change of ['lost', 'gained'] as const) {
    const listed = comparison.changes.filter((entry) => entry.change === change);
    lines.push('', `${change === 'lost' ? 'Lost' : 'Gained'} ${label.variant} (${listed.length}):`);
    for (const entry of listed)
      lines.push(
        `- ${entry.id} (${entry.split}) ${label.from}: ${entry.original}`,
        `  ${' '.repeat(entry.id.length + entry.split.length + 3)}${label.to}: ${entry.variant}`,
      );
  }
  return lines.join('\n');
};
