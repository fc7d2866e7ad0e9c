import { describe, expect, it } from 'vitest';
import { matchStrength } from './evidence';
import { termSetOf } from './indexed-chunk';
import { prepareQuery } from './query';
import { answerAssociations, fittedAssociations, searchAssociations, withAssociates, type AssociationReading } from './word-associations';

const model: AssociationReading = { table: { innkjøp: ['anskaff'] }, credit: 0.5 };

describe('withAssociates', () => {
  it('gives a question word the corpus stems the table learned for its stem', () => {
    const terms = withAssociates(prepareQuery('Hvem står for innkjøp av utstyr?', null).terms, model);
    const index = terms.stems.indexOf('innkjøp');
    expect(index).toBeGreaterThanOrEqual(0);
    expect(terms.words?.[index]?.associates).toEqual(['anskaff']);
  });

  it('returns the same terms when the table knows none of their stems', () => {
    const terms = prepareQuery('Hva er målet for Norsk Helsenett?', null).terms;
    expect(withAssociates(terms, model)).toBe(terms);
  });

  it('lets a passage writing the learned associate carry the word when passages are ordered', () => {
    const terms = withAssociates(prepareQuery('Hvem står for innkjøp av utstyr?', null).terms, model);
    const index = terms.stems.indexOf('innkjøp');
    const sentence = termSetOf('Skolene gjør anskaffelser selv.');
    expect(matchStrength('innkjøp', terms.words?.[index], sentence)).toBe(0.5);
    expect(matchStrength('innkjøp', prepareQuery('Hvem står for innkjøp av utstyr?', null).terms.words?.[index], sentence)).toBe(0);
  });

  it('commits a fitted table whose associates are corpus stems other than the question stem', () => {
    const entries = Object.entries(fittedAssociations.associates);
    expect(entries.length).toBeGreaterThan(0);
    for (const [stem, associates] of entries) expect(associates).not.toContain(stem);
  });

  it('orders an answer by the better-supported pairs only, at less credit than a search', () => {
    // Every stem with a pair three stretches support has it at two too (its list there may keep three more confident ones).
    for (const stem of Object.keys(fittedAssociations.answering)) expect(fittedAssociations.associates[stem]?.length).toBeGreaterThan(0);
    expect(Object.keys(fittedAssociations.answering).length).toBeLessThan(Object.keys(fittedAssociations.associates).length);
    expect(answerAssociations.credit).toBeLessThan(searchAssociations.credit);
  });
});
