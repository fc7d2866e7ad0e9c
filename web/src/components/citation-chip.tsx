import type { SearchResult } from '@kildesvar/core/schemas';

type CitationChipProps = {
  number: number;
  source: SearchResult;
  onOpen: (source: SearchResult, label: string) => void;
};

/** A small numbered button standing for an [n] marker; it opens the cited passage. */
export const CitationChip = ({ number, source, onOpen }: CitationChipProps) => (
  <button
    type="button"
    className="citation-chip"
    aria-label={`Kilde ${number}: ${source.title}`}
    title={`${source.title} – ${source.heading}`}
    onClick={() => onOpen(source, `Kilde ${number}`)}
  >
    {number}
  </button>
);
