/**
 * Near-miss robustness check for abstention: from every answerable gold question, unanswerable variants made by general
 * transforms — the year it asks about replaced by another year the texts write, but never near the question's frame
 * (`year`); a named place or body replaced by another one of the same kind, from the texts or from a Debian word list,
 * that never stands near the frame (`name`). Each variant is verified like the gold set's own unanswerable questions
 * (absence-checks.ts: the new year or name never within 600 characters of the frame's rarest words, or absent from every
 * seed), chosen by a seeded hash (reproducible), and lives only in memory: nothing is written to eval/data.
 *
 * The frame is the question's content words that stand within 600 characters of its gold quote (the texts' own context of
 * the answer); of those, the two rarest in the corpus are checked. Words are matched by a prefix (all but their last
 * three letters, at least four), so an inflected form counts as the word: a stricter check than the words as written.
 *
 * @module
 */
import { fnv1a, isStopword } from '@kildesvar/core';
import { absenceViolations, absenceWindowRadius, type AbsenceChecks } from './absence-checks';
import { findQuote, splitOf, type AnswerableGoldItem, type GoldItem, type GoldSplit } from './gold-set';

export const nearMissTransforms = ['year', 'name'] as const;
export type NearMissTransform = (typeof nearMissTransforms)[number];

/** The seed of the replacement choice. Changing it draws other replacements. */
export const nearMissSeed = 'kildesvar-nearmiss-v1';

/** The kind of a proper noun, as Apertium's bokmål analyser tags it: `top` a place, `org` an organisation. */
export type NameKind = 'top' | 'org';

export interface NearMissVariant {
  /** `<original id>-<transform>`. */
  id: string;
  original: AnswerableGoldItem;
  transform: NearMissTransform;
  /** The original's split (a variant is tuned on, or tested, with its original). */
  split: GoldSplit;
  /** What was replaced, and by what. */
  from: string;
  to: string;
  item: GoldItem;
  /** The absence check that makes it unanswerable (held against every seed). */
  check: AbsenceChecks[string];
}

export interface NearMissResources {
  /** The seed texts, as the checks read them. */
  corpus: CheckedCorpus;
  /** The kind of a capitalised word (any Apertium reading as a place or organisation), undefined for other words. */
  kindOf: (word: string) => NameKind | undefined;
  /** Places and organisations the texts write (capitalised, of a known kind). */
  corpusNames: readonly string[];
  /** Places from a word list (Debian wnorwegian), used when no name of the texts fits. */
  listedPlaces: readonly string[];
}

const yearPattern = /(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)/gu;
const wordPattern = /\p{L}[\p{L}\p{N}-]*/gu;

const normalise = (text: string): string => text.split(/\s+/).join(' ').toLowerCase();

/** A word as the checks match it: all but its last three letters, at least four (so «kommunene» matches «kommune»). */
export const matchPrefix = (word: string): string => {
  const lower = word.toLowerCase();
  return lower.length <= 4 ? lower : lower.slice(0, Math.max(4, lower.length - 3));
};

const occurrences = (text: string, term: string): number[] => {
  const at: number[] = [];
  for (let index = text.indexOf(term); index >= 0; index = text.indexOf(term, index + 1)) at.push(index);
  return at;
};

/** Every year the texts write, with how often. */
export const corpusYears = (seeds: ReadonlyMap<string, string>): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const text of seeds.values()) for (const match of text.matchAll(yearPattern)) counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  return counts;
};

/**
 * The question's frame: its content words (four letters or more, no stopword, none of `except`) that stand within 600
 * characters of the gold quote, as match prefixes, rarest in the corpus first. Empty when the quote cannot be found.
 */
export const frameTerms = (item: AnswerableGoldItem, corpus: CheckedCorpus, except: ReadonlySet<string>): string[] => {
  const original = corpus.seeds.get(item.file);
  if (original === undefined) return [];
  const span = findQuote(original, item.quote);
  if (!span) return [];
  const around = normalise(original.slice(Math.max(0, span.start - absenceWindowRadius), span.end + absenceWindowRadius));
  const words = (item.question.match(wordPattern) ?? []).filter((word) => word.length >= 4 && !isStopword(word.toLowerCase()) && !except.has(word));
  const terms = [...new Set(words.map(matchPrefix))].filter((term) => !except.has(term) && around.includes(term));
  return terms
    .map((term) => ({ term, count: corpus.count(term) }))
    .sort((left, right) => left.count - right.count || left.term.localeCompare(right.term))
    .map(({ term }) => term);
};

/** The seed texts as the checks read them (whitespace runs collapsed, lowercase), with every term's positions remembered. */
export class CheckedCorpus {
  private readonly texts: string[];
  private readonly positions = new Map<string, number[][]>();

  constructor(readonly seeds: ReadonlyMap<string, string>) {
    this.texts = [...seeds.values()].map(normalise);
  }

