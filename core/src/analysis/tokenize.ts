import { itemAt } from '../collections/item-at';

/**
 * A word of the input: `text` is lowercased and NFC-normalised, `start`/`end` are JavaScript offsets
 * into the input (`input.slice(start, end)` is the original spelling).
 *
 * `kind` tells words, numbers and hyphenated compounds apart: "IKT-løsning" gives the parts `ikt` and
 * `løsning` (kind `part`) and then the joined `iktløsning` (kind `compound`) spanning both, so that a
 * query written `iktløsning`, `IKT-løsning` or `IKT løsning` meets the same text.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

export type TokenKind = 'word' | 'number' | 'part' | 'compound';

interface Piece {
  start: number;
  end: number;
  text: string;
}

/** A number with decimal or thousands separators ("230.000", "3.1") or a run of letters, marks and digits. */
const PIECE_PATTERN = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;
/** A hyphen (or an en dash without spaces) joining the parts of a compound: "IKT-løsning", "IKT–bransjen". */
const COMPOUND_JOINER = /^[-\u2010\u2011\u2013]$/u;
/** A hyphen at the end of a line that split one word in two by typesetting: "løs-\nning". */
const LINE_BREAK_HYPHEN = /^[-\u2010\u00AD][ \t]*\r?\n\s*$/u;
/** Words that follow a truncated compound at a line end ("arbeids-\nog velferdsetaten"): not a split word. */
const CONJUNCTIONS = new Set(['og', 'eller', 'samt', 'til', 'and', 'or']);
const NUMBER_PATTERN = /^\p{N}+(?:[.,]\p{N}+)*$/u;
const LOWERCASE_START = /^\p{Ll}/u;
const LOWERCASE_END = /\p{Ll}$/u;
const HAS_LETTER = /\p{L}/u;
const STARTS_WITH_LETTER = /^\p{L}/u;

const normalizeWord = (raw: string): string => raw.normalize('NFC').toLowerCase();

const scanPieces = (text: string): Piece[] => {
  const pieces: Piece[] = [];
  for (const match of text.matchAll(PIECE_PATTERN)) {
    const start = match.index;
    pieces.push({ text: normalizeWord(match[0]), start, end: start + match[0].length });
  }
  return pieces;
};

/** A word split over two lines by a typesetting hyphen: both halves lowercase, the second no conjunction. */
const isSplitWord = (input: string, left: Piece, right: Piece): boolean => {
  if (!LINE_BREAK_HYPHEN.test(input.slice(left.end, right.start))) return false;
  const leftRaw = input.slice(left.start, left.end);
  const rightRaw = input.slice(right.start, right.end);
  return LOWERCASE_END.test(leftRaw) && LOWERCASE_START.test(rightRaw) && !CONJUNCTIONS.has(right.text);
};

const repairLineBreakHyphens = (input: string, pieces: Piece[]): Piece[] => {
  const repaired: Piece[] = [];
  for (const piece of pieces) {
    const previous = repaired.at(-1);
    if (previous && isSplitWord(input, previous, piece)) {
      repaired[repaired.length - 1] = { text: previous.text + piece.text, start: previous.start, end: piece.end };
    } else {
      repaired.push(piece);
    }
  }
  return repaired;
};

const joinsCompound = (input: string, left: Piece, right: Piece): boolean =>
  COMPOUND_JOINER.test(input.slice(left.end, right.start)) && HAS_LETTER.test(left.text) && STARTS_WITH_LETTER.test(right.text);

const kindOf = (text: string): TokenKind => (NUMBER_PATTERN.test(text) ? 'number' : 'word');

const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * The one token `tokenize` gives for a word of letters only (one piece: no digit, mark, hyphen or space), without
 * scanning it with the piece pattern; null for any other text. Question words are looked up one by one (names).
 */
export const letterWordToken = (input: string): Token | null => {
  if (!LETTERS_ONLY.test(input)) return null;
  const text = normalizeWord(input);
  return { text, start: 0, end: input.length, kind: kindOf(text) };
};

/**
 * Splits text into lowercased words and numbers with their offsets. Punctuation separates words;
 * line-end hyphenation ("løs-\nning") is repaired into one word; hyphenated compounds give their parts
 * followed by the joined form. Years and numbers are kept ("2011", "230.000").
 */
export const tokenize = (input: string): readonly Token[] => {
  if (input === lastTokens.input) return lastTokens.tokens;
  const pieces = repairLineBreakHyphens(input, scanPieces(input));
  const tokens: Token[] = [];
  let index = 0;
  while (index < pieces.length) {
    let last = index;
    while (last + 1 < pieces.length && joinsCompound(input, itemAt(pieces, last), itemAt(pieces, last + 1))) last += 1;
    const group = pieces.slice(index, last + 1);
    const isCompound = group.length > 1;
    for (const piece of group) tokens.push({ ...piece, kind: isCompound ? 'part' : kindOf(piece.text) });
    if (isCompound) {
      tokens.push({
        text: group.map((piece) => piece.text).join(''),
        start: itemAt(group, 0).start,
        end: itemAt(group, group.length - 1).end,
        kind: 'compound',
      });
    }
    index = last + 1;
  }
  lastTokens = { input, tokens: Object.freeze(tokens) };
  return lastTokens.tokens;
};

/**
 * The input tokenised last and its tokens (frozen: callers only read them). A question is tokenised twice in a
 * row, to analyse it and to find its particle verbs (`WordKnowledge.particleVerbsIn`); the second is this one.
 * One entry only: it saves nothing across questions.
 */
let lastTokens: { input: string | undefined; tokens: readonly Token[] } = { input: undefined, tokens: [] };
