/**
 * Kildesvar's own question/answer gold set: hand-written questions about the five seeds, each
 * with a short gold answer and a verbatim supporting quote (see eval/data/questions.jsonl).
 *
 * @module
 */
import { fileURLToPath } from 'node:url';
import { readJsonl } from './read-jsonl';
import { z } from 'zod';
import { fnv1a } from '@kildesvar/core';

export const goldKinds = ['deadline', 'definition', 'actor', 'number', 'list', 'paraphrase', 'multi-doc', 'chat', 'unanswerable'] as const;
export type GoldKind = (typeof goldKinds)[number];

export const goldLanguages = ['nb', 'nn', 'en'] as const;
export type GoldLanguage = (typeof goldLanguages)[number];

/** Why a question is hard for the assistant (issue 10); older items carry none. */
export const goldClasses = ['inflection', 'compound', 'synonym', 'acronym', 'number-words', 'who-name', 'doc-reference', 'two-part', 'long', 'plain'] as const;
export type GoldClass = (typeof goldClasses)[number];

export const quoteLengthRange = { min: 30, max: 250 } as const;

/** Quotes are compared with whitespace runs collapsed, so their length is measured that way too. */
const collapseWhitespace = (text: string): string => text.trim().split(/\s+/).join(' ');

export const seedFileSchema = z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'must be a seed file name');

export const quoteSchema = z.string().refine(
  (quote) => {
    const length = collapseWhitespace(quote).length;
    return length >= quoteLengthRange.min && length <= quoteLengthRange.max;
  },
  { message: `quote must be ${quoteLengthRange.min}–${quoteLengthRange.max} characters` },
);

export const goldSourceSchema = z.object({ file: seedFileSchema, quote: quoteSchema });
export type GoldSource = z.infer<typeof goldSourceSchema>;

const sharedFields = {
  id: z.string().regex(/^q\d{3,}$/, 'must look like q001'),
  question: z.string().trim().min(1),
  answer: z.string().trim().min(1),
  language: z.enum(goldLanguages),
  /** Failure classes (issue 10). Optional: the items before q167 were never tagged, and are not tagged after the fact. */
  classes: z.array(z.enum(goldClasses)).optional(),
};

/** Where the answer of a gold question or conversation turn stands: its seed, its quote and the other copies of it. */
export const answerableSourceFields = {
  answerable: z.literal(true),
  file: seedFileSchema,
  quote: quoteSchema,
  alsoIn: z.array(goldSourceSchema),
  /** For a two-part question: the quote that answers the second part. */
  secondQuote: goldSourceSchema.optional(),
};

/** A gold question or conversation turn the seeds do not answer: no seed, no quote. */
export const unanswerableSourceFields = {
  answerable: z.literal(false),
  file: z.null(),
  quote: z.null(),
  alsoIn: z.array(goldSourceSchema).length(0),
};

const answerableItemSchema = z.object({
  ...sharedFields,
  ...answerableSourceFields,
  kind: z.enum(goldKinds).exclude(['unanswerable']),
});

const unanswerableItemSchema = z.object({
  ...sharedFields,
  ...unanswerableSourceFields,
  kind: z.literal('unanswerable'),
});

/** One line of questions.jsonl. */
export const goldItemSchema = z.discriminatedUnion('answerable', [answerableItemSchema, unanswerableItemSchema]).superRefine((item, context) => {
  if (!item.answerable) return;
  const secondFileDiffers = item.secondQuote !== undefined && item.secondQuote.file !== item.file;
  if (item.kind === 'multi-doc' && item.alsoIn.length === 0 && !secondFileDiffers) {
    context.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['alsoIn'],
      message: 'a multi-doc item needs at least one alsoIn source or a secondQuote from another file',
    });
  }
  const twoPart = item.classes?.includes('two-part') ?? false;
  if (twoPart !== (item.secondQuote !== undefined)) {
    context.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['secondQuote'],
      message: 'a secondQuote belongs to exactly the items of class two-part',
    });
  }
  const files = [item.file, ...item.alsoIn.map((source) => source.file)];
  if (new Set(files).size !== files.length) {
    context.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['alsoIn'],
      message: 'alsoIn must name files other than file, each once',
    });
  }
});
export type GoldItem = z.infer<typeof goldItemSchema>;
export type AnswerableGoldItem = Extract<GoldItem, { answerable: true }>;

export const defaultGoldSetPath = fileURLToPath(new URL('../data/questions.jsonl', import.meta.url));

/**
 * Reads and validates the gold set (one JSON object per line; blank lines are skipped).
 * Throws KildesvarError `not_found` for a missing file and `gold_set_invalid` naming the line for
 * invalid JSON, a schema violation or a repeated id.
 */
export const loadGoldSet = (path: string = defaultGoldSetPath): GoldItem[] => readJsonl(path, goldItemSchema, 'Gold set');

export interface QuoteSpan {
  start: number;
  end: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds `quote` in `text`, treating each whitespace run in the quote as "one or more whitespace
 * characters" in the text (so a quote may cross line breaks and PDF double spacing, and a
 * line-end hyphen is written "ut- vikle"). Everything else must match exactly. Returns the first
 * match as JavaScript string offsets into `text`, or null when the quote is absent or blank.
 */
const quotePattern = (quote: string, flags: string): RegExp | null => {
  const pieces = quote
    .trim()
    .split(/\s+/)
    .filter((piece) => piece.length > 0);
  return pieces.length === 0 ? null : new RegExp(pieces.map(escapeRegExp).join('\\s+'), flags);
};

export const findQuote = (text: string, quote: string): QuoteSpan | null => {
  const match = quotePattern(quote, '')?.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
};

/** Every place the quote stands verbatim (a passage repeated word for word in one file). */
export const findQuoteAll = (text: string, quote: string): QuoteSpan[] => {
  const pattern = quotePattern(quote, 'g');
  return pattern ? [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length })) : [];
};

export type GoldSplit = 'tune' | 'test';

/** The split seed. Changing it reshuffles which questions are used for tuning: don't. */
export const goldSplitSeed = 'kildesvar-gold-v1';

/** MurmurHash3's finaliser, so that every output bit depends on every input bit. */
const mix = (hash: number): number => {
  let mixed = hash;
  mixed ^= mixed >>> 16;
  mixed = Math.imul(mixed, 0x85ebca6b);
  mixed ^= mixed >>> 13;
  mixed = Math.imul(mixed, 0xc2b2ae35);
  mixed ^= mixed >>> 16;
  return mixed >>> 0;
};

/**
 * Deterministic, roughly 50/50 split of the gold set: the top bit of
 * mix(fnv1a(`${goldSplitSeed}:${id}`)) with seed "kildesvar-gold-v1". Depends on the id only, so
 * adding, editing or reordering questions never moves an existing question between splits.
 */
export const splitOf = (id: string): GoldSplit => splitWithSeed(goldSplitSeed, id);

/** The same hash split under another seed (the conversation set uses its own). */
export const splitWithSeed = (seed: string, id: string): GoldSplit => (mix(fnv1a(`${seed}:${id}`)) >>> 31 === 0 ? 'tune' : 'test');
