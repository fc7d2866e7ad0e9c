import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { termSetOf } from '../retrieval/indexed-chunk';
import { framesSum, sumOfOther } from './amount-owner';

const topicOf = (words: string) => analyze(words).map((stem) => ({ stem, word: undefined, weight: 1 }));
const noHeading = termSetOf('');

describe('framesSum', () => {
  it('reads the words of money, of costing and paying, and their stems as framing the question for a sum', () => {
    for (const word of ['kroner', 'penger', 'kostet', 'betale', 'budsjettet', 'årlig', 'totalt'])
      expect(analyze(word).every((stem) => framesSum(stem, undefined))).toBe(true);
  });

  it('reads the thing a sum is of as no frame', () => {
    for (const word of ['kodeverket', 'Helsereformutvalget', 'insentiv', 'lisensen'])
      expect(analyze(word).some((stem) => framesSum(stem, undefined))).toBe(false);
  });
});

describe('sumOfOther', () => {
  const stating = [termSetOf('Regjeringens budsjettforslag for 2020 innebærer 707 mill. kroner til digitaliseringstiltak.')];

  it('finds a sum stated of another thing than the one the question asks the sum of', () => {
    expect(sumOfOther(topicOf('budsjettet Helsereformutvalget'), stating, noHeading)).toBe(true);
  });

  it('finds the sum of the thing asked about when a stating sentence carries its word', () => {
    expect(sumOfOther(topicOf('budsjettet digitaliseringstiltak'), stating, noHeading)).toBe(false);
  });

  it('finds the sum of the thing asked about when the heading over the sentences carries its word', () => {
    expect(sumOfOther(topicOf('budsjettet Helsereformutvalget'), stating, termSetOf('Helsereformutvalget'))).toBe(false);
  });

  it('reads only the weightier words as what the sum is of', () => {
    const words = [...topicOf('digitaliseringstiltak'), { stem: analyze('Helsereformutvalget')[0] ?? '', word: undefined, weight: 3 }];
    expect(sumOfOther(words, stating, noHeading)).toBe(true);
  });

  it('tells nothing of a question whose every word frames it as a sum, or of sentences stating none', () => {
    expect(sumOfOther(topicOf('hvor mye kostet det i kroner'), stating, noHeading)).toBe(false);
    expect(sumOfOther(topicOf('Helsereformutvalget'), [], noHeading)).toBe(false);
  });
});
