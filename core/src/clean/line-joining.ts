import type { Lexicon } from './lexicon';
import type { SourceLine } from './lines';

/**
 * Whether a line continues the one before it. Extracted PDFs wrap paragraphs at a fixed width
 * (000, 002), sometimes double-spaced with a blank line after every line (004); exported
 * documents hold one paragraph per line (001, 003). The same rules serve all of them:
 * - list items, numbered items and capitalised headings start anew;
 * - a line starting in lowercase continues (the blank lines of 004 notwithstanding);
 * - after a comma, semicolon or dash the sentence goes on;
 * - after sentence-final punctuation a new paragraph starts, unless the line runs to the margin
 *   of a wrapped paragraph (a sentence that happens to end at the line end);
 * - otherwise (no closing punctuation, next line capitalised) the line continues only when it
 *   ends with a function word ("… gjennomføring av" / "Program for …"), or when it runs to the
 *   full wrap width and the next line starts with a name or an acronym ("… Norsk Helsenett" / "SF.").
 *   Everything else — "Altinn" / "Altinn er …", "Status og utfordringer" / "Elektronisk …" —
 *   is a heading or a paragraph end.
 */
export type Join = { kind: 'paragraph' } | { kind: 'item' } | { kind: 'space' } | { kind: 'direct' } | { kind: 'hyphen'; leftToken: string; rightWord: string };

export interface PreviousLine {
  line: SourceLine;
  /** The line's body with blanks collapsed, as emitted. */
  text: string;
  /** The line belongs to a list item. */
  inItem: boolean;
  /** The line opened a numbered item or a list item (its marker is on it). */
  opensItem: boolean;
  /** The longest of this line and the few content lines before it: the local wrap width. */
  localWidth: number;
}

export interface DocumentShape {
  /** Typical length of a full wrapped line (90th percentile of line lengths). */
  wrapWidth: number;
  /** Lines are wrapped at a fixed width (a PDF), not one paragraph per line. */
  hardWrapped: boolean;
  /** How many blank lines a wrapped paragraph has between its lines: 0, or 1 when double-spaced. */
  softBlanks: number;
}

