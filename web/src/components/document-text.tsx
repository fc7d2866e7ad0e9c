import { useLayoutEffect, useRef } from 'react';

type Highlight = { start: number; end: number };
type DocumentTextProps = { text: string; start: number; end: number; highlights?: Highlight[] };

/** The cited span's text, with the sentences the answer quotes emphasised inside it. */
const withQuotedSentences = (text: string, start: number, end: number, highlights: Highlight[]) => {
  const inside = highlights.filter((highlight) => highlight.start >= start && highlight.end <= end && highlight.start < highlight.end).sort((left, right) => left.start - right.start);
  const parts = [];
  let cursor = start;
  for (const highlight of inside) {
    if (highlight.start < cursor) continue;
    parts.push(text.slice(cursor, highlight.start));
    parts.push(
      <strong key={highlight.start} className="quoted-sentence">
        {text.slice(highlight.start, highlight.end)}
      </strong>,
    );
    cursor = highlight.end;
  }
  parts.push(text.slice(cursor, end));
  return parts;
};

/**
 * PDF bullets extracted as private-use glyphs (U+F06E …) render as empty boxes: show them as «•».
 * One UTF-16 unit for one, so every offset into the original text stays valid.
 */
const readable = (text: string): string => text.replace(/[\uE000-\uF8FF]/g, '•');

/** The original text with the span [start, end) highlighted (quoted sentences emphasised) and scrolled into view. */
export const DocumentText = ({ text: original, start, end, highlights = [] }: DocumentTextProps) => {
  const text = readable(original);
  const markRef = useRef<HTMLElement>(null);
  const valid = start >= 0 && start < end && end <= text.length;

  useLayoutEffect(() => {
    const mark = markRef.current;
    if (mark === null) return;
    const quoted = mark.querySelector<HTMLElement>('.quoted-sentence');
    if (quoted) {
      quoted.scrollIntoView?.({ block: 'center' });
      return;
    }
    // A span taller than the view is shown from its start, a shorter one in the middle.
    const viewHeight = mark.closest('.panel-body')?.clientHeight ?? window.innerHeight;
    const tall = viewHeight > 0 && mark.getBoundingClientRect().height > viewHeight * 0.8;
    mark.scrollIntoView?.({ block: tall ? 'start' : 'center' });
  }, [text, start, end, highlights]);

  if (!valid) {
    return (
      <>
        <p className="panel-warning" role="note">
          Utdraget (tegn {start}–{end}) peker utenfor dokumentet, som har {text.length} tegn. Hele teksten vises.
        </p>
        <p className="document-text">{text}</p>
      </>
    );
  }
  return (
    <p className="document-text">
      {text.slice(0, start)}
      <mark ref={markRef} className="cited-span">
        {withQuotedSentences(text, start, end, highlights)}
      </mark>
      {text.slice(end)}
    </p>
  );
};
