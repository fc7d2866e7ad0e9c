import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DocumentText } from './document-text';

const text = 'Innledning. MÅL: I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett. Tiltak følger.';
const start = text.indexOf('MÅL');
const end = text.indexOf(' Tiltak');
const sentenceStart = text.indexOf('I løpet');

describe('DocumentText', () => {
  it('highlights the cited span and emphasises the sentence the answer quotes inside it', () => {
    const { container } = render(<DocumentText text={text} start={start} end={end} highlights={[{ start: sentenceStart, end }]} />);
    expect(container.querySelector('mark.cited-span')?.textContent).toBe(text.slice(start, end));
    expect(container.querySelector('.quoted-sentence')?.textContent).toBe('I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett.');
    expect(container.textContent).toBe(text);
  });

  it('shows PDF private-use bullet glyphs as bullets without moving any offset', () => {
    const withGlyph = `\uf06e ${text}`;
    const { container } = render(<DocumentText text={withGlyph} start={start + 2} end={end + 2} />);
    expect(container.querySelector('mark')?.textContent).toBe(text.slice(start, end));
    expect(container.textContent?.startsWith('• Innledning')).toBe(true);
  });

  it('ignores quoted spans that fall outside the cited span', () => {
    const { container } = render(<DocumentText text={text} start={start} end={end} highlights={[{ start: 0, end: 5 }]} />);
    expect(container.querySelector('.quoted-sentence')).toBeNull();
    expect(container.textContent).toBe(text);
  });
});
