import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n/language';

/**
 * «Samtalen … er slettet. Angre»: stays until the next deletion or an undo, with no time limit.
 * Its button takes the focus of the delete button that vanished with the conversation.
 */
export const UndoNotice = ({ title, onUndo }: { title: string; onUndo: () => void }) => {
  const messages = useMessages();
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    buttonRef.current?.focus();
  }, []);
  return (
    <div className="undo-notice" role="status">
      <span>{messages.deletedConversation(title)}</span>{' '}
      <button ref={buttonRef} type="button" className="quiet-button" onClick={onUndo}>
        {messages.undo}
      </button>
    </div>
  );
};
