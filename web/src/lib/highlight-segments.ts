import type { DocumentBlock } from '@kildesvar/core/schemas';

/** A range of the original text: [start, end). */
export type Range = { start: number; end: number };

/**
 * How a piece of text is marked: `quote` is a sentence the answer quotes (or, when it quotes
 * none, the whole cited passage); `passage` is the rest of the cited passage; `plain` the rest.
 */
export type SegmentKind = 'plain' | 'passage' | 'quote';
export type Segment = { kind: SegmentKind; text: string };

/** The quoted ranges that lie inside the passage, sorted; when none do, the passage itself. */
export const quoteRanges = (passage: Range, highlights: readonly Range[] = []): Range[] => {
  const inside = highlights
    .filter((highlight) => highlight.start < highlight.end && highlight.start >= passage.start && highlight.end <= passage.end)
    .sort((left, right) => left.start - right.start);
  return inside.length > 0 ? inside : [passage];
};

/**
 * Cuts `text` into runs of one kind, where character i stands at original offset `originalAt(i)`:
 * inside a quote range it is a quote, inside the passage a passage character, else plain.
 */
export const segmentText = (text: string, originalAt: (index: number) => number, passage: Range, quotes: readonly Range[]): Segment[] => {
  const segments: Segment[] = [];
  const kindAt = (offset: number): SegmentKind => {
    if (offset < passage.start || offset >= passage.end) return 'plain';
    return quotes.some((quote) => offset >= quote.start && offset < quote.end) ? 'quote' : 'passage';
  };
  let runStart = 0;
  let runKind: SegmentKind | null = null;
  for (let index = 0; index < text.length; index += 1) {
    const kind = kindAt(originalAt(index));
    if (kind === runKind) continue;
    if (runKind !== null) segments.push({ kind: runKind, text: text.slice(runStart, index) });
    runStart = index;
    runKind = kind;
  }
  if (runKind !== null) segments.push({ kind: runKind, text: text.slice(runStart) });
  return segments;
};

/** The original offset of each character of a block's text, from its run map. */
export const blockOffsets = (block: Pick<DocumentBlock, 'text' | 'map'>): Int32Array => {
  const offsets = new Int32Array(block.text.length);
  let pair = 0;
  for (let index = 0; index < block.text.length; index += 1) {
    while (pair + 2 < block.map.length && (block.map[pair + 2] ?? Infinity) <= index) pair += 2;
    offsets[index] = (block.map[pair + 1] ?? 0) + (index - (block.map[pair] ?? 0));
  }
  return offsets;
};
