import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DocumentText } from './document-text';

const text = 'Innledning. MÅL: I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett. Tiltak følger.';
const passage = { start: text.indexOf('MÅL'), end: text.indexOf(' Tiltak') };
const sentence = { start: text.indexOf('I løpet'), end: passage.end };
const noRef = () => undefined;

describe('DocumentText', () => {
  it('marks the quoted sentence, tints the rest of the passage, and keeps the text whole', () => {
    const { container } = render(<DocumentText text={text} passage={passage} quotes={[sentence]} firstQuoteRef={noRef} />);
    expect(container.querySelector('mark.quoted-sentence')?.textContent).toBe('I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett.');
    expect(container.querySelector('.cited-passage')?.textContent).toBe('MÅL: ');
    expect(container.textContent).toBe(text);
  });

  it('shows PDF private-use bullet glyphs as bullets without moving any offset', () => {
    const withGlyph = `\uf06e ${text}`;
    const shifted = { start: passage.start + 2, end: passage.end + 2 };
    const { container } = render(<DocumentText text={withGlyph} passage={shifted} quotes={[shifted]} firstQuoteRef={noRef} />);
    expect(container.querySelector('mark')?.textContent).toBe(text.slice(passage.start, passage.end));
    expect(container.textContent?.startsWith('• Innledning')).toBe(true);
  });

  it('gives the first quote to the ref so «Gå til sitatet» can focus it', () => {
    let quote: HTMLElement | null = null;
    render(<DocumentText text={text} passage={passage} quotes={[sentence]} firstQuoteRef={(element) => (quote = element)} />);
    expect((quote as HTMLElement | null)?.textContent).toContain('I løpet av 2011');
    expect((quote as HTMLElement | null)?.tabIndex).toBe(-1);
  });
});
