import type { Span } from '@kildesvar/core/schemas';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import type { DocumentDetailState } from '../hooks/use-document-detail';
import { documentDetail, quotedGoal, sampleCitation, sampleDocuments, sampleDocumentTexts } from '../test/fixtures';
import { SourcePanel } from './source-panel';

const documents = new Map(sampleDocuments.map((document) => [document.file, document]));
const planText = sampleDocumentTexts['001_plan.txt'] ?? '';
const ready: DocumentDetailState = { status: 'ready', document: documentDetail('001_plan.txt') };
const citedSpan: Span = { file: sampleCitation.file, start: sampleCitation.start, end: sampleCitation.end };

/** The panel with the span state the app would hold. */
const PanelHarness = ({
  documentState = ready,
  initialSpan = citedSpan,
  onRetry = () => undefined,
  modal = false,
  onClose = () => undefined,
}: {
  documentState?: DocumentDetailState;
  initialSpan?: Span;
  onRetry?: () => void;
  modal?: boolean;
  onClose?: () => void;
}) => {
  const [span, setSpan] = useState(initialSpan);
  return (
    <SourcePanel
      selection={{ source: sampleCitation, label: 'Kilde 1' }}
      span={span}
      documentState={documentState}
      documents={documents}
      modal={modal}
      onSelectSpan={setSpan}
      onClose={onClose}
      onRetry={onRetry}
    />
  );
};

const quote = () => document.querySelector('mark.quoted-sentence');
const asRead = (text: string) => text.replace(/-\n/g, '').replace(/\s+/g, ' ');

describe('SourcePanel', () => {
  it('shows the readable text by default: headings as headings, the quoted sentence marked, PDF hyphens gone', () => {
    render(<PanelHarness />);
    expect(screen.getByRole('heading', { level: 2, name: 'eKommune 2009' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Infrastruktur og informasjonssikkerhet' })).toBeTruthy();
    expect(quote()?.textContent).toBe(
      'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett og ha tatt i bruk elektronisk samhandling med helseforetak.',
    );
    expect(document.querySelector('.cited-passage')?.textContent).toBe('Infrastruktur og informasjonssikkerhet');
    expect(screen.getByRole('region', { name: 'Tekst: eKommune 2009' }).textContent).not.toContain('Helse-');
  });

  it('shows the original extraction with the same quote on «Vis originaltekst»', async () => {
    render(<PanelHarness />);
    await userEvent.click(screen.getByRole('button', { name: 'Vis originaltekst' }));
    expect(screen.getByRole('button', { name: 'Vis originaltekst' }).getAttribute('aria-pressed')).toBe('true');
    expect(quote()?.textContent).toBe(planText.slice(quotedGoal.start, quotedGoal.end));
    expect(quote()?.textContent).toContain('Norsk Helse-\nnett');
    expect(document.querySelector('.document-text')?.textContent).toBe(planText);
  });

  it('focuses the panel heading on opening, and the quoted sentence on «Gå til sitatet»', async () => {
    render(<PanelHarness />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    await userEvent.click(screen.getByRole('button', { name: 'Gå til sitatet' }));
    expect(document.activeElement).toBe(quote());
  });

  it('names the other copy by where it stands, under its heading, and jumps there and back', async () => {
    render(<PanelHarness />);
    const [otherCopy] = sampleCitation.alsoIn;
    const down = screen.getByRole('button', { name: 'Lenger ned i samme dokument, under «Vedlegg»' });
    expect(down.textContent).not.toMatch(/\d/);
    await userEvent.click(down);
    await userEvent.click(screen.getByRole('button', { name: 'Vis originaltekst' }));
    expect(quote()?.textContent).toBe(planText.slice(otherCopy?.start, otherCopy?.end));
    await userEvent.click(screen.getByRole('button', { name: 'Lenger opp i samme dokument, under «Infrastruktur og informasjonssikkerhet»' }));
    expect(asRead(quote()?.textContent ?? '')).toContain('I løpet av 2011');
  });

  it('names copies in another document by title and year, told apart by order when there are several', () => {
    const elsewhere: Span[] = [
      { file: '003_strategy.txt', start: 0, end: 10 },
      { file: '003_strategy.txt', start: 20, end: 30 },
    ];
    render(
      <SourcePanel
        selection={{ source: { ...sampleCitation, alsoIn: elsewhere }, label: 'Kilde 1' }}
        span={citedSpan}
        documentState={ready}
        documents={documents}
        onSelectSpan={() => undefined}
        onClose={() => undefined}
        onRetry={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: 'Én digital offentlig sektor (2019), sted 1 av 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Én digital offentlig sektor (2019), sted 2 av 2' })).toBeTruthy();
  });

  it('says the document is old and names the place of the passage by its heading', () => {
    render(<PanelHarness />);
    expect(screen.getByText('Dokumentet er fra 2005')).toBeTruthy();
    expect(document.querySelector('.panel-meta')?.textContent).toContain('under «Infrastruktur og informasjonssikkerhet»');
  });

  it('shows a readable error and retries when the document cannot be fetched', async () => {
    const onRetry = vi.fn();
    render(<PanelHarness documentState={{ status: 'error', file: '001_plan.txt', error: new ApiError('network', 'down') }} onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toContain('Vi får ikke kontakt med Kildesvar');
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(quote()).toBeNull();
  });

  it('warns instead of highlighting when the span lies outside the text', () => {
    render(<PanelHarness initialSpan={{ file: '001_plan.txt', start: planText.length - 2, end: planText.length + 40 }} />);
    expect(screen.getByRole('note').textContent).toContain('peker utenfor dokumentet');
    expect(quote()).toBeNull();
  });

  it('closes on Escape pressed inside it', async () => {
    const onClose = vi.fn();
    render(<PanelHarness onClose={onClose} />);
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('as a sheet, is a modal dialog that keeps Tab and Shift+Tab inside it', async () => {
    render(<PanelHarness modal />);
    const dialog = screen.getByRole('dialog', { name: 'eKommune 2009' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const close = screen.getByRole('button', { name: 'Lukk kildepanelet' });
    // From the heading, Shift+Tab wraps to the last stop (the scrollable text).
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Tekst: eKommune 2009' }));
    await userEvent.tab();
    expect(document.activeElement).toBe(close);
  });
});
