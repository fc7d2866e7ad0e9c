import type { DocumentBlock, DocumentSummary, SearchResult, Span } from '@kildesvar/core/schemas';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { DocumentDetailState } from '../hooks/use-document-detail';
import { useMessages } from '../i18n/language';
import type { Messages } from '../i18n/messages-nb';
import { isOldDocument } from '../lib/document-age';
import { placeName } from '../lib/document-place';
import { trapTab } from '../lib/focus-trap';
import { quoteRanges } from '../lib/highlight-segments';
import { scrollIntoContainer } from '../lib/scroll-into-container';
import { DocumentText } from './document-text';
import { DocumentView } from './document-view';
import { ErrorNotice } from './error-notice';
import { ClockIcon, CloseIcon, QuoteIcon } from './icons';

export type SourceSelection = { source: SearchResult; label: string };

type SourcePanelProps = {
  selection: SourceSelection;
  /** The copy of the passage being shown: the cited one or one of its `alsoIn` copies. */
  span: Span;
  documentState: DocumentDetailState;
  documents: ReadonlyMap<string, DocumentSummary>;
  /** A modal sheet (narrow screens): a dialog that keeps the focus inside it. Else a side panel. */
  modal?: boolean;
  /** Behind another modal (the menu drawer): out of reach until it closes. */
  inert?: boolean;
  onSelectSpan: (span: Span) => void;
  onClose: () => void;
  onRetry: () => void;
};

const sameSpan = (left: Span, right: Span) => left.file === right.file && left.start === right.start && left.end === right.end;

const copyLabel = (
  copy: Span,
  others: readonly Span[],
  shown: Span,
  documents: ReadonlyMap<string, DocumentSummary>,
  blocks: readonly DocumentBlock[] | undefined,
  messages: Messages,
) => {
  if (copy.file === shown.file) {
    const place = blocks === undefined ? '' : placeName(blocks, copy.start, messages);
    return `${copy.start > shown.start ? messages.furtherDown : messages.furtherUp}${place === '' ? '' : `, ${place}`}`;
  }
  const document = documents.get(copy.file);
  const name = `${document?.title ?? copy.file}${document ? ` (${document.year})` : ''}`;
  // Several places in one other document: told apart by their order, not by offsets.
  const sameFile = others.filter((other) => other.file === copy.file);
  return sameFile.length > 1 ? `${name}, ${messages.nthPlace(sameFile.indexOf(copy) + 1, sameFile.length)}` : name;
};

/**
 * The document scrolled to the cited passage: the quoted sentences marked, the passage tinted,
 * shown as readable text (the cleaned blocks) or, on request, as the original extraction.
 * «Står også» jumps to the other copies of the same passage. A side panel on wide screens; a
 * modal sheet on narrow ones.
 */
