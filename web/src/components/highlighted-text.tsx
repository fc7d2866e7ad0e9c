import type { Segment } from '../lib/highlight-segments';

type HighlightedTextProps = {
  segments: readonly Segment[];
  /** Gets the first quoted sentence of the whole view, for «Gå til sitatet» and the first scroll. */
  firstQuoteRef?: (element: HTMLElement | null) => void;
  /** Whether this piece holds the view's first quote (only one element may take the ref). */
  holdsFirstQuote?: boolean;
};

/** Text with the quoted sentences marked and the rest of the cited passage tinted. */
export const HighlightedText = ({ segments, firstQuoteRef, holdsFirstQuote = false }: HighlightedTextProps) => {
  let quoteSeen = false;
  return (
    <>
      {segments.map((segment, index) => {
        if (segment.kind === 'plain') return segment.text;
        if (segment.kind === 'passage')
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: segments of one text are positional and never reorder
            <span key={index} className="cited-passage">
              {segment.text}
            </span>
          );
        const first = holdsFirstQuote && !quoteSeen;
        quoteSeen = true;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments of one text are positional and never reorder
          <mark key={index} className="quoted-sentence" {...(first ? { ref: firstQuoteRef, tabIndex: -1, id: 'first-quote' } : {})}>
            {segment.text}
          </mark>
        );
      })}
    </>
  );
};
