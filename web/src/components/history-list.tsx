import type { Conversation } from '../lib/conversation-storage';

type HistoryListProps = {
  conversations: Conversation[];
  currentId: string;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  limit?: number;
};

const dateFormat = new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

/** The latest saved conversations; choosing one reopens it. */
export const HistoryList = ({ conversations, currentId, onOpen, onDelete, limit = 10 }: HistoryListProps) => (
  <nav className="history" aria-labelledby="history-title">
    <h2 id="history-title">Tidligere samtaler</h2>
    {conversations.length === 0 ? (
      <p className="muted">Ingen lagrede samtaler ennå.</p>
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
            <button type="button" className="icon-button" aria-label={`Slett «${conversation.title}»`} onClick={() => onDelete(conversation.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    )}
  </nav>
);