/** Words a sentence does not end with: prepositions, conjunctions, articles, the infinitive mark. */
const FUNCTION_WORDS = new Set(
  (
    'og eller i av for til med ved innen innenfor over om på som fra frå mot under etter at en et ei ein eit når hvor kor ' +
    'samt men enn mellom gjennom hos uten utan blant mens både å the of and to in'
  ).split(' '),
);
/** Abbreviations that do not end a sentence ("mv." and "osv." often do, so they are not here). */
const ABBREVIATIONS = /(?:^|\s)(?:bl\.a\.|f\.eks\.|ev\.|evt\.|jf\.|inkl\.|nr\.|ca\.|kap\.|dvs\.|pr\.|tlf\.|mht\.|St\.meld\.|St\.prp\.)$/i;
/** Ends with a full stop, question or exclamation mark or colon, maybe inside quotes or brackets. */
export const SENTENCE_END = /[.!?:]["'»”’)\]]*$/;
const CONTINUING_END = /(?:[,;&/]|\s[-–—])$/;
const URL_TOKEN = /(?:https?:\/\/|www\.)\S+$|\S+@\S*$/;
const URL_ONLY = /^\(?(?:https?:\/\/|www\.)\S+\)?$/;

const lastToken = (text: string): string => text.slice(text.lastIndexOf(' ') + 1);
/** The first word, past opening brackets and quotes: "(f.eks. fastlegene)" starts with "f". */
const firstWord = (text: string): string => /^[(«"“'[]*([\p{L}\d]+)/u.exec(text)?.[1] ?? '';
const startsLowercase = (text: string): boolean => {
  const word = firstWord(text);
  return /^\p{Ll}/u.test(word) && !/\p{Lu}/u.test(word);
};
const isAcronym = (word: string): boolean => word.length >= 2 && /^\p{Lu}[\p{Lu}\d]+$/u.test(word);

/** A short capitalised line without closing punctuation, such as "Innholdsfortegnelse". */
const looksLikeHeading = (text: string): boolean =>
  text.length <= 40 && /^[\p{Lu}\d]/u.test(text) && !SENTENCE_END.test(text) && !FUNCTION_WORDS.has(lastToken(text).toLowerCase());

export const decideJoin = (previous: PreviousLine, next: SourceLine, blanks: number, shape: DocumentShape, lexicon: Lexicon): Join => {
  const before = previous.text;
  const after = next.body;
  if (next.kind === 'bullet') return { kind: 'item' };
  if (next.kind === 'numbered' || next.kind === 'heading' || previous.line.kind === 'heading') return { kind: 'paragraph' };
  if (URL_ONLY.test(before)) return { kind: 'paragraph' };
  if (next.kind === 'dash') {
    // Only wrapped text can carry a dash over from the line before ("«arbeidsplass»" / "– en læringsarena").
    const listContext = !shape.hardWrapped || previous.inItem || previous.opensItem || SENTENCE_END.test(before) || looksLikeHeading(before);
    if (listContext) return { kind: 'item' };
    return { kind: 'space' };
  }

  // A word split at a line-end hyphen: "ut-" / "vikle", "IKT-løs-" / "ning", "helse-" / "og".
  if (/[\p{L}\d]-$/u.test(before) && startsLowercase(after)) {
    return { kind: 'hyphen', leftToken: lastToken(before), rightWord: firstWord(after) };
  }
  if (/\d-$/.test(before) && /^\d/.test(after)) return { kind: 'direct' };
  // A URL or e-mail address broken after "/", "_" or "@": "norm_for_" / "informasjonssikkerhet_i_…".
  const wrappedUrl = shape.hardWrapped && blanks === 0 && !next.pageStart && /[/_@]$/.test(before) && URL_TOKEN.test(lastToken(before));
  if (wrappedUrl && /^[\p{Ll}\d]/u.test(after)) return { kind: 'direct' };

  const abbreviation = ABBREVIATIONS.test(before);
  const sentenceEnd = SENTENCE_END.test(before) && !abbreviation;
  // A URL line after a finished sentence is a reference of its own.
  if (sentenceEnd && URL_ONLY.test(after)) return { kind: 'paragraph' };
  // A page that opens in lowercase after a finished sentence continues text lost elsewhere (000).
  if (startsLowercase(after)) return sentenceEnd && next.pageStart ? { kind: 'paragraph' } : { kind: 'space' };
  if (CONTINUING_END.test(before)) return { kind: 'space' };
  if (abbreviation && blanks <= shape.softBlanks + 1) return { kind: 'space' };
  if (sentenceEnd) {
    // A wrapped line that runs to the margin and happens to end a sentence: the paragraph goes on.
    const lineLength = previous.line.bodyEnd - previous.line.bodyStart;
    const atMargin = shape.hardWrapped && /[.!?]["'»”’)\]]*$/.test(before) && lineLength >= 0.85 * previous.localWidth;
    return atMargin && blanks <= shape.softBlanks && !next.pageStart ? { kind: 'space' } : { kind: 'paragraph' };
  }

  // No closing punctuation and a capitalised next line: a heading, or a sentence going on.
  if (blanks <= shape.softBlanks + 1 && FUNCTION_WORDS.has(lastToken(before).toLowerCase())) return { kind: 'space' };
  const word = firstWord(after);
  const isName = word.length > 0 && (isAcronym(word) || !lexicon.isCommonWord(word));
  const fullWidth = previous.line.bodyEnd - previous.line.bodyStart >= 0.6 * shape.wrapWidth;
  if (isName && fullWidth && blanks <= shape.softBlanks && !previous.opensItem) return { kind: 'space' };
  return { kind: 'paragraph' };
};
