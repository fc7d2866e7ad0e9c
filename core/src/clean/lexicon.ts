/**
 * The evidence the cleaner decides hyphens with: lowercase word forms seen in the corpus itself
 * (with how often they occur), plus an optional word list (Debian's wnorwegian). Cleaning works
 * without the list; the corpus then is the only evidence.
 */
export interface Lexicon {
  /** How often the lowercase form occurs in the corpus (whole tokens and the parts of hyphenated ones). */
  corpusCount(word: string): number;
  /** Whether the lowercase form is in the word list. */
  inWordList(word: string): boolean;
  /** In the corpus or the word list. */
  has(word: string): boolean;
  /** Written in lowercase somewhere in the corpus, or a lowercase word-list entry: not a name or an acronym. */
  isCommonWord(word: string): boolean;
  readonly corpusWords: number;
  readonly wordListWords: number;
}

const lineEndHyphen = /\p{L}-$/u;
const combiningMark = /[\u0300-\u036F]/;
const wordShape = /^\p{L}(?:[\p{L}-]*\p{L})?$/u;

/** Word tokens of one text, leaving out both halves of words split across lines. */
export const corpusTokens = (text: string): string[] => {
  const tokens: string[] = [];
  let previousLineSplit = false;
  for (const line of text.split('\n')) {
    const rawTokens = line.split(/[\s/]+/).filter(Boolean);
    if (rawTokens.length === 0) continue;
    rawTokens.forEach((raw, index) => {
      if (index === 0 && previousLineSplit) return;
      if (index === rawTokens.length - 1 && lineEndHyphen.test(raw)) return;
      const token = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (wordShape.test(token)) tokens.push(token);
    });
    previousLineSplit = lineEndHyphen.test(rawTokens.at(-1) ?? '');
  }
  return tokens;
};

const isLowercase = (token: string): boolean => token === token.toLowerCase() && token !== token.toUpperCase();

export const buildLexicon = (corpusTexts: string[], wordList?: Iterable<string>): Lexicon => {
  const counts = new Map<string, number>();
  const common = new Set<string>();
  const add = (form: string, lowercase: boolean): void => {
    const key = form.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (lowercase) common.add(key);
  };
  for (const text of corpusTexts) {
    for (const token of corpusTokens(text.normalize('NFC'))) {
      add(token, isLowercase(token));
      if (token.includes('-')) for (const part of token.split('-')) if (part) add(part, isLowercase(part));
    }
  }
  // One map for the list (it can hold a million forms): true when some entry is written in lowercase.
  const listed = new Map<string, boolean>();
  for (const entry of wordList ?? []) {
    const word = combiningMark.test(entry) ? entry.trim().normalize('NFC') : entry.trim();
    if (!word) continue;
    const lower = word.toLowerCase();
    if (lower === word) listed.set(lower, true);
    else if (!listed.has(lower)) listed.set(lower, false);
  }
  const key = (word: string): string => word.normalize('NFC').toLowerCase();
  return {
    corpusCount: (word) => counts.get(key(word)) ?? 0,
    inWordList: (word) => listed.has(key(word)),
    has: (word) => counts.has(key(word)) || listed.has(key(word)),
    isCommonWord: (word) => common.has(key(word)) || listed.get(key(word)) === true,
    corpusWords: counts.size,
    wordListWords: listed.size,
  };
};
