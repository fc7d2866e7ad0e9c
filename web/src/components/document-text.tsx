import { useMemo } from 'react';
import { segmentText, type Range } from '../lib/highlight-segments';
import { HighlightedText } from './highlighted-text';

type DocumentTextProps = {
  text: string;
  passage: Range;
  quotes: readonly Range[];
  firstQuoteRef: (element: HTMLElement | null) => void;
};

/**
 * PDF bullets extracted as private-use glyphs (U+F06E …) render as empty boxes: show them as «•».
 * One UTF-16 unit for one, so every offset into the original text stays valid.
 */
const readable = (text: string): string => text.replace(/[\uE000-\uF8FF]/g, '•');

const identity = (index: number) => index;

/** The original text as extracted, line breaks and all, with the quotes and the passage marked. */
export const DocumentText = ({ text, passage, quotes, firstQuoteRef }: DocumentTextProps) => {
  const segments = useMemo(() => segmentText(readable(text), identity, passage, quotes), [text, passage, quotes]);
  return (
    <p className="document-text">
      <HighlightedText segments={segments} firstQuoteRef={firstQuoteRef} holdsFirstQuote />
    </p>
  );
};
