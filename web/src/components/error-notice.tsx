import { useLayoutEffect, useRef } from 'react';
import type { ApiError } from '../api/api-error';
import { useMessages } from '../i18n/language';
import { errorMessage } from '../lib/error-message';
import { WarningIcon } from './icons';

type ErrorNoticeProps = {
  error: ApiError;
  onRetry: () => void;
  /** Puts the failed question back in the composer; omitted where there is no question. */
  onEdit?: () => void;
};

/** A readable failure with a way forward, scrolled into view; the question that failed is kept. */
export const ErrorNotice = ({ error, onRetry, onEdit }: ErrorNoticeProps) => {
  const messages = useMessages();
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls the notice into view again for each new error
  useLayoutEffect(() => {
    // The page itself never scrolls, so this only moves the scrolling area the notice sits in.
    ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error]);
  return (
    <div ref={ref} role="alert" className="error-notice" data-code={error.code}>
      <p>
        <WarningIcon /> {errorMessage(error, messages)}
      </p>
      <div className="error-actions">
        <button type="button" className="primary-button" onClick={onRetry}>
          {messages.retry}
        </button>
        {onEdit !== undefined && (
          <button type="button" className="quiet-button" onClick={onEdit}>
            {messages.editQuestion}
          </button>
        )}
      </div>
    </div>
  );
};
