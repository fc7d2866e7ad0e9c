/** Bump when the analysis changes what terms a text yields: the embedder is trained on them. */
export const ANALYZER_VERSION = 'nb-nn-snowball-v6';

import { normalizeNynorsk } from './normalize-nynorsk';
import { stem } from './stem';
import { isNorwegianStopword, isStopword } from './stopwords';
import { letterWordToken, tokenize, type Token, type TokenKind } from './tokenize';

/** One searchable term of a text with the place it came from. */
export interface AnalyzedTerm {
  /** Snowball stem of `word`: what the lexical index matches on. */
  stem: string;
  /** Lowercased, NFC, nynorsk-normalised word before stemming (the input to character n-grams). */
  word: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** Two or more letters, all capitals: «IT», «AS», «US» as written. */
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * A word is searched unless it is a single letter or a function word. An English function word
 * written in capitals is an acronym in a Norwegian text («IT-selskaper», «kommunenes IT», «IT-rådet»),
 * not the pronoun: only the Norwegian function words are dropped whatever their case.
 */
const isSearchable = (surface: string, written: string, word: string, kind: TokenKind): boolean => {
  if (kind === 'number') return true;
  if (word.length < 2) return false;
  if (ALL_CAPITALS.test(written)) return !isNorwegianStopword(surface) && !isNorwegianStopword(word);
  return !isStopword(surface) && !isStopword(word);
};

/** A token of `text` as a term: normalised, and stemmed unless it is not searched (null). */
const termOf = (text: string, token: Token): AnalyzedTerm | null => {
  const word = token.kind === 'number' ? token.text : normalizeNynorsk(token.text);
  if (!isSearchable(token.text, text.slice(token.start, token.end), word, token.kind)) return null;
  return { stem: stem(word), word, start: token.start, end: token.end, kind: token.kind };
};

/**
 * Tokenises, normalises nynorsk to bokmål, drops stopwords and single letters and stems, keeping
 * offsets into `text` for highlighting. Documents and queries go through the same steps.
 */
export const analyzeWithOffsets = (text: string): readonly AnalyzedTerm[] => {
  if (text === lastAnalysis.text) return lastAnalysis.terms;
  const terms: AnalyzedTerm[] = [];
  for (const token of tokenize(text)) {
    const term = termOf(text, token);
    if (term) terms.push(term);
  }
  lastAnalysis = { text, terms: Object.freeze(terms) };
  return lastAnalysis.terms;
};

/**
 * The text analysed last and its terms (frozen: every caller reads them only). A search analyses its query text
 * twice in a row, once to embed it and once for BM25 (the two routes take text, as a database store needs);
 * the second reading is this one. One entry only: it saves nothing across questions.
 */
let lastAnalysis: { text: string | undefined; terms: readonly AnalyzedTerm[] } = { text: undefined, terms: [] };

/** The stems of a text: `analyze('Kva er måla for kommunane?')` → `['mål', 'kommun']`. */
export const analyze = (text: string): string[] => analyzeWithOffsets(text).map((term) => term.stem);

/**
 * The stems of one word, as `analyze` gives them: a word of letters only is one token (`letterWordToken`) and is not
 * scanned by the tokeniser. For the question's words that are looked up one at a time (is it a name, which stems).
 */
export const analyzeWord = (word: string): string[] => {
  const token = letterWordToken(word);
  if (!token) return analyze(word);
  const term = termOf(word, token);
  return term ? [term.stem] : [];
};
