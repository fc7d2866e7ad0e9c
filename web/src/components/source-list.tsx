import type { DocumentSummary, SearchResult } from '@kildesvar/core/schemas';
import { useId } from 'react';
import { excerpt } from '../lib/excerpt';

type SourceListProps = {
  heading: string;
  /** What the panel calls an entry, followed by its number: «Kilde», «Kanskje relatert». */
  label: string;
  sources: SearchResult[];
  documents: ReadonlyMap<string, DocumentSummary>;
  onOpenSource: (source: SearchResult, label: string) => void;
};

/** The sources under an answer, in citation order: number, title, year, heading and a short excerpt. */
export const SourceList = ({ heading, label, sources, documents, onOpenSource }: SourceListProps) => {
  const headingId = useId();
  return (
    <section className="source-list" aria-labelledby={headingId}>
      <h3 id={headingId} className="source-list-heading">
        {heading}
      </h3>
      <ol>
        {sources.map((source, index) => {
          const year = source.year ?? documents.get(source.file)?.year;
          const number = index + 1;
          return (
            <li key={`${source.chunkId}-${index}`}>
              <button type="button" className="source-card" onClick={() => onOpenSource(source, `${label} ${number}`)}>
                <span className="source-number" aria-hidden="true">
                  {number}
                </span>
                <span className="source-body">
                  <span className="source-title">
                    <span className="visually-hidden">{label} {number}: </span>
                    {source.title}
                    {year === undefined ? '' : ` (${year})`}
                  </span>
                  {source.heading.trim() !== '' && <span className="source-heading">{source.heading}</span>}
                  <span className="source-excerpt">{excerpt(source.text)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
};