  /** Where `term` (lowercase) stands, per seed. */
  at(term: string): number[][] {
    let found = this.positions.get(term);
    if (!found) {
      found = this.texts.map((text) => occurrences(text, term));
      this.positions.set(term, found);
    }
    return found;
  }

  count(term: string): number {
    return this.at(term).reduce((sum, list) => sum + list.length, 0);
  }

  /** Whether `term` (lowercase) stands within 600 characters of the gold quote (where it stands in `file`). */
  nearQuote(term: string, file: string, quote: string): boolean {
    const seed = [...this.seeds.keys()].indexOf(file);
    const original = this.seeds.get(file);
    const span = original === undefined ? null : findQuote(original, quote);
    if (seed < 0 || original === undefined || !span) return false;
    // Positions in the collapsed text: the quote's start and end as collapsing moves them.
    const start = normalise(`${original.slice(0, span.start)}x`).length - 1;
    const end = start + normalise(original.slice(span.start, span.end)).length;
    return (this.at(term)[seed] ?? []).some((at) => at + term.length >= start - absenceWindowRadius && at <= end + absenceWindowRadius);
  }

  /** Whether `other` stands inside the 600-character window around some occurrence of `anchor`, as `absenceViolations` reads it. */
  together(anchor: string, other: string): boolean {
    const others = this.at(other);
    return this.at(anchor).some((list, seed) =>
      list.some((at) => (others[seed] ?? []).some((position) => position >= at - absenceWindowRadius && position + other.length <= at + absenceWindowRadius)),
    );
  }
}

/** The check a replacement must pass: absent from every seed, or never within 600 characters of the frame's two rarest words. */
const checkFor = (replacement: string, frame: readonly string[], corpus: CheckedCorpus): AbsenceChecks[string] =>
  corpus.count(replacement.toLowerCase()) > 0 ? { notTogether: frame.slice(0, 2).map((term) => [replacement, term]) } : { absent: [replacement] };

/**
 * A fast reading of the check; the chosen replacement is verified by `absenceViolations` itself. Besides, a replacement
 * standing within 600 characters of the gold quote (or an alsoIn copy) is never chosen: the passage that answers the
 * original may answer the variant too, in words the frame's two rarest do not catch.
 */
const passes = (replacement: string, frame: readonly string[], corpus: CheckedCorpus, item: AnswerableGoldItem): boolean => {
  const term = replacement.toLowerCase();
  if (corpus.count(term) === 0) return true;
  const sources = [{ file: item.file, quote: item.quote }, ...item.alsoIn];
  return sources.every((source) => !corpus.nearQuote(term, source.file, source.quote)) && frame.slice(0, 2).every((other) => !corpus.together(term, other));
};

/** The chosen replacement's check, verified against the seeds by the gold set's own `absenceViolations`. */
const verified = (check: AbsenceChecks[string], corpus: CheckedCorpus): AbsenceChecks[string] => {
  const violations = absenceViolations({ variant: check }, corpus.seeds);
  if (violations.length > 0) throw new Error(`near-miss check does not hold: ${violations.join('; ')}`);
  return check;
};

/** A seeded pick: the candidate with the lowest hash of (seed, id, candidate), so adding a candidate moves no other choice. */
const pick = <T extends string>(id: string, candidates: readonly T[]): T | undefined =>
  [...candidates].sort((left, right) => fnv1a(`${nearMissSeed}:${id}:${left}`) - fnv1a(`${nearMissSeed}:${id}:${right}`) || left.localeCompare(right))[0];

const unanswerable = (item: AnswerableGoldItem, id: string, question: string): GoldItem => ({
  id,
  question,
  answer:
    item.language === 'en'
      ? 'The documents do not say.'
      : item.language === 'nn'
        ? 'Dokumenta seier ikkje noko om dette.'
        : 'Dokumentene sier ikke noe om dette.',
  file: null,
  quote: null,
  alsoIn: [],
  kind: 'unanswerable',
  language: item.language,
  answerable: false,
  ...(item.classes ? { classes: item.classes } : {}),
});

/** Years kept near the asked one first (a harder near miss): within this many years when any such year passes. */
const nearYears = 10;

