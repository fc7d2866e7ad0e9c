import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences';

const texts = (text: string) => splitSentences(text).map((span) => text.slice(span.start, span.end));

describe('splitSentences', () => {
  it('splits Norwegian sentences at full stops followed by a capital', () => {
    expect(texts('Mer enn 8 av 10 nordmenn har tilgang til Internett. Vi kommuniserer via epost.')).toEqual([
      'Mer enn 8 av 10 nordmenn har tilgang til Internett.',
      'Vi kommuniserer via epost.',
    ]);
  });

  it('does not split after Norwegian abbreviations', () => {
    const sentence = 'KS vil inngå rammeavtale med staten og ev. utvikle norm for samarbeid, bl.a. med NAV. Neste setning.';
    expect(texts(sentence)).toEqual(['KS vil inngå rammeavtale med staten og ev. utvikle norm for samarbeid, bl.a. med NAV.', 'Neste setning.']);
  });

  it('treats every line as a unit of its own', () => {
    expect(texts('MÅL\n\n- første punkt\n- andre punkt')).toEqual(['MÅL', '- første punkt', '- andre punkt']);
  });

  it('returns offsets into the text it was given, within the requested range', () => {
    const text = 'Innledning. Første setning. Andre setning.';
    const spans = splitSentences(text, 12, text.length);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['Første setning.', 'Andre setning.']);
  });
});

describe('splitSentences at list-closing abbreviations', () => {
  it('ends a sentence at «osv.» when a new sentence follows', () => {
    const text = 'Systemet støtter saksbehandling, ressursplanlegging, fakturering osv. KITH har utviklet EPJ-standarden.';
    expect(splitSentences(text).map((span) => text.slice(span.start, span.end))).toEqual([
      'Systemet støtter saksbehandling, ressursplanlegging, fakturering osv.',
      'KITH har utviklet EPJ-standarden.',
    ]);
  });
});
