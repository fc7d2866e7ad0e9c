import { rewrite, type CleanedText } from './mapped-text';

/**
 * Footnote reference markers removed from running text, only where the document itself gives the
 * evidence, because a wrong removal loses a fact ("News2" is a clinical score, not footnote 2):
 * - superscript digits (`eNorge-planen ¹⁾ og`) are always markers;
 * - a number glued to a word, a closing bracket or a full stop (`PC9,`, `(ITU)10 har`, `KS11 at`,
 *   `hefte.12 Veiledningsheftet`) is a marker when a footnote line starting with that number
 *   (`9 GSI 2004, UFD …`) follows within the same stretch of text (page);
 * - ` 1)` after a word is a marker when a footnote line `1) …` follows.
 */
export interface FootnoteRemoval {
  text: CleanedText;
  removed: number;
}

/** How far after its marker a footnote line may stand: a generous page of extracted text. */
const FOOTNOTE_WINDOW = 8000;

const superscriptMarker = / ?[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+[\u207D\u207E]?|[\u207D\u207E]/g;
const gluedMarker = /(?<=[\p{L}).”»’"])\d{1,2}(?=[\s,.;:)]|$)/gmu;
const parenthesisedMarker = /(?<=\S) (\d{1,2})\)(?=[\s.,;:*]|$)/gm;
const plainFootnoteLine = /^[ \t]*(\d{1,2})[ \t]+(?=\S)/gm;
const parenthesisedFootnoteLine = /^[ \t]*(?:[-–] )?(\d{1,2})\)/gm;
const urlLike = /[/@%=#_]|www\.|:\/\//;

const linePositions = (text: string, pattern: RegExp): Map<number, number[]> => {
  const positions = new Map<number, number[]>();
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const number = Number(match[1]);
    positions.set(number, [...(positions.get(number) ?? []), match.index]);
  }
  return positions;
};

const footnoteFollows = (positions: Map<number, number[]>, number: number, markerAt: number): boolean =>
  (positions.get(number) ?? []).some((lineAt) => lineAt > markerAt && lineAt - markerAt <= FOOTNOTE_WINDOW);

const tokenAround = (text: string, index: number): string => {
  let start = index;
  let end = index;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start -= 1;
  while (end < text.length && !/\s/.test(text.charAt(end))) end += 1;
  return text.slice(start, end);
};

const isGluedMarker = (text: string, match: RegExpExecArray, footnoteLines: Map<number, number[]>): boolean => {
  const before = text[match.index - 1];
  // After a full stop only when a word or bracket ends the sentence: "2.0" and "kap.3.2" are numbers.
  if (before === '.' && !/[\p{L})”»’"]/u.test(text[match.index - 2] ?? '')) return false;
  // "2.5" style decimals: a glued number followed by a dot and a digit is part of a number.
  if (text[match.index + match[0].length] === '.' && /\d/.test(text[match.index + match[0].length + 1] ?? '')) return false;
  if (urlLike.test(tokenAround(text, match.index))) return false;
  return footnoteFollows(footnoteLines, Number(match[0]), match.index);
};

export const removeFootnoteMarkers = (source: CleanedText): FootnoteRemoval => {
  let removed = 0;
  const count = (): string => {
    removed += 1;
    return '';
  };
  const withoutSuperscripts = rewrite(source, superscriptMarker, count);

  const plainLines = linePositions(withoutSuperscripts.text, plainFootnoteLine);
  const withoutGlued = rewrite(withoutSuperscripts, gluedMarker, (match) => (isGluedMarker(withoutSuperscripts.text, match, plainLines) ? count() : match[0]));

  const parenthesisedLines = linePositions(withoutGlued.text, parenthesisedFootnoteLine);
  const text = rewrite(withoutGlued, parenthesisedMarker, (match) => (footnoteFollows(parenthesisedLines, Number(match[1]), match.index) ? count() : match[0]));
  return { text, removed };
};