/** The year variant: the question's first year replaced by another year of the texts that never stands near its frame. */
export const yearVariant = (item: AnswerableGoldItem, resources: NearMissResources, years: ReadonlyMap<string, number>): NearMissVariant | undefined => {
  const matches = [...item.question.matchAll(yearPattern)];
  const asked = matches.map((match) => match[0]);
  const first = matches[0];
  if (first === undefined) return undefined;
  const year = first[0];
  // A period («2008–2012») is not asked about one year: another first year would make no period at all.
  const before = item.question.slice(0, first.index);
  if (/\d\s*[–-]\s*$/u.test(before) || /^\s*[–-]\s*\d/u.test(item.question.slice(first.index + year.length))) return undefined;
  // The word naming what the year dates («eKommune 2009», «våren 2005») is checked first: «eKommune 2012» may be another document.
  const named = /(\p{L}[\p{L}-]{3,})\s*$/u.exec(before)?.[1];
  const rest = frameTerms(item, resources.corpus, new Set(asked));
  const namedTerm = named && !isStopword(named.toLowerCase()) ? matchPrefix(named) : undefined;
  const frame = namedTerm ? [namedTerm, ...rest.filter((term) => term !== namedTerm)] : rest;
  if (frame.length === 0) return undefined;
  const id = `${item.id}-year`;
  const passing = [...years.keys()].filter((candidate) => !asked.includes(candidate) && passes(candidate, frame, resources.corpus, item));
  const near = passing.filter((candidate) => Math.abs(Number(candidate) - Number(year)) <= nearYears);
  const to = pick(id, near.length > 0 ? near : passing);
  if (to === undefined) return undefined;
  const question = item.question.replace(new RegExp(`(?<!\\d)${year}(?!\\d)`, 'gu'), to);
  return {
    id,
    original: item,
    transform: 'year',
    split: splitOf(item.id),
    from: year,
    to,
    item: unanswerable(item, id, question),
    check: verified(checkFor(to, frame, resources.corpus), resources.corpus),
  };
};

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** A name in the question: a capitalised word after the first, not part of a name of several capitalised words, of a known kind. */
const askedName = (question: string, kindOf: NearMissResources['kindOf']): { surface: string; name: string; kind: NameKind } | undefined => {
  const words = [...question.matchAll(wordPattern)].map((match) => match[0]);
  for (const [index, word] of words.entries()) {
    if (index === 0 || !/^\p{Lu}/u.test(word)) continue;
    if (/^\p{Lu}/u.test(words[index - 1] ?? '') && index - 1 > 0) continue;
    if (/^\p{Lu}/u.test(words[index + 1] ?? '')) continue;
    // A genitive «Danmarks», «NAVs» names the same place or body.
    const name = kindOf(word) === undefined && word.endsWith('s') && kindOf(word.slice(0, -1)) !== undefined ? word.slice(0, -1) : word;
    const kind = kindOf(name);
    if (kind) return { surface: word, name, kind };
  }
  return undefined;
};

/**
 * The name variant: the question's first place or organisation replaced by another of the same kind that never stands near
 * its frame (or stands in no seed) — a name of the texts when one passes, else a place of the word list.
 */
export const nameVariant = (item: AnswerableGoldItem, resources: NearMissResources): NearMissVariant | undefined => {
  const asked = askedName(item.question, resources.kindOf);
  if (!asked) return undefined;
  const frame = frameTerms(item, resources.corpus, new Set([asked.surface, asked.name, matchPrefix(asked.name)]));
  if (frame.length === 0) return undefined;
  const id = `${item.id}-name`;
  const lower = asked.name.toLowerCase();
  const question = item.question.toLowerCase();
  const fits = (candidate: string): boolean =>
    candidate.length >= 3 &&
    resources.kindOf(candidate) === asked.kind &&
    !candidate.toLowerCase().includes(lower) &&
    !lower.includes(candidate.toLowerCase()) &&
    !question.includes(candidate.toLowerCase()) &&
    passes(candidate, frame, resources.corpus, item);
  const fromTexts = [...new Set(resources.corpusNames)].filter(fits);
  const to = pick(id, fromTexts) ?? (asked.kind === 'top' ? pick(id, [...new Set(resources.listedPlaces)].filter(fits)) : undefined);
  if (to === undefined) return undefined;
  // A genitive stays one: «Danmarks» → «Sveriges», «KS'» → «Difis».
  const genitive = `${to}${/[sxz]$/u.test(to) ? "'" : 's'}`;
  const written = escapeRegExp(asked.surface);
  const replaced = item.question
    .replace(new RegExp(`(?<!\\p{L})${written}['’](?!\\p{L})`, 'gu'), genitive)
    .replace(new RegExp(`(?<!\\p{L})${written}(?!\\p{L})`, 'gu'), asked.surface === asked.name ? to : genitive);
  const surface = asked.surface === asked.name ? to : genitive;
  return {
    id,
    original: item,
    transform: 'name',
    split: splitOf(item.id),
    from: asked.surface,
    to: surface,
    item: unanswerable(item, id, replaced),
    check: verified(checkFor(to, frame, resources.corpus), resources.corpus),
  };
};

/** Every variant of the answerable gold items (not two-part ones): at most one per transform and question, in gold-set order. */
export const nearMissVariants = (items: readonly GoldItem[], resources: NearMissResources): NearMissVariant[] => {
  const years = corpusYears(resources.corpus.seeds);
  return (
    items
      // A two-part question keeps one part answerable whatever the other asks: no near miss as a whole.
      .filter((item): item is AnswerableGoldItem => item.answerable && item.secondQuote === undefined)
      .flatMap((item) => [yearVariant(item, resources, years), nameVariant(item, resources)].flatMap((variant) => (variant ? [variant] : [])))
  );
};
