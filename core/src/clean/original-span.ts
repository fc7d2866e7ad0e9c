import type { CleanedText } from './mapped-text';
import { itemAt } from '../collections/item-at';

/**
 * The span of the original text that the cleaned span [start, end) came from:
 * `original.slice(span.start, span.end)` is the original passage, including whatever the
 * cleaner removed inside it (line-end hyphens, newlines, footnote digits, bullet glyphs).
 */
export const toOriginalSpan = (cleaned: CleanedText, start: number, end: number): { start: number; end: number } => {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > cleaned.text.length) {
    throw new RangeError(`cleaned span [${start}, ${end}) is outside the cleaned text of ${cleaned.text.length} characters`);
  }
  const first = itemAt(cleaned.offsets, start);
  if (start === end) return { start: first, end: first };
  return { start: first, end: itemAt(cleaned.offsets, end - 1) + 1 };
};
