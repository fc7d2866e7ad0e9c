import type { DocumentSummary } from '@kildesvar/core/schemas';
import { useCallback, useEffect, useState } from 'react';
import { fetchDocuments } from '../api/api-client';
import { ApiError, isAbortError } from '../api/api-error';

export type DocumentsState = { status: 'loading' } | { status: 'ready'; documents: DocumentSummary[] } | { status: 'error'; error: ApiError };

const notReadyRetryMs = 2000;

/**
 * The corpus as listed by GET /api/documents, with a reload for when the server was down. While
 * the server is still loading its index (`index_not_ready`) it asks again by itself.
 */
export const useDocuments = () => {
  const [state, setState] = useState<DocumentsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` changes on retry, to load again
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    fetchDocuments(controller.signal).then(
      (documents) => setState({ status: 'ready', documents }),
      (error: unknown) => {
        if (isAbortError(error)) return;
        setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError('internal', String(error)) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  useEffect(() => {
    if (state.status !== 'error' || state.error.code !== 'index_not_ready') return;
    const timer = setTimeout(() => setAttempt((count) => count + 1), notReadyRetryMs);
    return () => clearTimeout(timer);
  }, [state]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, reload };
};
