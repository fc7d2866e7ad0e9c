/**
 * Whose sum a sentence states. A question asking for a sum names what the sum is of or for besides the words that frame it as
 * a sum («Hva er budsjettet til Helsereformutvalget?»: the committee; «budsjettet» only says that a sum is asked); a sentence
 * stating a sum that carries none of those words states the sum of something else («Regjeringens budsjettforslag for 2020
 * innebærer 707 mill. kroner til digitaliseringstiltak.»), as `countApart` (compose) reads a count of another thing.
 * @module
 */
import { matchStrength, type QueryWord, type TermSet } from '../retrieval/evidence';

/**
 * The words that frame a question for a sum of money rather than name what it is of (bokmål, nynorsk, English; by lemma): money
 * and its units, the sum and its kinds, and the verbs of costing, paying, spending, granting and getting it. A closed class, as
 * `sumWords` (answer-type) reads the units a sentence states a sum in.
 */
const moneyFrame = new RegExp(
  '^(?:' +
    [
      'penger|pengar|peng|midler|midlar|middel|krone|kroner|kr|øre|mill|million|millionar|milliard|milliardar|mrd|euro|dollar',
      'beløp|sum|pris|kostnad|utgift|budsjett|bevilgning|løyving|tilskudd|tilskot|støtte|finansiering|total|totalt|samlet|samla|samlede',
      'koste|kosta|betale|betala|bruke|bruka|bevilge|løyve|gi|få|legge|sette|spare|tjene',
      'money|krone|crown|amount|sum|price|cost|costs|expense|budget|grant|funding|fund|funds|total',
      'pay|spend|give|get|set|put|save|earn|allocate',
      'mye|mykje|mange|much|many|mer|meir|more|år|året|årleg|årlig|year|annual|annually|per|hver|kvar|each',
      // the stems the analyser gives their forms («kroner» → kron, «kostet» → kost, «årlig» → årl)
      'kron|peng|kost|kostn|betal|bruk|brukt|bevilg|løyv|tilskud|finansier|utgift|spar|årl',
    ].join('|') +
    ')$',
  'iu',
);

/** Whether a question word only frames the question for a sum (`moneyFrame`): one of its lemmas, or the word itself, is of that class. */
export const framesSum = (stem: string, word: QueryWord | undefined): boolean =>
  moneyFrame.test(stem) || (word?.lemmas ?? []).some((lemma) => moneyFrame.test(lemma));

/** How well a sentence must carry a word of what the sum is of: in any way, a thesaurus synonym included. */
const carriedCredit = 0.5;

/** A question word and its weight (its lemma's where lighter: see compose's `lemmaWeightOf`). */
export interface WeighedWord {
  stem: string;
  word: QueryWord | undefined;
  weight: number;
}

/**
 * Whether the sentences stating a sum (`stating`, their terms) all state the sum of something else: none of them, nor the
 * heading over them (`heading`), carries a word of what the question asks the sum of — its own words (`words`) that do not
 * frame it as a sum (`framesSum`) and weigh at least half the weightiest of those. False when there is no such word or no
 * sentence states a sum.
 */
export const sumOfOther = (words: readonly WeighedWord[], stating: readonly TermSet[], heading: TermSet): boolean => {
  const owners = words.filter(({ stem, word }) => !framesSum(stem, word));
  const heaviest = Math.max(0, ...owners.map(({ weight }) => weight));
  const topic = owners.filter(({ weight }) => weight > 0 && weight >= 0.5 * heaviest);
  if (topic.length === 0 || stating.length === 0) return false;
  const carries = (set: TermSet): boolean => topic.some(({ stem, word }) => matchStrength(stem, word, set) >= carriedCredit);
  return !carries(heading) && !stating.some(carries);
};
