import type { CleanedText } from './mapped-text';

/**
 * One physical line of a (character-normalised) document, classified by how it starts:
 * - `bullet`: a bullet glyph (•, ▪, private-use glyphs such as U+F06E, U+FFFD) at its start, or
 *   misplaced at its end followed by a tab (`søknad om kommunale tjenester•\t`);
 * - `dash`: starts with "- " or "– ": a list item, or a dash that continues a sentence;
 * - `numbered`: `1 I løpet av …`, `1. Innledning`, footnote lines `9 GSI 2004 …`, or a misplaced
 *   number at the end (`… mellom kommunene 1.\t`);
 * - `heading`: a short line in capitals (MÅL, TILTAK, FRAMTIDSBILDE);
 * - `furniture`: a page number (`Side 5`), dropped;
 * - `blank`, `text`.
 * `bodyStart`/`bodyEnd` index the source text: what is emitted, without glyphs and outer blanks.
 */
export type LineKind = 'blank' | 'furniture' | 'bullet' | 'dash' | 'numbered' | 'heading' | 'text';

export interface SourceLine {
  kind: LineKind;
  bodyStart: number;
  bodyEnd: number;
  /** The body as written (tabs and space runs not yet collapsed). */
  body: string;
  /** Where the marker stood (the bullet glyph, or the body start for a misplaced marker). */
  markerAt: number;
  /** The original line began with a blank: in these extractions, the first line of a page. */
  pageStart: boolean;
}

/** Private-use symbols (U+F06E, U+F0B7 in 002 and 003) and U+FFFD: glyphs of symbol fonts the text lost. */
export const PRIVATE_GLYPHS = '\\uE000-\\uF8FF\\uFFFD';
const BULLET_GLYPHS = `•▪◦●■□►‣⁃∙${PRIVATE_GLYPHS}`;
const leadingBullet = new RegExp(`^[${BULLET_GLYPHS}][ \\t]*`, 'u');
const trailingMarker = /[ \t]*(•|\d{1,2}\.)\t[ \t]*$/;
const leadingDash = /^[-–—][ \t]+(?=\S)/;
const numbered = /^\d{1,2}\.?[ \t]+(?:[^\s\p{Ll}]|https?:|www\.)/u;
const pageNumber = /^(?:(?:[Ss]ide|Page)[ \t]+\d{1,4}|\d{1,3})$/;
const capitalsHeading = /^[\p{Lu}\d][\p{Lu}\d &/:-]*$/u;

const glyphsAndBlanks = new RegExp(`[${BULLET_GLYPHS}\\s]`, 'gu');

const classify = (content: string): { kind: LineKind; skip: number } => {
  if (content.replace(glyphsAndBlanks, '').length === 0) return { kind: 'blank', skip: 0 };
  if (pageNumber.test(content)) return { kind: 'furniture', skip: 0 };
  const bullet = leadingBullet.exec(content);
  if (bullet) return { kind: 'bullet', skip: bullet[0].length };
  const dash = leadingDash.exec(content);
  if (dash) return { kind: 'dash', skip: dash[0].length };
  if (numbered.test(content)) return { kind: 'numbered', skip: 0 };
  const letters = content.replace(/[^\p{L}]/gu, '');
  if (content.length <= 40 && letters.length >= 2 && capitalsHeading.test(content)) return { kind: 'heading', skip: 0 };
  return { kind: 'text', skip: 0 };
};

export const splitLines = (source: CleanedText): SourceLine[] => {
  const lines: SourceLine[] = [];
  const { text } = source;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    let raw = text.slice(lineStart, lineEnd);
    let misplaced: string | null = null;
    const trailing = trailingMarker.exec(raw);
    if (trailing && trailing.index > 0) {
      misplaced = trailing[1] ?? null;
      raw = raw.slice(0, trailing.index);
    }
    const leading = raw.length - raw.trimStart().length;
    const content = raw.trim();
    let { kind, skip } = classify(content);
    if (misplaced && kind !== 'blank') kind = misplaced === '•' ? 'bullet' : 'numbered';
    const contentStart = lineStart + leading;
    const bodyStart = contentStart + skip;
    const bodyEnd = contentStart + content.length;
    lines.push({
      kind,
      bodyStart,
      bodyEnd,
      body: text.slice(bodyStart, bodyEnd),
      markerAt: skip > 0 ? contentStart : bodyStart,
      pageStart: leading > 0,
    });
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return lines;
};
