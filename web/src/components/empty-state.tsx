import type { DocumentsState } from '../hooks/use-documents';
import { useLanguage } from '../i18n/language';
import { ErrorNotice } from './error-notice';

type EmptyStateProps = {
  documentsState: DocumentsState;
  onReloadDocuments: () => void;
  onAsk: (question: string) => void;
};

/** Four questions to start with (first, so a phone shows them without scrolling), then the documents the assistant knows. */
export const EmptyState = ({ documentsState, onReloadDocuments, onAsk }: EmptyStateProps) => {
  const { messages, language } = useLanguage();
  return (
    <section className="empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">{messages.emptyTitle}</h2>
      <p>{messages.emptyIntro}</p>
      <h3>{messages.examplesHeading}</h3>
      <ul className="example-list">
        {messages.examples.map((question) => (
          <li key={question}>
            <button type="button" className="example-button" lang={language} onClick={() => onAsk(question)}>
              {question}
            </button>
          </li>
        ))}
      </ul>
      <h3>{messages.documentsHeading}</h3>
      {documentsState.status === 'loading' && <p className="pending">{messages.documentsLoading}</p>}
      {documentsState.status === 'error' && <ErrorNotice error={documentsState.error} onRetry={onReloadDocuments} />}
      {documentsState.status === 'ready' && (
        <ul className="document-list" aria-label={messages.documentsListLabel}>
          {documentsState.documents.map((document) => (
            <li key={document.file}>
              <span className="document-title" lang={document.language}>
                {document.title}
              </span>
              <span className="document-meta">
                {document.publisher}, {document.year}
                {document.language === 'nn' ? ` · ${messages.nynorskMark}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
