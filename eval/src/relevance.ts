import type { Span } from '@kildesvar/core/schemas';
import { findQuote, type GoldItem } from './gold-set';

/**
 * Gold passages as spans of the original texts, and the rule that decides relevance: a
 * retrieved span (or one of its alsoIn copies) covers at least half of a gold quote.
 */
export const goldSpans = (item: GoldItem, originals: ReadonlyMap<string, string>): Span[] => {
  if (!item.answerable) return [];
  return [{ file: item.file, quote: item.quote }, ...item.alsoIn].flatMap((source) => {
    const text = originals.get(source.file);
    const found = text ? findQuote(text, source.quote) : null;
    return found ? [{ file: source.file, ...found }] : [];
  });
};

export const coverage = (retrieved: Span, gold: Span): number => {
  if (retrieved.file !== gold.file) return 0;
  const overlap = Math.min(retrieved.end, gold.end) - Math.max(retrieved.start, gold.start);
  return overlap > 0 ? overlap / (gold.end - gold.start) : 0;
};

/** Which gold spans a result covers (by its own span or an alsoIn copy). */
export const coveredGold = (result: Span & { alsoIn?: Span[] }, gold: Span[], threshold = 0.5): number[] =>
  gold.flatMap((span, index) => ([result, ...(result.alsoIn ?? [])].some((candidate) => coverage(candidate, span) >= threshold) ? [index] : []));
