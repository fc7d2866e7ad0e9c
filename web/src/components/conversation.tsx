import type { DocumentSummary, SearchResult } from '@kildesvar/core/schemas';
import { useMessages } from '../i18n/language';
import type { ChatTurn } from '../lib/chat-turn';
import { AssistantMessage } from './assistant-message';

type ConversationProps = {
  turns: ChatTurn[];
  documents: ReadonlyMap<string, DocumentSummary>;
  onOpenSource: (source: SearchResult, label: string) => void;
};

/** The questions and answers so far, oldest first. */
export const Conversation = ({ turns, documents, onOpenSource }: ConversationProps) => {
  const messages = useMessages();
  return (
    <ol className="conversation" aria-label={messages.conversationLabel}>
      {turns.map((turn, index) => {
        if (turn.role === 'user') {
          return (
            <li key={turn.id} className="message user-message">
              <span className="visually-hidden">{messages.youAsked} </span>
              {turn.content}
            </li>
          );
        }
        const previous = turns[index - 1];
        return (
          <li key={turn.id}>
            <AssistantMessage
              turn={turn}
              question={previous?.role === 'user' ? previous.content : undefined}
              documents={documents}
              onOpenSource={onOpenSource}
            />
          </li>
        );
      })}
    </ol>
  );
};
