import type { DocumentSummary } from '@kildesvar/core/schemas';
import { useMessages } from '../i18n/language';

type DocumentFilterProps = {
  documents: DocumentSummary[];
  selected: string[];
  onChange: (files: string[]) => void;
};

/** Checkboxes that restrict answers to chosen documents; none chosen means all. */
export const DocumentFilter = ({ documents, selected, onChange }: DocumentFilterProps) => {
  const messages = useMessages();
  return (
    <fieldset className="document-filter">
      <legend>{messages.filterLegend}</legend>
      {documents.map((document) => {
        const checked = selected.includes(document.file);
        return (
          <label key={document.file} className="filter-option">
            <input
              type="checkbox"
              checked={checked}
              onChange={() => onChange(checked ? selected.filter((file) => file !== document.file) : [...selected, document.file])}
            />
            <span>
              <span lang={document.language}>{document.title}</span> <span className="muted">({document.year})</span>
            </span>
          </label>
        );
      })}
      <p className="filter-summary" aria-live="polite">
        {selected.length === 0 ? messages.filterAll : messages.filterSome(selected.length, documents.length)}
      </p>
      {selected.length > 0 && (
        <button type="button" className="quiet-button" onClick={() => onChange([])}>
          {messages.filterUseAll}
        </button>
      )}
    </fieldset>
  );
};
