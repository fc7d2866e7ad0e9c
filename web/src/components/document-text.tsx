import { useLayoutEffect, useRef } from 'react';

type DocumentTextProps = { text: string; start: number; end: number };

/** The original text with the span [start, end) highlighted and scrolled into view. */
export const DocumentText = ({ text, start, end }: DocumentTextProps) => {
  const markRef = useRef<HTMLElement>(null);
  const valid = start >= 0 && start < end && end <= text.length;

  useLayoutEffect(() => {
    const mark = markRef.current;
    if (mark === null) return;
    // A span taller than the view is shown from its start, a shorter one in the middle.
    const viewHeight = mark.closest('.panel-body')?.clientHeight ?? window.innerHeight;
    const tall = viewHeight > 0 && mark.getBoundingClientRect().height > viewHeight * 0.8;
    mark.scrollIntoView?.({ block: tall ? 'start' : 'center' });
  }, [text, start, end]);

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
        {text.slice(start, end)}
      </mark>
      {text.slice(end)}
    </p>
  );
};
