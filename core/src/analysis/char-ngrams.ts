/** Marks a word's beginning and end, so that `^hel` (a word starting with "hel") differs from `hel` inside one. */
export const WORD_START = '^';
export const WORD_END = '$';
const SURROGATE = /[\uD800-\uDFFF]/;

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
  const word = term.normalize('NFC').toLowerCase();
  const grams: string[] = [];
  // Without surrogate pairs every character is one code unit: the grams are slices of the padded string, not arrays
  // of characters joined (the same strings; every word of every query and document is cut here).
  if (!SURROGATE.test(word)) {
    const padded = `${WORD_START}${word}${WORD_END}`;
    if (padded.length <= n) return [padded];
    for (let index = 0; index + n <= padded.length; index += 1) grams.push(padded.slice(index, index + n));
    return grams;
  }
  const characters = [WORD_START, ...word, WORD_END];
  if (characters.length <= n) return [characters.join('')];
  for (let index = 0; index + n <= characters.length; index += 1) {
    grams.push(characters.slice(index, index + n).join(''));
  }
  return grams;
};
