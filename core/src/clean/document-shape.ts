import { SENTENCE_END, type DocumentShape } from './line-joining';
import type { SourceLine } from './lines';

const HARD_WRAP_MAX = 130;

const isContent = (line: SourceLine): boolean => line.kind !== 'blank' && line.kind !== 'furniture';

/**
 * How a document is laid out, measured from its lines: the wrap width (90th percentile of line
 * lengths), whether it is hard-wrapped (a PDF) or holds one paragraph per line, and how many
 * blank lines separate the lines of one paragraph (1 in the double-spaced 004, else 0), counted
 * where a line clearly continues the one before (it starts in lowercase after no full stop).
 */
export const measureShape = (lines: SourceLine[]): DocumentShape => {
  const lengths = lines
    .filter(isContent)
    .map((line) => line.bodyEnd - line.bodyStart)
    .sort((left, right) => left - right);
  const wrapWidth = lengths[Math.floor(0.9 * (lengths.length - 1))] ?? 0;
  const blanksBeforeContinuation = [0, 0];
  let previous: SourceLine | null = null;
  let blanks = 0;
  for (const line of lines) {
    if (!isContent(line)) {
      blanks += 1;
      continue;
    }
    if (previous && blanks <= 1 && /^\p{Ll}/u.test(line.body) && !SENTENCE_END.test(previous.body) && !previous.body.endsWith('-')) {
      blanksBeforeContinuation[blanks] = (blanksBeforeContinuation[blanks] ?? 0) + 1;
    }
    previous = line;
    blanks = 0;
  }
  return {
    wrapWidth,
    hardWrapped: wrapWidth > 0 && wrapWidth <= HARD_WRAP_MAX,
    softBlanks: (blanksBeforeContinuation[1] ?? 0) > (blanksBeforeContinuation[0] ?? 0) ? 1 : 0,
  };
};
