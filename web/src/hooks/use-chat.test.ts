import { MAX_MESSAGES } from '@kildesvar/core/schemas';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChatTurn } from '../lib/chat-turn';
import { sampleAnswer } from '../test/fixtures';
import { installMockApi } from '../test/mock-api';
import { useChat } from './use-chat';
import { first } from '../test/items';

describe('useChat', () => {
  it('goes from idle to streaming to idle and fills the answer from the frames', async () => {
    installMockApi([{ kind: 'answer', response: sampleAnswer }]);
    const { result } = renderHook(() => useChat());
    expect(result.current.status).toBe('idle');
    act(() => result.current.send('  Hva er målet?  '));
    expect(result.current.status).toBe('streaming');
    expect(result.current.turns[0]).toMatchObject({ role: 'user', content: 'Hva er målet?' });
    await waitFor(() => expect(result.current.status).toBe('idle'));
    expect(result.current.turns[1]).toMatchObject({ role: 'assistant', content: sampleAnswer.answer, citations: sampleAnswer.citations, state: 'complete' });
  });

  it('ignores a second question while one is streaming', async () => {
    const { chatRequests } = installMockApi([{ kind: 'hang', response: sampleAnswer }]);
    const { result } = renderHook(() => useChat());
    act(() => result.current.send('første'));
    act(() => result.current.send('andre'));
    await waitFor(() => expect(chatRequests).toHaveLength(1));
    expect(result.current.turns.filter((turn) => turn.role === 'user')).toHaveLength(1);
    act(() => result.current.stop());
    await waitFor(() => expect(result.current.status).toBe('idle'));
  });

  it('sets the error status with the server code and removes the empty answer', async () => {
    installMockApi([{ kind: 'http-error', status: 400, code: 'bad_request', message: 'the question is empty' }]);
    const { result } = renderHook(() => useChat());
    act(() => result.current.send('?'));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.code).toBe('bad_request');
    expect(result.current.error?.status).toBe(400);
    expect(result.current.turns.map((turn) => turn.role)).toEqual(['user']);
  });

  it('starting a new chat while streaming stops the answer and keeps the new chat empty', async () => {
    installMockApi([{ kind: 'hang', response: sampleAnswer }]);
    const { result } = renderHook(() => useChat());
    act(() => result.current.send('første'));
    await waitFor(() => expect(result.current.turns[1]?.content).not.toBe(''));
    act(() => result.current.load([]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current.turns).toEqual([]);
    expect(result.current.status).toBe('idle');
  });

  it(`sends at most ${MAX_MESSAGES} messages, the newest, starting and ending with a question`, async () => {
    const { chatRequests } = installMockApi([{ kind: 'answer', response: sampleAnswer }]);
    const { result } = renderHook(() => useChat());
    const long: ChatTurn[] = Array.from({ length: 60 }, (_, index) =>
      index % 2 === 0
        ? { id: `u${index}`, role: 'user', content: `spørsmål ${index}` }
        : { id: `a${index}`, role: 'assistant', content: `svar ${index}`, citations: [], related: [], abstained: false, reason: '', state: 'complete' },
    );
    act(() => result.current.load(long));
    act(() => result.current.send('siste'));
    await waitFor(() => expect(result.current.status).toBe('idle'));
    const { messages } = first(chatRequests);
    expect(messages).toHaveLength(MAX_MESSAGES - 1);
    expect(messages[messages.length - 1]).toEqual({ role: 'user', content: 'siste' });
    expect(messages[0]).toEqual({ role: 'user', content: 'spørsmål 12' });
  });
});
