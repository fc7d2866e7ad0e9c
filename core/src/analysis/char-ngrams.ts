/** Marks a word's beginning and end, so that `^hel` (a word starting with "hel") differs from `hel` inside one. */
export const WORD_START = '^';
export const WORD_END = '$';

/**
 * The character n-grams of one word, padded with boundary markers: `charNgrams('nett')` →
 * `['^net', 'nett', 'ett$']`. A padded word shorter than `n` is its own single gram. Give it the
 * lowercased, nynorsk-normalised, unstemmed word; the n-grams let `journalsystem` meet `pasientjournal`
 * and `helsenett` meet `Norsk Helsenett` where stems of compounds differ.
 */
export const charNgrams = (term: string, n = 4): string[] => {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`n-gram size must be a positive integer, got ${n}`);
  }
  const characters = [WORD_START, ...term.normalize('NFC').toLowerCase(), WORD_END];
  if (characters.length <= n) return [characters.join('')];
  const grams: string[] = [];
  for (let index = 0; index + n <= characters.length; index += 1) {
    grams.push(characters.slice(index, index + n).join(''));
  }
  return grams;
};
