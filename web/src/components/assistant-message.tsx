import type { DocumentSummary, SearchResult } from '@kildesvar/core/schemas';
import type { AssistantTurn } from '../lib/chat-turn';
import { formatCopyText } from '../lib/format-copy-text';
import { AnswerText } from './answer-text';
import { CopyButton } from './copy-button';
import { SourceList } from './source-list';

type AssistantMessageProps = {
  turn: AssistantTurn;
  question: string | undefined;
  documents: ReadonlyMap<string, DocumentSummary>;
  onOpenSource: (source: SearchResult, label: string) => void;
};

/**
 * One answer: its text with citation chips and its sources; an abstention instead says the
 * documents do not cover the question and offers the closest passages as «maybe related».
 */
export const AssistantMessage = ({ turn, question, documents, onOpenSource }: AssistantMessageProps) => {
  const streaming = turn.state === 'streaming';
  const className = ['message', 'assistant-message', turn.abstained ? 'abstention' : ''].filter(Boolean).join(' ');
  return (
    <article className={className} data-state={turn.state} aria-label={turn.abstained ? 'Ikke dekket av dokumentene' : 'Svar'}>
      {turn.abstained && (
        <p className="abstention-title">
          <span aria-hidden="true">ⓘ </span>Dokumentene dekker ikke dette
        </p>
      )}
      <div className="answer-text" aria-live="polite" aria-busy={streaming}>
        {turn.content === '' && streaming ? (
          <span className="pending">Leter i dokumentene …</span>
        ) : (
          <AnswerText text={turn.content} citations={turn.citations} onOpenSource={onOpenSource} />
        )}
      </div>
      {turn.abstained && turn.reason.trim() !== '' && <p className="abstention-reason">{turn.reason}</p>}
      {turn.state === 'stopped' && <p className="stopped-note">{turn.content === '' ? 'Stoppet før svaret kom.' : 'Stoppet – svaret er ufullstendig.'}</p>}
      {!turn.abstained && turn.citations.length > 0 && (
        <SourceList heading="Kilder" label="Kilde" sources={turn.citations} documents={documents} onOpenSource={onOpenSource} />
      )}
      {turn.abstained && turn.related.length > 0 && (
        <SourceList heading="Kanskje relatert" label="Kanskje relatert" sources={turn.related} documents={documents} onOpenSource={onOpenSource} />
      )}
      {!streaming && turn.content !== '' && (
        <div className="message-actions">
          <CopyButton getText={() => formatCopyText(turn, { question, yearOf: (file) => documents.get(file)?.year })} />
        </div>
      )}
    </article>
  );
};
