/**
 * Gold passages as spans of the original texts (every verbatim occurrence of a quote counts), and the rule that decides relevance: a
 * retrieved span (or one of its alsoIn copies) covers at least half of a gold quote.
 *
 * @module
 */
import type { Span } from '@kildesvar/core/schemas';
import { findQuoteAll, type GoldSource } from './gold-set';

/** One group per gold source (the quote and each alsoIn quote), holding every place it stands. */
export type GoldPassage = Span[];

/** What relevance needs of a gold question or conversation turn. */
export interface GoldQuotes {
  answerable: boolean;
  file: string | null;
  quote: string | null;
  alsoIn: GoldSource[];
  secondQuote?: GoldSource;
}

const spansOf = (sources: GoldSource[], originals: ReadonlyMap<string, string>): GoldPassage[] =>
  sources
    .map((source) => {
      const text = originals.get(source.file);
      return text ? findQuoteAll(text, source.quote).map((found) => ({ file: source.file, ...found })) : [];
    })
    .filter((group) => group.length > 0);

/** The passages that answer the question (its quote and alsoIn quotes; for a two-part question, the first part). */
export const goldSpans = (item: GoldQuotes, originals: ReadonlyMap<string, string>): GoldPassage[] =>
  item.answerable && item.file !== null && item.quote !== null ? spansOf([{ file: item.file, quote: item.quote }, ...item.alsoIn], originals) : [];

/** For a two-part question: the passage that answers the second part (empty for other questions). */
export const secondGoldSpans = (item: GoldQuotes, originals: ReadonlyMap<string, string>): GoldPassage[] =>
  item.answerable && item.secondQuote ? spansOf([item.secondQuote], originals) : [];

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

/** Whether any citation holds one of the gold passages. */
export const citationsCover = (citations: Array<Span & { alsoIn?: Span[] }>, gold: GoldPassage[]): boolean =>
  gold.length > 0 && citations.some((citation) => coveredGold(citation, gold).length > 0);
