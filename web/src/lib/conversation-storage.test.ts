import { describe, expect, it } from 'vitest';
import { loadConversations, maxStoredConversations, storageKey, storeConversations, titleFor, type Conversation } from './conversation-storage';

const conversation = (id: string, updatedAt: number): Conversation => ({
  id,
  title: `Spørsmål ${id}`,
  updatedAt,
  turns: [{ id: `${id}-q`, role: 'user', content: `Spørsmål ${id}` }],
});

describe('conversation storage', () => {
  it('reads back what it stored, newest first', () => {
    storeConversations(localStorage, [conversation('a', 1), conversation('b', 2)]);
    expect(loadConversations(localStorage).map((entry) => entry.id)).toEqual(['b', 'a']);
  });

  it(`keeps only the ${maxStoredConversations} newest conversations`, () => {
    const many = Array.from({ length: maxStoredConversations + 5 }, (_, index) => conversation(String(index), index));
    storeConversations(localStorage, many);
    const loaded = loadConversations(localStorage);
    expect(loaded).toHaveLength(maxStoredConversations);
    expect(loaded[loaded.length - 1]?.id).toBe('5');
  });

  it('drops stored entries that do not match the schema and survives broken JSON', () => {
    localStorage.setItem(storageKey, JSON.stringify([conversation('ok', 1), { id: 3 }]));
    expect(loadConversations(localStorage).map((entry) => entry.id)).toEqual(['ok']);
    localStorage.setItem(storageKey, '{not json');
    expect(loadConversations(localStorage)).toEqual([]);
  });

  it('reports false instead of throwing when the browser refuses to store', () => {
    const full = {
      ...localStorage,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(storeConversations(full, [conversation('a', 1)])).toBe(false);
  });
});

describe('titleFor', () => {
  it('keeps a short question as it is, on one line', () => {
    expect(titleFor('Hva er målet\nfor Norsk Helsenett?')).toBe('Hva er målet for Norsk Helsenett?');
  });

  it('shortens a long question at a word boundary with an ellipsis', () => {
    const title = titleFor('Hvilke tiltak skal KS og regjeringen gjennomføre sammen i digitaliseringsstrategien for offentlig sektor?', 40);
    expect(title).toBe('Hvilke tiltak skal KS og regjeringen…');
  });
});
