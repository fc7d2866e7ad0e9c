import { MAX_QUESTION_CHARS } from '@kildesvar/core/schemas';
import type { KeyboardEvent, ReactNode, Ref } from 'react';

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
      aria-label="Still et spørsmål"
      onSubmit={(event) => {
        event.preventDefault();
        if (canSend) onSubmit();
      }}
    >
      <label htmlFor="question" className="visually-hidden">
        Spørsmål
      </label>
      <div className="composer-row">
        <textarea
          id="question"
          ref={ref}
          rows={1}
          value={value}
          placeholder="Spør om dokumentene …"
          aria-describedby="composer-hint"
          aria-invalid={tooLong}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={handleKeyDown}
        />
        {streaming ? (
          <button type="button" className="stop-button" onClick={onStop}>
            Stopp
          </button>
        ) : (
          <button type="submit" className="primary-button" disabled={!canSend}>
            Send
          </button>
        )}
      </div>
      <p id="composer-hint" className="composer-hint">
        {tooLong ? (
          <span className="composer-error">
            Spørsmålet er {value.length - MAX_QUESTION_CHARS} tegn for langt (høyst {MAX_QUESTION_CHARS}).
          </span>
        ) : (
          'Enter sender, Shift+Enter gir ny linje.'
        )}
        {note}
      </p>
    </form>
  );
};
