import { MAX_QUESTION_CHARS } from '@kildesvar/core/schemas';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Composer } from './composer';

const Harness = ({
  onSubmit,
  onStop = () => undefined,
  streaming = false,
  initial = '',
}: {
  onSubmit: (value: string) => void;
  onStop?: () => void;
  streaming?: boolean;
  initial?: string;
}) => {
  const [value, setValue] = useState(initial);
  return <Composer value={value} onChange={setValue} onSubmit={() => onSubmit(value)} onStop={onStop} streaming={streaming} />;
};

describe('Composer', () => {
  it('sends the question on Enter and adds a line on Shift+Enter', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    const field = screen.getByLabelText('Spørsmål');
    await userEvent.type(field, 'Første linje{Shift>}{Enter}{/Shift}andre linje');
    expect((field as HTMLTextAreaElement).value).toBe('Første linje\nandre linje');
    expect(onSubmit).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    expect(onSubmit).toHaveBeenCalledWith('Første linje\nandre linje');
  });

  it('keeps the send button disabled and ignores Enter while the field is empty or blank', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);
    await userEvent.type(screen.getByLabelText('Spørsmål'), '   {Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);
  });

  it('shows a stop button instead of send while an answer streams, and Enter does not send', async () => {
    const onSubmit = vi.fn();
    const onStop = vi.fn();
    render(<Harness onSubmit={onSubmit} onStop={onStop} streaming initial="neste spørsmål" />);
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Stopp' }));
    expect(onStop).toHaveBeenCalledOnce();
    await userEvent.type(screen.getByLabelText('Spørsmål'), '{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Spørsmål') as HTMLTextAreaElement).value).toBe('neste spørsmål');
  });

  it('refuses a question over the length limit and says by how much', () => {
    render(<Harness onSubmit={vi.fn()} initial={'a'.repeat(MAX_QUESTION_CHARS + 5)} />);
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);
    expect(screen.getByText(/Spørsmålet er 5 tegn for langt/)).toBeTruthy();
    expect(screen.getByLabelText('Spørsmål').getAttribute('aria-invalid')).toBe('true');
  });
});