export const SourcePanel = ({ selection, span, documentState, documents, modal = false, inert = false, onSelectSpan, onClose, onRetry }: SourcePanelProps) => {
  const messages = useMessages();
  const panelRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const quoteRef = useRef<HTMLElement | null>(null);
  const [showOriginal, setShowOriginal] = useState(false);
  const { source } = selection;
  const copies: Span[] = [{ file: source.file, start: source.start, end: source.end }, ...source.alsoIn];
  const otherCopies = copies.filter((copy) => !sameSpan(copy, span));
  const loaded = documentState.status === 'ready' && documentState.document.file === span.file ? documentState.document : undefined;
  const shownDocument = loaded ?? documents.get(span.file);
  const title = shownDocument?.title ?? (span.file === source.file ? source.title : span.file);
  const blocks = loaded?.blocks;
  const language = shownDocument?.language;
  const isCited = span.file === source.file && span.start === source.start;
  const valid = loaded === undefined || (span.start >= 0 && span.start < span.end && span.end <= loaded.text.length);
  const passage = useMemo(() => ({ start: span.start, end: span.end }), [span.start, span.end]);
  const quotes = useMemo(() => quoteRanges(passage, isCited ? source.highlights : undefined), [passage, isCited, source.highlights]);
  const place = blocks !== undefined ? placeName(blocks, span.start, messages) : isCited && source.heading.trim() !== '' ? messages.under(source.heading) : '';
  const readableShown = blocks !== undefined && !showOriginal;

  const setQuote = useCallback((element: HTMLElement | null) => {
    quoteRef.current = element;
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the heading each time another source or span is shown
  useEffect(() => {
    headingRef.current?.focus();
  }, [selection, span]);

  // Brings the quote into view inside the panel (never the page) once the text is there.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls again when the text, the span or the view changes
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const quote = quoteRef.current;
    if (body !== null && quote !== null) scrollIntoContainer(body, quote);
  }, [loaded, span, readableShown]);

  const goToQuote = () => {
    const body = bodyRef.current;
    const quote = quoteRef.current;
    if (body === null || quote === null) return;
    scrollIntoContainer(body, quote);
    quote.focus({ preventScroll: true });
  };

  const year = shownDocument?.year;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useAriaPropsSupportedByRole: a dialog or a landmark by mode; keys trap Tab, Escape closes
    <div
      ref={panelRef}
      className={`source-panel${modal ? ' is-sheet' : ''}`}
      role={modal ? 'dialog' : 'complementary'}
      aria-modal={modal ? true : undefined}
      aria-labelledby="source-panel-title"
      inert={inert}
      onKeyDown={(event) => {
        if (modal && panelRef.current !== null) trapTab(event, panelRef.current);
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <header className="panel-header">
        <div>
          <p className="panel-eyebrow">{selection.label}</p>
          <h2 id="source-panel-title" ref={headingRef} tabIndex={-1} lang={language}>
            {title}
          </h2>
          <p className="panel-meta">
            {shownDocument ? `${shownDocument.publisher}, ${shownDocument.year}` : ''}
            {place === '' ? '' : ` · ${place}`}
          </p>
          {isOldDocument(year) && (
            <p className="age-note">
              <ClockIcon /> {messages.oldDocument(year)}
            </p>
          )}
        </div>
        <button type="button" className="icon-button close-button" aria-label={messages.panelClose} onClick={onClose}>
          <CloseIcon />
        </button>
      </header>
      <div className="panel-tools">
        <button type="button" className="quiet-button" onClick={goToQuote} disabled={loaded === undefined || !valid}>
          <QuoteIcon /> {messages.goToQuote}
        </button>
        {blocks !== undefined && (
          <button type="button" className="quiet-button" aria-pressed={showOriginal} onClick={() => setShowOriginal((shown) => !shown)}>
            {messages.showOriginal}
          </button>
        )}
      </div>
      {otherCopies.length > 0 && (
        <nav className="also-in" aria-label={messages.alsoLabel}>
          <h3>{messages.alsoHeading}</h3>
          <ul>
            {otherCopies.map((copy) => (
              <li key={`${copy.file}:${copy.start}`}>
                <button type="button" className="link-button" onClick={() => onSelectSpan(copy)}>
                  {copyLabel(copy, otherCopies, span, documents, blocks, messages)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {/* biome-ignore lint/a11y/useSemanticElements: the panel body is a scrolling box inside the aside, kept a div for its styles */}
      <div
        className="panel-body"
        ref={bodyRef}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
        tabIndex={0}
        role="region"
        aria-label={readableShown ? messages.readableTextOf(title) : messages.originalTextOf(title)}
      >
        {loaded !== undefined ? (
          <div lang={language}>
            {!valid && (
              <p className="panel-warning" role="note">
                {messages.spanOutside}
              </p>
            )}
            {readableShown && valid ? (
              <DocumentView blocks={blocks} passage={passage} quotes={quotes} firstQuoteRef={setQuote} />
            ) : (
              <DocumentText text={loaded.text} passage={valid ? passage : { start: 0, end: 0 }} quotes={valid ? quotes : []} firstQuoteRef={setQuote} />
            )}
          </div>
        ) : documentState.status === 'error' ? (
          <ErrorNotice error={documentState.error} onRetry={onRetry} />
        ) : (
          <p className="pending">{messages.fetchingDocument}</p>
        )}
      </div>
    </div>
  );
};
