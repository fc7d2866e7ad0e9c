import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { AssistantTurn } from '../lib/chat-turn';
import { sampleAbstention, sampleAnswer, sampleCitation, sampleDocuments, secondCitation } from '../test/fixtures';
import { AssistantMessage } from './assistant-message';
import { first } from '../test/items';

const documents = new Map(sampleDocuments.map((document) => [document.file, document]));

const turnFrom = (response: typeof sampleAnswer, state: AssistantTurn['state'] = 'complete'): AssistantTurn => ({
  id: 'a1',
  role: 'assistant',
  content: response.answer,
  citations: response.citations,
  related: response.related,
  abstained: response.abstained,
  reason: response.reason,
  state,
});

const renderMessage = (turn: AssistantTurn) => {
  const onOpenSource = vi.fn();
  render(<AssistantMessage turn={turn} question="Hva er målet for Norsk Helsenett innen 2011?" documents={documents} onOpenSource={onOpenSource} />);
  return { onOpenSource };
};

describe('AssistantMessage with an answer', () => {
  it('draws each [n] marker as a chip named after its source, and no raw markers remain', () => {
    renderMessage(turnFrom(sampleAnswer));
    const answer = screen.getByRole('article', { name: 'Svar' });
    expect(within(answer).getByRole('button', { name: 'Kilde 1: eKommune 2009' })).toHaveProperty('textContent', '1');
    expect(within(answer).getByRole('button', { name: 'Kilde 2: Én digital offentlig sektor' })).toHaveProperty('textContent', '2');
    expect(answer.querySelector('.answer-text')?.textContent).not.toMatch(/\[\d\]/);
    expect(answer.querySelector('.answer-text')?.textContent).toContain('tilknyttet Norsk Helsenett');
  });

  it('opens the cited source when its chip is clicked', async () => {
    const { onOpenSource } = renderMessage(turnFrom(sampleAnswer));
    await userEvent.click(screen.getByRole('button', { name: 'Kilde 2: Én digital offentlig sektor' }));
    expect(onOpenSource).toHaveBeenCalledWith(secondCitation, 'Kilde 2');
  });

  it('lists the sources in citation order with title, year, heading and an excerpt', () => {
    renderMessage(turnFrom(sampleAnswer));
    const list = screen.getByRole('region', { name: 'Kilder' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('eKommune 2009 (2005)');
    expect(items[0]?.textContent).toContain('Infrastruktur og informasjonssikkerhet');
    expect(items[0]?.textContent).toContain('I løpet av 2011 skal alle kommuner');
    expect(items[1]?.textContent).toContain('Én digital offentlig sektor (2019)');
  });

  it('opens a source from the list under the answer', async () => {
    const { onOpenSource } = renderMessage(turnFrom(sampleAnswer));
    await userEvent.click(first(within(screen.getByRole('region', { name: 'Kilder' })).getAllByRole('button')));
    expect(onOpenSource).toHaveBeenCalledWith(sampleCitation, 'Kilde 1');
  });

  it('marks the answer text as a live region that is busy while streaming', () => {
    renderMessage({ ...turnFrom(sampleAnswer, 'streaming'), content: 'I løpet av 2011 [1' });
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.getAttribute('aria-busy')).toBe('true');
    expect(live?.textContent).toBe('I løpet av 2011 [1');
    expect(screen.queryByRole('button', { name: /Kopier/ })).toBeNull();
  });

  it('copies the answer with its sources as plain text', async () => {
    const user = userEvent.setup();
    renderMessage(turnFrom(sampleAnswer));
    await user.click(screen.getByRole('button', { name: 'Kopier svar med kilder' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain('Spørsmål: Hva er målet for Norsk Helsenett innen 2011?');
    expect(copied).toContain('[1] eKommune 2009 (2005) – Infrastruktur og informasjonssikkerhet');
    expect(screen.getByRole('status').textContent).toBe('Kopiert.');
  });

  it('says when an answer was stopped before it was complete', () => {
    renderMessage({ ...turnFrom(sampleAnswer, 'stopped'), content: 'I løpet av' });
    expect(screen.getByText('Stoppet – svaret er ufullstendig.')).toBeTruthy();
  });
});

describe('AssistantMessage with an abstention', () => {
  it('says the documents do not cover it, gives the reason and shows the related passages', () => {
    renderMessage(turnFrom(sampleAbstention));
    const article = screen.getByRole('article', { name: 'Ikke dekket av dokumentene' });
    expect(article.className).toContain('abstention');
    expect(within(article).getByText('Dokumentene dekker ikke dette')).toBeTruthy();
    expect(within(article).getByText('Ingen passasje nevner månelandingen.')).toBeTruthy();
    const related = within(article).getByRole('region', { name: 'Kanskje relatert' });
    expect(within(related).getAllByRole('listitem')[0]?.textContent).toContain('KS og regjeringen skal gjennomføre 13 av 28 tiltak');
    expect(within(article).queryByRole('region', { name: 'Kilder' })).toBeNull();
  });

  it('opens a related passage in the source panel under its own label', async () => {
    const { onOpenSource } = renderMessage(turnFrom(sampleAbstention));
    await userEvent.click(within(screen.getByRole('region', { name: 'Kanskje relatert' })).getByRole('button'));
    expect(onOpenSource).toHaveBeenCalledWith(secondCitation, 'Kanskje relatert 1');
  });
});
