import type { Span } from '@kildesvar/core/schemas';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/api-error';
import type { DocumentDetailState } from '../hooks/use-document-detail';
import { documentDetail, sampleCitation, sampleDocuments, sampleDocumentTexts } from '../test/fixtures';
import { SourcePanel } from './source-panel';

const documents = new Map(sampleDocuments.map((document) => [document.file, document]));
const planText = sampleDocumentTexts['001_plan.txt'];
const ready: DocumentDetailState = { status: 'ready', document: documentDetail('001_plan.txt') };
const citedSpan: Span = { file: sampleCitation.file, start: sampleCitation.start, end: sampleCitation.end };

/** The panel with the span state the app would hold. */
const PanelHarness = ({ documentState = ready, initialSpan = citedSpan, onRetry = () => undefined }: { documentState?: DocumentDetailState; initialSpan?: Span; onRetry?: () => void }) => {
  const [span, setSpan] = useState(initialSpan);
  return (
    <SourcePanel
      selection={{ source: sampleCitation, label: 'Kilde 1' }}
      span={span}
      documentState={documentState}
      documents={documents}
      onSelectSpan={setSpan}
      onClose={() => undefined}
      onRetry={onRetry}
    />
  );
};

const highlighted = () => document.querySelector('mark.cited-span');

describe('SourcePanel', () => {
  it('shows the original text with exactly the cited span highlighted', () => {
    render(<PanelHarness />);
    expect(highlighted()?.textContent).toBe(planText.slice(sampleCitation.start, sampleCitation.end));
    expect(highlighted()?.textContent).toContain('tilknyttet Norsk Helse-\nnett');
    expect(document.querySelector('.document-text')?.textContent).toBe(planText);
    expect(screen.getByRole('heading', { level: 2, name: 'eKommune 2009' })).toBeTruthy();
  });

  it('scrolls the highlighted span into view and focuses the panel heading', () => {
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    try {
      render(<PanelHarness />);
      expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
      expect(scrollIntoView.mock.contexts[0]).toBe(highlighted());
      expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2 }));
    } finally {
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it('jumps to the other copy of the passage through «Står også» and back', async () => {
    render(<PanelHarness />);
    const [otherCopy] = sampleCitation.alsoIn;
    await userEvent.click(screen.getByRole('button', { name: /Lenger ned i samme dokument/ }));
    expect(highlighted()?.textContent).toBe(planText.slice(otherCopy.start, otherCopy.end));
    const before = document.querySelector('.document-text')?.firstChild?.textContent ?? '';
    expect(before.length).toBe(otherCopy.start);
    await userEvent.click(screen.getByRole('button', { name: /Lenger opp i samme dokument/ }));
    expect(document.querySelector('.document-text')?.firstChild?.textContent?.length).toBe(sampleCitation.start);
  });

  it('names a copy in another document by its title and year', () => {
    const elsewhere: Span = { file: '003_strategy.txt', start: 0, end: 10 };
    render(
      <SourcePanel
        selection={{ source: { ...sampleCitation, alsoIn: [elsewhere] }, label: 'Kilde 1' }}
        span={citedSpan}
        documentState={ready}
        documents={documents}
        onSelectSpan={() => undefined}
        onClose={() => undefined}
        onRetry={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: 'Én digital offentlig sektor (2019), tegn 0–10' })).toBeTruthy();
  });

  it('shows a readable error and retries when the document cannot be fetched', async () => {
    const onRetry = vi.fn();
    render(<PanelHarness documentState={{ status: 'error', file: '001_plan.txt', error: new ApiError('network', 'down') }} onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toContain('Får ikke kontakt med tjeneren');
    await userEvent.click(screen.getByRole('button', { name: 'Prøv igjen' }));
    expect(onRetry).toHaveBeenCalledOnce();
    expect(highlighted()).toBeNull();
  });

  it('warns instead of highlighting when the span lies outside the text', () => {
    render(<PanelHarness initialSpan={{ file: '001_plan.txt', start: planText.length - 2, end: planText.length + 40 }} />);
    expect(screen.getByRole('note').textContent).toContain('peker utenfor dokumentet');
    expect(highlighted()).toBeNull();
  });

  it('closes on Escape', async () => {
    const onClose = vi.fn();
    render(
      <SourcePanel selection={{ source: sampleCitation, label: 'Kilde 1' }} span={citedSpan} documentState={ready} documents={documents} onSelectSpan={() => undefined} onClose={onClose} onRetry={() => undefined} />,
    );
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledOnce();
  });
});
