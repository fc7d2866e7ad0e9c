import { describe, expect, it } from 'vitest';
import { analyze } from '@kildesvar/core';
import { askedStems, fitAssociations, type Pairing, stretches } from './word-association-fit';

/** A pairing of one question's stems with its gold quote's, on its own stretch of text unless `file`/`start` say otherwise. */
const pairing = (question: string[], quote: string[], file: string, start = 0): Pairing => ({ question, quote, file, start, end: start + 100 });

/** Stretches on which no pair should be kept: they make the learned stems rare among gold quotes at large. */
const fillers = Array.from({ length: 15 }, (_, index) => pairing(['fyll'], ['annet'], `f${index}.txt`));

describe('stretches', () => {
  it('counts questions on overlapping quotes of one file once, and quotes of other files or further on apart', () => {
    const grouped = stretches([
      pairing(['innkjøp'], ['anskaff'], 'a.txt', 0),
      pairing(['kjøp'], ['anskaff', 'utstyr'], 'a.txt', 50),
      pairing(['innkjøp'], ['anskaff'], 'a.txt', 500),
      pairing(['innkjøp'], ['anskaff'], 'b.txt', 0),
    ]);
    expect(grouped).toHaveLength(3);
    expect([...(grouped[0]?.question ?? [])].sort()).toEqual(['innkjøp', 'kjøp']);
    expect([...(grouped[0]?.quote ?? [])].sort()).toEqual(['anskaff', 'utstyr']);
  });
});

describe('fitAssociations', () => {
  const learned = [
    ...['a', 'b', 'c'].map((file) => pairing(['innkjøp', 'skol'], ['anskaff', 'skol'], `${file}.txt`)),
    ...['d', 'e'].map((file) => pairing(['kjøp'], ['anskaff'], `${file}.txt`)),
    pairing(['utgift'], ['kostnad'], 'g.txt'),
    ...fillers,
  ];

  it('keeps a pair two stretches support for a search, three for an answer, and none one supports', () => {
    const fitted = fitAssociations(learned, () => true);
    expect(fitted.quotes).toBe(21);
    expect(fitted.associates.innkjøp).toEqual(['anskaff']);
    expect(fitted.answering.innkjøp).toEqual(['anskaff']);
    expect(fitted.associates.kjøp).toEqual(['anskaff']);
    expect(fitted.answering.kjøp).toBeUndefined();
    expect(fitted.associates.utgift).toBeUndefined();
  });

  it('pairs no stem the quote writes too, and no quote stem the corpus lacks', () => {
    const fitted = fitAssociations(learned, (stem) => stem !== 'anskaff');
    expect(fitted.associates.skol).toBeUndefined();
    expect(fitted.associates.innkjøp).toBeUndefined();
  });

  it('keeps no pair whose quote stem is as common beside the question stem as in gold quotes at large', () => {
    // «annet» is written by 15 of 21 stretches' quotes: beside «fyll» it is no likelier than anywhere (lift 1.4 < 4).
    expect(fitAssociations(learned, () => true).associates.fyll).toBeUndefined();
  });
});

describe('askedStems', () => {
  const knowledge = { lemmasOf: () => [], isFiniteVerb: () => null };

  it('pairs no word of the question frame nor the noun of a complex preposition, and keeps the words asked about', () => {
    const question = 'Hva mener KS skal skje med innkjøpene i løpet av 2010?';
    const stems = analyze(question);
    expect(stems).toEqual(expect.arrayContaining(['men', 'løp', 'innkjøp']));
    const asked = askedStems(question, stems, knowledge);
    expect(asked).toContain('innkjøp');
    expect(asked).not.toContain('men');
    expect(asked).not.toContain('løp');
  });

  it('pairs a frame word the question writes with nothing, and no frame word of the quotes with the words asked about', () => {
    const framed = ['a', 'b', 'c'].map((file) => ({ ...pairing(['men', 'innkjøp'], ['anskaff'], `${file}.txt`), asked: ['innkjøp'] }));
    const quoteFramed = ['d', 'e', 'f'].map((file) => ({ ...pairing(['gjeld', 'utgift'], ['kostnad', 'gjeld'], `${file}.txt`), asked: ['utgift'] }));
    const fitted = fitAssociations([...framed, ...quoteFramed, ...fillers], () => true);
    expect(fitted.associates.men).toBeUndefined();
    expect(fitted.associates.innkjøp).toEqual(['anskaff']);
    expect(fitted.associates.utgift).toEqual(['kostnad']);
  });
});
