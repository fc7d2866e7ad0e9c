import { useEffect, useRef, useState } from 'react';
import type { ChatTurn } from '../lib/chat-turn';
import { conversationInHash, decodeConversation, encodeConversation, hashFor } from '../lib/permalink';

/**
 * Keeps the open conversation in the page address (`#samtale=…`): a reload or a copied link
 * opens it again, in any browser, with nothing stored on a server. On start, and when the
 * address changes to another conversation, `onOpen` gets its turns.
 */
export const usePermalink = (turns: ChatTurn[], settled: boolean, onOpen: (turns: ChatTurn[]) => void) => {
  const [restoring, setRestoring] = useState(() => conversationInHash(window.location.hash) !== null);
  const written = useRef<string | null>(null);
  const onOpenRef = useRef(onOpen);
  useEffect(() => {
    onOpenRef.current = onOpen;
  }, [onOpen]);

  useEffect(() => {
    let cancelled = false;
    const open = async () => {
      const encoded = conversationInHash(window.location.hash);
      if (encoded === null || encoded === written.current) {
        setRestoring(false);
        return;
      }
      const opened = await decodeConversation(encoded);
      if (cancelled) return;
      written.current = encoded;
      if (opened !== null) onOpenRef.current(opened);
      setRestoring(false);
    };
    void open();
    window.addEventListener('hashchange', open);
    return () => {
      cancelled = true;
      window.removeEventListener('hashchange', open);
    };
  }, []);

  useEffect(() => {
    if (restoring || !settled) return;
    let cancelled = false;
    const write = async () => {
      const encoded = turns.length === 0 ? null : await encodeConversation(turns);
      if (cancelled || encoded === written.current) return;
      written.current = encoded;
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}${hashFor(encoded)}`);
    };
    void write();
    return () => {
      cancelled = true;
    };
  }, [turns, settled, restoring]);

  return { restoring };
};
