import { MAX_MESSAGES, type ChatMessage } from '@kildesvar/core/schemas';
import { useCallback, useEffect, useRef, useState } from 'react';
import { streamChat } from '../api/api-client';
import { ApiError, isAbortError } from '../api/api-error';
import { createId, type AssistantTurn, type ChatTurn } from '../lib/chat-turn';

export type ChatStatus = 'idle' | 'streaming' | 'error';

const maxContentChars = 20_000;

/**
 * The conversation as the API wants it: turns with text, newest last, at most MAX_MESSAGES, and
 * starting with a question (an answer whose question was cut off is dropped too).
 */
const toMessages = (turns: ChatTurn[]): ChatMessage[] => {
  const messages = turns
    .filter((turn) => turn.content.trim() !== '')
    .map((turn) => ({ role: turn.role, content: turn.content.slice(0, maxContentChars) }))
    .slice(-MAX_MESSAGES);
  return messages[0]?.role === 'assistant' ? messages.slice(1) : messages;
};

const pendingAnswer = (): AssistantTurn => ({
  id: createId(),
  role: 'assistant',
  content: '',
  citations: [],
  related: [],
  abstained: false,
  reason: '',
  state: 'streaming',
});

/**
 * The one owner of chat state: the turns, the status (`idle | streaming | error`), the last error,
 * and the actions. A failed question stays in `turns` so `retry` can send it again.
 */
export const useChat = () => {
  const [turns, setTurns] = useState<ChatTurn[]>([]);
  const [status, setStatus] = useState<ChatStatus>('idle');
  const [error, setError] = useState<ApiError | null>(null);
  const turnsRef = useRef(turns);
  const controllerRef = useRef<AbortController | null>(null);

  useEffect(() => {
    turnsRef.current = turns;
  }, [turns]);

  useEffect(() => () => controllerRef.current?.abort(), []);

  const run = useCallback(async (history: ChatTurn[], files: string[]) => {
    const controller = new AbortController();
    controllerRef.current?.abort();
    controllerRef.current = controller;
    const answer = pendingAnswer();
    const isCurrent = () => controllerRef.current === controller;
    const update = (change: (turn: AssistantTurn) => AssistantTurn) =>
      setTurns((current) => current.map((turn) => (turn.id === answer.id && turn.role === 'assistant' ? change(turn) : turn)));

    turnsRef.current = [...history, answer];
    setTurns(turnsRef.current);
    setStatus('streaming');
    setError(null);
    try {
      const response = await streamChat(
        { messages: toMessages(history), ...(files.length > 0 ? { file: files } : {}) },
        {
          signal: controller.signal,
          onFrame: (frame) => {
            if (frame.type === 'citations') update((turn) => ({ ...turn, citations: frame.citations, related: frame.related }));
            else if (frame.type === 'delta') update((turn) => ({ ...turn, content: turn.content + frame.text }));
          },
        },
      );
      update((turn) => ({
        ...turn,
        content: response.answer,
        citations: response.citations,
        related: response.related,
        abstained: response.abstained,
        reason: response.reason,
        ...(response.language === undefined ? {} : { language: response.language }),
        ...(response.confidence === undefined ? {} : { confidence: response.confidence }),
        ...(response.interpretedQuestion === undefined ? {} : { interpretedQuestion: response.interpretedQuestion }),
        state: 'complete',
      }));
      if (isCurrent()) setStatus('idle');
    } catch (caught) {
      if (isAbortError(caught)) {
        update((turn) => ({ ...turn, state: 'stopped' }));
        if (isCurrent()) setStatus('idle');
        return;
      }
      setTurns((current) => current.filter((turn) => turn.id !== answer.id));
      if (!isCurrent()) return;
      setError(caught instanceof ApiError ? caught : new ApiError('internal', String(caught), { cause: caught }));
      setStatus('error');
    } finally {
      if (isCurrent()) controllerRef.current = null;
    }
  }, []);

  /** Asks `question` as a follow-up, limited to `files` when any are given. Ignored while streaming. */
  const send = useCallback(
    (question: string, files: string[] = []) => {
      if (controllerRef.current !== null || question.trim() === '') return;
      void run([...turnsRef.current, { id: createId(), role: 'user', content: question.trim() }], files);
    },
    [run],
  );

  /** Sends the failed question again. */
  const retry = useCallback(
    (files: string[] = []) => {
      const last = turnsRef.current[turnsRef.current.length - 1];
      if (controllerRef.current !== null || last?.role !== 'user') return;
      void run(turnsRef.current, files);
    },
    [run],
  );

  /** Stops the streaming answer; the text so far stays, marked as stopped. */
  const stop = useCallback(() => controllerRef.current?.abort(), []);

  /** Takes the failed question out of the conversation and returns it, to be edited and sent again. */
  const takeBackFailedQuestion = useCallback((): string => {
    const last = turnsRef.current[turnsRef.current.length - 1];
    if (controllerRef.current !== null || last?.role !== 'user') return '';
    turnsRef.current = turnsRef.current.slice(0, -1);
    setTurns(turnsRef.current);
    setError(null);
    setStatus('idle');
    return last.content;
  }, []);

  /** Replaces the conversation (empty for a new chat), stopping any answer in progress. */
  const load = useCallback((nextTurns: ChatTurn[]) => {
    const controller = controllerRef.current;
    controllerRef.current = null;
    controller?.abort();
    turnsRef.current = nextTurns;
    setTurns(nextTurns);
    setError(null);
    setStatus('idle');
  }, []);

  return { turns, status, error, send, retry, stop, takeBackFailedQuestion, load };
};
