import type { DocumentSummary, SearchResult } from '@kildesvar/core/schemas';
import { useId } from 'react';
import { useMessages } from '../i18n/language';
import { isOldDocument } from '../lib/document-age';
import { excerpt } from '../lib/excerpt';
import { ClockIcon } from './icons';

type SourceListProps = {
  heading: string;
  /** What the panel calls an entry, followed by its number: «Kilde», «Kanskje relatert». */
  label: string;
  sources: SearchResult[];
  documents: ReadonlyMap<string, DocumentSummary>;
  onOpenSource: (source: SearchResult, label: string) => void;
};

/**
 * The sources under an answer, in citation order: number, title, year, heading and a short
 * excerpt in the document's language, with a note when the document is old.
 */
export const SourceList = ({ heading, label, sources, documents, onOpenSource }: SourceListProps) => {
  const messages = useMessages();
  const headingId = useId();
  return (
    <section className="source-list" aria-labelledby={headingId}>
      <h3 id={headingId} className="source-list-heading">
        {heading}
      </h3>
      <ol>
        {sources.map((source, index) => {
          const document = documents.get(source.file);
          const year = source.year ?? document?.year;
          const number = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: a list may cite one chunk twice, so the position keeps keys unique
            <li key={`${source.chunkId}-${index}`}>
              <button type="button" className="source-card" onClick={() => onOpenSource(source, `${label} ${number}`)}>
                <span className="source-number" aria-hidden="true">
                  {number}
                </span>
                <span className="source-body">
                  <span className="source-title">
                    <span className="visually-hidden">
                      {label} {number}:{' '}
                    </span>
                    <span lang={document?.language}>{source.title}</span>
                    {year === undefined ? '' : ` (${year})`}
                  </span>
                  {source.heading.trim() !== '' && (
                    <span className="source-heading" lang={document?.language}>
                      {source.heading}
                    </span>
                  )}
                  <span className="source-excerpt" lang={document?.language}>
                    {excerpt(source.text)}
                  </span>
                  {isOldDocument(year) && (
                    <span className="age-note">
                      <ClockIcon /> {messages.oldDocument(year)}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
};
