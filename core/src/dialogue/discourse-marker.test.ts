import { describe, expect, it } from 'vitest';
import { withoutDiscourseMarker } from './discourse-marker';

describe('withoutDiscourseMarker', () => {
  it('drops an opening adverb of manner with a participle of saying, before a dash, colon or comma', () => {
    expect(withoutDiscourseMarker('Kort sagt – hva er målet?')).toBe('hva er målet?');
    expect(withoutDiscourseMarker('enkelt forklart: kva gjer tenesta?')).toBe('kva gjer tenesta?');
    expect(withoutDiscourseMarker('Og grovt oppsummert, hvem betaler?')).toBe('hvem betaler?');
  });

  it('drops a fixed phrase of the same use, English too', () => {
    expect(withoutDiscourseMarker('Med andre ord – hvem har ansvaret?')).toBe('hvem har ansvaret?');
    expect(withoutDiscourseMarker('In short: what is the point of it?')).toBe('what is the point of it?');
  });

  it('keeps a scene or a subject put first, and an adverbial inside the question', () => {
    expect(withoutDiscourseMarker('Kort om Altinn – hva er det?')).toBe('Kort om Altinn – hva er det?');
    expect(withoutDiscourseMarker('Korttjenesten – hva koster den?')).toBe('Korttjenesten – hva koster den?');
    expect(withoutDiscourseMarker('hva er kort sagt målet?')).toBe('hva er kort sagt målet?');
  });
});
