import type { DocumentsState } from '../hooks/use-documents';
import { ErrorNotice } from './error-notice';
import { exampleQuestions } from './example-questions';

type EmptyStateProps = {
  documentsState: DocumentsState;
  onReloadDocuments: () => void;
  onAsk: (question: string) => void;
};

/** What the assistant knows (the documents) and four questions to start with. */
export const EmptyState = ({ documentsState, onReloadDocuments, onAsk }: EmptyStateProps) => (
  <section className="empty-state" aria-labelledby="empty-state-title">
    <h2 id="empty-state-title">Spør om digitalisering i offentlig sektor</h2>
    <p>Kildesvar svarer bare ut fra dokumentene under, og viser hvor i originalteksten hvert svar står.</p>
    {documentsState.status === 'loading' && <p className="pending">Henter dokumentlisten …</p>}
    {documentsState.status === 'error' && <ErrorNotice error={documentsState.error} onRetry={onReloadDocuments} />}
    {documentsState.status === 'ready' && (
      <ul className="document-list" aria-label="Dokumentene Kildesvar kjenner">
        {documentsState.documents.map((document) => (
          <li key={document.file}>
            <span className="document-title">{document.title}</span>
            <span className="document-meta">
              {document.publisher}, {document.year}
              {document.language === 'nn' ? ' · nynorsk' : ''}
            </span>
          </li>
        ))}
      </ul>
    )}
    <h3>Prøv for eksempel</h3>
    <ul className="example-list">
      {exampleQuestions.map((question) => (
        <li key={question}>
          <button type="button" className="example-button" onClick={() => onAsk(question)}>
            {question}
          </button>
        </li>
      ))}
    </ul>
  </section>
);
