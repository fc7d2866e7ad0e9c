import { describe, expect, it } from 'vitest';
import { identityText, MappedTextBuilder, rewrite } from './mapped-text';
import { toOriginalSpan } from './original-span';

describe('mapped text', () => {
  it('maps every character of an untouched text to itself and ends with the length as sentinel', () => {
    const mapped = identityText('MÅL\n1 I løpet');
    expect(Array.from(mapped.offsets)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('keeps original offsets when a rewrite deletes characters', () => {
    const original = 'hver PC9, og';
    const mapped = rewrite(identityText(original), /9/g, () => '');
    expect(mapped.text).toBe('hver PC, og');
    expect(mapped.offsets[7]).toBe(original.indexOf(','));
  });

  it('points every character of a longer replacement at the replaced character', () => {
    const mapped = rewrite(identityText('a•b'), /•/g, () => '- ');
    expect(mapped.text).toBe('a- b');
    expect(Array.from(mapped.offsets)).toEqual([0, 1, 1, 2, 3]);
  });

  it('builds text from inserted and copied characters with a sentinel after the last one', () => {
    const source = identityText('ut-\nvikle');
    const builder = new MappedTextBuilder();
    builder.appendRange(source, 0, 3);
    builder.removeLast();
    builder.appendRange(source, 4, 9);
    const built = builder.build();
    expect(built.text).toBe('utvikle');
    expect(built.offsets[2]).toBe(4);
    expect(built.offsets[built.text.length]).toBe(9);
  });
});

describe('toOriginalSpan', () => {
  it('gives the original passage, removed hyphen and newline included, for a cleaned span', () => {
    const original = 'ev. ut-\nvikle norm';
    const builder = new MappedTextBuilder();
    const source = identityText(original);
    builder.appendRange(source, 0, 7);
    builder.removeLast();
    builder.appendRange(source, 8, original.length);
    const cleaned = builder.build();
    const start = cleaned.text.indexOf('utvikle');
    const span = toOriginalSpan(cleaned, start, start + 'utvikle'.length);
    expect(original.slice(span.start, span.end)).toBe('ut-\nvikle');
  });

  it('refuses a span outside the cleaned text', () => {
    const cleaned = identityText('abc');
    expect(() => toOriginalSpan(cleaned, 2, 5)).toThrow(/outside the cleaned text/);
    expect(() => toOriginalSpan(cleaned, 2, 1)).toThrow(/outside the cleaned text/);
  });
});
