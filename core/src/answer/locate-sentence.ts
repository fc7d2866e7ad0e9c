/**
 * Finds where a cleaned sentence stands in the original text of its passage. The cleaner joined
 * hyphenated words, collapsed whitespace and dropped footnote digits, so letters and digits are
 * matched in order while everything else in the original is skipped (and a digit the sentence
 * lacks, such as a footnote mark, is skipped too). Returns null when the sentence is not found.
 */
const isWordCharacter = (character: string): boolean => /[\p{L}\p{N}]/u.test(character);

export const locateSentence = (original: string, passage: { start: number; end: number }, sentence: string): { start: number; end: number } | null => {
  const wanted = [...sentence.toLowerCase()].filter(isWordCharacter);
  const [first] = wanted;
  if (first === undefined) return null;
  const slice = original.slice(passage.start, passage.end).toLowerCase();
  for (let from = slice.indexOf(first); from >= 0; from = slice.indexOf(first, from + 1)) {
    let position = from;
    let matched = 0;
    let last = from;
    while (position < slice.length && matched < wanted.length) {
      const character = slice.charAt(position);
      if (character === wanted[matched]) {
        matched += 1;
        last = position;
      } else if (isWordCharacter(character) && !/\p{N}/u.test(character)) break;
      position += 1;
    }
    if (matched === wanted.length) return { start: passage.start + from, end: passage.start + last + 1 };
  }
  return null;
};
