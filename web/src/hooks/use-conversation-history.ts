import { useCallback, useEffect, useState } from 'react';
import { loadConversations, storeConversations, type Conversation } from '../lib/conversation-storage';

/** Saved conversations (newest first), mirrored to localStorage on every change. */
export const useConversationHistory = (storage: Storage = window.localStorage) => {
  const [conversations, setConversations] = useState<Conversation[]>(() => loadConversations(storage));
  const [storageFailed, setStorageFailed] = useState(false);

  useEffect(() => {
    setStorageFailed(!storeConversations(storage, conversations));
  }, [storage, conversations]);

  /** Adds or replaces a conversation by id and moves it to the top. */
  const save = useCallback((conversation: Conversation) => {
    setConversations((current) => [conversation, ...current.filter((entry) => entry.id !== conversation.id)]);
  }, []);

  const remove = useCallback((id: string) => {
    setConversations((current) => current.filter((entry) => entry.id !== id));
  }, []);

  /** Puts a deleted conversation back where its date places it. */
  const restore = useCallback((conversation: Conversation) => {
    setConversations((current) =>
      [...current.filter((entry) => entry.id !== conversation.id), conversation].sort((left, right) => right.updatedAt - left.updatedAt),
    );
  }, []);

  return { conversations, save, remove, restore, storageFailed };
};
