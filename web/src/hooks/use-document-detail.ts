import type { DocumentDetail } from '@kildesvar/core/schemas';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fetchDocument } from '../api/api-client';
import { ApiError, isAbortError } from '../api/api-error';

export type DocumentDetailState =
  | { status: 'idle' }
  | { status: 'loading'; file: string }
  | { status: 'ready'; document: DocumentDetail }
  | { status: 'error'; file: string; error: ApiError };

/** The full text of `file` (null: none wanted), fetched once per file and kept for the session. */
export const useDocumentDetail = (file: string | null) => {
  const cache = useRef(new Map<string, DocumentDetail>());
  const [state, setState] = useState<DocumentDetailState>({ status: 'idle' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` changes on retry, to load again
  useEffect(() => {
    if (file === null) {
      setState({ status: 'idle' });
      return;
    }
    const cached = cache.current.get(file);
    if (cached !== undefined) {
      setState({ status: 'ready', document: cached });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading', file });
    fetchDocument(file, controller.signal).then(
      (document) => {
        cache.current.set(file, document);
        setState({ status: 'ready', document });
      },
      (error: unknown) => {
        if (isAbortError(error)) return;
        setState({ status: 'error', file, error: error instanceof ApiError ? error : new ApiError('internal', String(error)) });
      },
    );
    return () => controller.abort();
  }, [file, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { state, retry };
};
