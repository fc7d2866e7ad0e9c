import { describe, expect, it } from 'vitest';
import { blockOffsets, quoteRanges, segmentText } from './highlight-segments';

describe('quoteRanges', () => {
  it('keeps the quotes inside the passage, in order, and falls back to the passage itself', () => {
    const passage = { start: 10, end: 100 };
    expect(
      quoteRanges(passage, [
        { start: 60, end: 70 },
        { start: 0, end: 5 },
        { start: 20, end: 30 },
      ]),
    ).toEqual([
      { start: 20, end: 30 },
      { start: 60, end: 70 },
    ]);
    expect(quoteRanges(passage, [{ start: 0, end: 5 }])).toEqual([passage]);
    expect(quoteRanges(passage)).toEqual([passage]);
  });
});

describe('segmentText over a cleaned block', () => {
  // Original «Helse-\nnett skal» cleaned to «Helsenett skal»: the hyphen and newline are gone.
  const original = 'Mål: Helse-\nnett skal knyttes til.';
  const block = { text: 'Mål: Helsenett skal knyttes til.', map: [0, 0, 10, 12] };

  it('maps each cleaned character to its original offset through the run map', () => {
    const offsets = Array.from(blockOffsets(block));
    block.text.split('').forEach((character, index) => {
      expect(original[offsets[index] ?? -1]).toBe(character);
    });
  });

  it('marks the cleaned characters whose original offsets fall in the quote, even across a removed hyphen', () => {
    const offsets = blockOffsets(block);
    const quote = { start: original.indexOf('Helse'), end: original.indexOf(' skal') };
    const segments = segmentText(block.text, (index) => offsets[index] ?? 0, { start: 0, end: original.length }, [quote]);
    expect(segments).toEqual([
      { kind: 'passage', text: 'Mål: ' },
      { kind: 'quote', text: 'Helsenett' },
      { kind: 'passage', text: ' skal knyttes til.' },
    ]);
  });
});
