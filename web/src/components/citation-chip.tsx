import type { SearchResult } from '@kildesvar/core/schemas';
import { useMessages } from '../i18n/language';

type CitationChipProps = {
  number: number;
  source: SearchResult;
  onOpen: (source: SearchResult, label: string) => void;
};

/** A small numbered button standing for an [n] marker; it opens the cited passage. */
export const CitationChip = ({ number, source, onOpen }: CitationChipProps) => {
  const messages = useMessages();
  return (
    <button
      type="button"
      className="citation-chip"
      aria-label={messages.sourceChip(number, source.title)}
      title={`${source.title} – ${source.heading}`}
      onClick={() => onOpen(source, `${messages.source} ${number}`)}
    >
      {number}
    </button>
  );
};
