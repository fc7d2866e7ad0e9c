import type { DocumentSummary, SearchResult, Span } from '@kildesvar/core/schemas';
import { useEffect, useRef } from 'react';
import type { DocumentDetailState } from '../hooks/use-document-detail';
import { DocumentText } from './document-text';
import { ErrorNotice } from './error-notice';

export type SourceSelection = { source: SearchResult; label: string };

type SourcePanelProps = {
  selection: SourceSelection;
  /** The copy of the passage being shown: the cited one or one of its `alsoIn` copies. */
  span: Span;
  documentState: DocumentDetailState;
  documents: ReadonlyMap<string, DocumentSummary>;
  onSelectSpan: (span: Span) => void;
  onClose: () => void;
  onRetry: () => void;
};

const sameSpan = (left: Span, right: Span) => left.file === right.file && left.start === right.start && left.end === right.end;

const copyLabel = (copy: Span, shown: Span, documents: ReadonlyMap<string, DocumentSummary>) => {
  if (copy.file === shown.file) return `${copy.start > shown.start ? 'Lenger ned' : 'Lenger opp'} i samme dokument (tegn ${copy.start}–${copy.end})`;
  const document = documents.get(copy.file);
  return `${document?.title ?? copy.file}${document ? ` (${document.year})` : ''}, tegn ${copy.start}–${copy.end}`;
};

/**
 * The original document scrolled to the cited span, which is highlighted; «Også i» jumps to the
 * other copies of the same passage. A side panel on wide screens, a sheet on narrow ones (CSS).
 */
export const SourcePanel = ({ selection, span, documentState, documents, onSelectSpan, onClose, onRetry }: SourcePanelProps) => {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { source } = selection;
  const copies: Span[] = [{ file: source.file, start: source.start, end: source.end }, ...source.alsoIn];
  const otherCopies = copies.filter((copy) => !sameSpan(copy, span));
  const loaded = documentState.status === 'ready' && documentState.document.file === span.file ? documentState.document : undefined;
  const shownDocument = loaded ?? documents.get(span.file);
  const title = shownDocument?.title ?? (span.file === source.file ? source.title : span.file);

  useEffect(() => {
    headingRef.current?.focus();
  }, [selection, span]);

  return (
    <aside
      className="source-panel"
      aria-labelledby="source-panel-title"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <header className="panel-header">
        <div>
          <p className="panel-eyebrow">{selection.label}</p>
          <h2 id="source-panel-title" ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
          <p className="panel-meta">
            {shownDocument ? `${shownDocument.publisher}, ${shownDocument.year}` : ''}
            {span.file === source.file && source.heading.trim() !== '' ? ` · ${source.heading}` : ''}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Lukk kildepanelet" onClick={onClose}>
          ×
        </button>
      </header>
      {otherCopies.length > 0 && (
        <nav className="also-in" aria-label="Samme passasje står også">
          <h3>Står også</h3>
          <ul>
            {otherCopies.map((copy) => (
              <li key={`${copy.file}:${copy.start}`}>
                <button type="button" className="link-button" onClick={() => onSelectSpan(copy)}>
                  {copyLabel(copy, span, documents)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="panel-body" tabIndex={0} aria-label={`Originaltekst: ${title}`}>
        {loaded !== undefined ? (
          <DocumentText text={loaded.text} start={span.start} end={span.end} highlights={span.file === source.file && span.start === source.start ? source.highlights : undefined} />
        ) : documentState.status === 'error' ? (
          <ErrorNotice error={documentState.error} onRetry={onRetry} />
        ) : (
          <p className="pending">Henter originalteksten …</p>
        )}
      </div>
    </aside>
  );
};
