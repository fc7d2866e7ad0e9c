import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { termSetOf } from '../retrieval/indexed-chunk';
import { carriesWordQuoteLacks } from './word-quote-lacks';

describe('carriesWordQuoteLacks', () => {
  const stems = analyze('når kom strategien for digital sikkerhet');
  const weights = stems.map(() => 1);
  const verbs = new Set(analyze('kom'));
  const quote = termSetOf('I januar 2019 la regjeringen frem en nasjonal strategi for digital sikkerhet.');

  it('finds a sentence carrying only the question verb the quote lacks to carry nothing of the topic it lacks', () => {
    const other = termSetOf('Selv om digital ID gir bedre sikkerhet, kom sensitive opplysninger på avveie.');
    expect(carriesWordQuoteLacks(stems, undefined, weights, verbs, quote, other)).toBe(false);
  });

  it('finds the same sentence to carry a word the quote lacks when the verb is not left out', () => {
    const other = termSetOf('Selv om digital ID gir bedre sikkerhet, kom sensitive opplysninger på avveie.');
    expect(carriesWordQuoteLacks(stems, undefined, weights, new Set(), quote, other)).toBe(true);
  });

  it('finds a sentence carrying a topic word the quote lacks', () => {
    const narrower = termSetOf('I januar 2019 la regjeringen frem en nasjonal strategi.');
    const other = termSetOf('Digital sikkerhet er viktig for alle.');
    expect(carriesWordQuoteLacks(stems, undefined, weights, verbs, narrower, other)).toBe(true);
  });
});
