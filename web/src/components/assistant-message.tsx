import type { DocumentSummary, SearchResult } from '@kildesvar/core/schemas';
import { useMessages } from '../i18n/language';
import { differsFromQuestion, isUncertain } from '../lib/answer-signals';
import type { AssistantTurn } from '../lib/chat-turn';
import { formatCopyText } from '../lib/format-copy-text';
import { AnswerText } from './answer-text';
import { CopyButton } from './copy-button';
import { InfoIcon, WarningIcon } from './icons';
import { SourceList } from './source-list';

type AssistantMessageProps = {
  turn: AssistantTurn;
  question: string | undefined;
  documents: ReadonlyMap<string, DocumentSummary>;
  onOpenSource: (source: SearchResult, label: string) => void;
};

/**
 * One answer, marked with the language it is written in: its text with citation chips and its
 * sources. A weak answer says so; an abstention says the documents do not cover the question
 * and offers the closest passages as «maybe related».
 */
export const AssistantMessage = ({ turn, question, documents, onOpenSource }: AssistantMessageProps) => {
  const messages = useMessages();
  const streaming = turn.state === 'streaming';
  const uncertain = isUncertain(turn);
  const className = ['message', 'assistant-message', turn.abstained ? 'abstention' : '', uncertain ? 'uncertain' : ''].filter(Boolean).join(' ');
  const interpreted =
    turn.interpretedQuestion !== undefined && question !== undefined && differsFromQuestion(turn.interpretedQuestion, question)
      ? turn.interpretedQuestion
      : null;
  return (
    <article className={className} data-state={turn.state} aria-label={turn.abstained ? messages.abstentionLabel : messages.answerLabel}>
      {interpreted !== null && (
        <p className="interpreted-question">
          {messages.interpretedAs} <q lang={turn.language}>{interpreted}</q>
        </p>
      )}
      {turn.abstained && (
        <p className="abstention-title">
          <InfoIcon /> {messages.abstentionTitle}
        </p>
      )}
      {uncertain && (
        <p className="uncertain-note">
          <WarningIcon /> {messages.uncertain}
        </p>
      )}
      <div className="answer-text" aria-live="polite" aria-busy={streaming} lang={turn.language}>
        {turn.content === '' && streaming ? (
          <span className="pending">{messages.searching}</span>
        ) : (
          <AnswerText text={turn.content} citations={turn.citations} onOpenSource={onOpenSource} />
        )}
      </div>
      {turn.abstained && turn.reason.trim() !== '' && (
        <p className="abstention-reason" lang={turn.language}>
          {turn.reason}
        </p>
      )}
      {turn.state === 'stopped' && <p className="stopped-note">{turn.content === '' ? messages.stoppedEmpty : messages.stoppedPartial}</p>}
      {!turn.abstained && turn.citations.length > 0 && (
        <SourceList heading={messages.sources} label={messages.source} sources={turn.citations} documents={documents} onOpenSource={onOpenSource} />
      )}
      {turn.abstained && turn.related.length > 0 && (
        <SourceList heading={messages.related} label={messages.related} sources={turn.related} documents={documents} onOpenSource={onOpenSource} />
      )}
      {!streaming && turn.content !== '' && (
        <div className="message-actions">
          <CopyButton getText={() => formatCopyText(turn, { question, yearOf: (file) => documents.get(file)?.year, messages })} />
        </div>
      )}
    </article>
  );
};
