import { describe, expect, it } from 'vitest';
import { sampleAnswer } from '../test/fixtures';
import type { ChatTurn } from './chat-turn';
import { conversationInHash, decodeConversation, encodeConversation, hashFor } from './permalink';
import { itemAt } from '../test/items';

const turns: ChatTurn[] = [
  { id: 'u1', role: 'user', content: 'Hva er målet for Norsk Helsenett innen 2011?' },
  {
    id: 'a1',
    role: 'assistant',
    content: sampleAnswer.answer,
    citations: sampleAnswer.citations,
    related: [],
    abstained: false,
    reason: '',
    language: 'nb',
    confidence: 0.8,
    state: 'complete',
  },
];

describe('permalink', () => {
  it('carries a conversation through the address and back unchanged', async () => {
    const encoded = await encodeConversation(turns);
    expect(encoded).toMatch(/^[\w-]+$/);
    const hash = hashFor(encoded);
    expect(conversationInHash(hash)).toBe(encoded);
    expect(await decodeConversation(encoded)).toEqual(turns);
  });

  it('keeps only the opening of a long passage', async () => {
    const long = [
      { ...itemAt(turns, 0) },
      { ...itemAt(turns, 1), citations: [{ ...itemAt(sampleAnswer.citations, 0), text: 'ord '.repeat(500) }] },
    ] as ChatTurn[];
    const decoded = await decodeConversation(await encodeConversation(long));
    const answer = decoded?.[1];
    expect(answer?.role === 'assistant' && answer.citations[0]?.text.length).toBe(400);
  });

  it('answers null for a damaged or foreign hash instead of throwing', async () => {
    expect(await decodeConversation('ikke-en-samtale')).toBeNull();
    expect(await decodeConversation((await encodeConversation(turns)).slice(0, 40))).toBeNull();
    expect(conversationInHash('#annet=1')).toBeNull();
    expect(conversationInHash('')).toBeNull();
  });
});
