import { MAX_QUESTION_CHARS } from '@kildesvar/core/schemas';
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import { useMessages } from '../i18n/language';

type ComposerProps = {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  onStop: () => void;
  streaming: boolean;
  /** A line under the field, e.g. which documents are searched. */
  note?: ReactNode;
  ref?: Ref<HTMLTextAreaElement>;
};

/** The question field: Enter sends, Shift+Enter adds a line; a stop button replaces send while an answer streams. */
export const Composer = ({ value, onChange, onSubmit, onStop, streaming, note, ref }: ComposerProps) => {
  const messages = useMessages();
  const tooLong = value.length > MAX_QUESTION_CHARS;
  const canSend = !streaming && value.trim() !== '' && !tooLong;

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    if (canSend) onSubmit();
  };

  return (
    <form
      className="composer"
      aria-label={messages.askForm}
      onSubmit={(event) => {
        event.preventDefault();
        if (canSend) onSubmit();
      }}
    >
      <label htmlFor="question" className="visually-hidden">
        {messages.questionLabel}
      </label>
      <div className="composer-row">
        <textarea
          id="question"
          ref={ref}
          rows={1}
          value={value}
          placeholder={messages.placeholder}
          aria-describedby="composer-hint"
          aria-invalid={tooLong}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={handleKeyDown}
        />
        {streaming ? (
          <button type="button" className="stop-button" onClick={onStop}>
            {messages.stop}
          </button>
        ) : (
          <button type="submit" className="primary-button" disabled={!canSend}>
            {messages.send}
          </button>
        )}
      </div>
      <p id="composer-hint" className="composer-hint">
        {tooLong ? <span className="composer-error">{messages.tooLong(value.length - MAX_QUESTION_CHARS, MAX_QUESTION_CHARS)}</span> : messages.composerHint}
        {note}
      </p>
    </form>
  );
};
