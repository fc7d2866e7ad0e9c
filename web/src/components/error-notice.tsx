import type { ApiError } from '../api/api-error';
import { errorMessage } from '../lib/error-message';

type ErrorNoticeProps = {
  error: ApiError;
  onRetry: () => void;
  /** Puts the failed question back in the composer; omitted where there is no question. */
  onEdit?: () => void;
};

/** A readable failure with a way forward; the question that failed is kept. */
export const ErrorNotice = ({ error, onRetry, onEdit }: ErrorNoticeProps) => (
  <div role="alert" className="error-notice" data-code={error.code}>
    <p>{errorMessage(error)}</p>
    <div className="error-actions">
      <button type="button" className="primary-button" onClick={onRetry}>
        Prøv igjen
      </button>
      {onEdit !== undefined && (
        <button type="button" className="quiet-button" onClick={onEdit}>
          Rediger spørsmålet
        </button>
      )}
    </div>
  </div>
);
