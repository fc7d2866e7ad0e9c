import type { DocumentSummary } from '@kildesvar/core/schemas';

type DocumentFilterProps = {
  documents: DocumentSummary[];
  selected: string[];
  onChange: (files: string[]) => void;
};

/** Checkboxes that restrict answers to chosen documents; none chosen means all. */
export const DocumentFilter = ({ documents, selected, onChange }: DocumentFilterProps) => (
  <fieldset className="document-filter">
    <legend>Avgrens til dokumenter</legend>
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
            {document.title} <span className="muted">({document.year})</span>
          </span>
        </label>
      );
    })}
    <p className="filter-summary" aria-live="polite">
      {selected.length === 0 ? 'Alle dokumentene brukes.' : `${selected.length} av ${documents.length} dokumenter valgt.`}
    </p>
    {selected.length > 0 && (
      <button type="button" className="quiet-button" onClick={() => onChange([])}>
        Bruk alle dokumentene
      </button>
    )}
  </fieldset>
);
