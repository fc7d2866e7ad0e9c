import { useLanguage } from '../i18n/language';
import type { Conversation } from '../lib/conversation-storage';
import { DeleteIcon } from './icons';

type HistoryListProps = {
  conversations: Conversation[];
  currentId: string;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  limit?: number;
};

const locales = { nb: 'nb-NO', nn: 'nn-NO', en: 'en-GB' } as const;

/** The latest saved conversations; choosing one reopens it. */
export const HistoryList = ({ conversations, currentId, onOpen, onDelete, limit = 10 }: HistoryListProps) => {
  const { messages, language } = useLanguage();
  const dateFormat = new Intl.DateTimeFormat(locales[language], { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return (
    <nav className="history" aria-labelledby="history-title">
      <h2 id="history-title">{messages.historyTitle}</h2>
      {conversations.length === 0 ? (
        <p className="muted">{messages.historyEmpty}</p>
      ) : (
        <ul>
          {conversations.slice(0, limit).map((conversation) => (
            <li key={conversation.id} className="history-item">
              <button
                type="button"
                className="history-open"
                aria-current={conversation.id === currentId ? 'true' : undefined}
                onClick={() => onOpen(conversation.id)}
              >
                <span className="history-title">{conversation.title}</span>
                <span className="history-date">{dateFormat.format(conversation.updatedAt)}</span>
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={messages.deleteConversation(conversation.title)}
                onClick={() => onDelete(conversation.id)}
              >
                <DeleteIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
};
