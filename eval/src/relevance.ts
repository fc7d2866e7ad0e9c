import type { Span } from '@kildesvar/core/schemas';
import { findQuoteAll, type GoldItem } from './gold-set';

/**
 * Gold passages as spans of the original texts (every verbatim occurrence of a quote counts), and the rule that decides relevance: a
 * retrieved span (or one of its alsoIn copies) covers at least half of a gold quote.
 */
/** One group per gold source (the quote and each alsoIn quote), holding every place it stands. */
export type GoldPassage = Span[];

export const goldSpans = (item: GoldItem, originals: ReadonlyMap<string, string>): GoldPassage[] => {
  if (!item.answerable) return [];
  return [{ file: item.file, quote: item.quote }, ...item.alsoIn]
    .map((source) => {
      const text = originals.get(source.file);
      return text ? findQuoteAll(text, source.quote).map((found) => ({ file: source.file, ...found })) : [];
    })
    .filter((group) => group.length > 0);
};

export const coverage = (retrieved: Span, gold: Span): number => {
  if (retrieved.file !== gold.file) return 0;
  const overlap = Math.min(retrieved.end, gold.end) - Math.max(retrieved.start, gold.start);
  return overlap > 0 ? overlap / (gold.end - gold.start) : 0;
};

/** Which gold passages a result covers (by its own span or an alsoIn copy, at any place the passage stands). */
export const coveredGold = (result: Span & { alsoIn?: Span[] }, gold: GoldPassage[], threshold = 0.5): number[] =>
  gold.flatMap((group, index) =>
    group.some((span) => [result, ...(result.alsoIn ?? [])].some((candidate) => coverage(candidate, span) >= threshold)) ? [index] : [],
  );
