import { describe, expect, it } from 'vitest';
import { locateSentence } from './locate-sentence';

describe('locateSentence', () => {
  const original =
    'MÅL\n1 I løpet av 2009 skal alle kommuner, i samarbeid med den stat-\n\nlige arbeids- og velferdsetaten, ha etablert fullverdig IKT-løs-\nning ' +
    'for felles førstelinjekontorer.\n\nTILTAK';

  it('finds a cleaned sentence across hyphenated line breaks in the original', () => {
    const sentence =
      'I løpet av 2009 skal alle kommuner, i samarbeid med den statlige arbeids- og velferdsetaten, ha etablert fullverdig IKT-løsning for felles ' +
      'førstelinjekontorer.';
    const span = locateSentence(original, { start: 0, end: original.length }, sentence);
    expect(span && original.slice(span.start, span.end)).toMatch(/^I løpet av 2009 .* førstelinjekontorer$/s);
  });

  it('skips footnote digits that the cleaner removed', () => {
    const text = 'I andre kommuner må flere enn 20 elever dele på hver PC9, og mange steder brukes utstyret minimalt.';
    const span = locateSentence(text, { start: 0, end: text.length }, 'flere enn 20 elever dele på hver PC, og mange steder brukes utstyret minimalt.');
    expect(span && text.slice(span.start, span.end)).toBe('flere enn 20 elever dele på hver PC9, og mange steder brukes utstyret minimalt');
  });

  it('returns null for a sentence that is not in the passage', () => {
    expect(locateSentence(original, { start: 0, end: original.length }, 'Noe helt annet står her.')).toBeNull();
  });
});
