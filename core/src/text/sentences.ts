/**
 * Sentence segmentation for Norwegian policy text: Intl.Segmenter, plus the abbreviations
 * it does not know (f.eks., bl.a., ev., jf. …), and a hard break at every line break, so a
 * list item or heading is a unit of its own.
 */
export interface SentenceSpan {
  start: number;
  end: number;
}

// biome-ignore format: a word list reads best as rows of words
const abbreviations = new Set(
  [
    'f.eks', 'bl.a', 'ev', 'evt', 'jf', 'jfr', 'pr', 'ca', 'nr', 'kap', 'mill', 'mrd', 'inkl', 'ekskl',
    'dvs', 't.o.m', 'adm', 'dir', 'st.meld', 'stmeld', 'prop', 'nou', 'ref', 'iht', 'i.h.t', 'vedr', 'kl', 'tlf', 'bl', 'dr', 'jan', 'feb', 'mar', 'apr', 'aug',
    'sep', 'sept', 'okt', 'nov', 'des', 'avd', 'fig', 'tab', 'ift', 'mht', 'vs', 'e.g', 'i.e',
  ].map((abbreviation) => abbreviation.toLowerCase()),
);
// «osv.», «m.m.», «etc.», «o.l.», «mv.» usually close a list at the end of a sentence: not listed, so they may end one.

const segmenter = new Intl.Segmenter('nb', { granularity: 'sentence' });

const endsWithAbbreviation = (segment: string): boolean => {
  const match = /(\S+)\.\s*$/.exec(segment);
  if (!match) return false;
  const word = (match[1] ?? '').toLowerCase().replace(/^[(«"'“]+/, '');
  return abbreviations.has(word) || /^\p{L}$/u.test(word);
};

/** Splits `text` into sentence spans (offsets into `text`), trimmed of surrounding whitespace. */
export const splitSentences = (text: string, from = 0, to = text.length): SentenceSpan[] => {
  const spans: SentenceSpan[] = [];
  const lineBreak = /\n+/g;
  let lineStart = from;
  const pushLine = (start: number, end: number): void => {
    const slice = text.slice(start, end);
    let pending: SentenceSpan | null = null;
    for (const part of segmenter.segment(slice)) {
      const partStart = start + part.index;
      const partEnd = partStart + part.segment.length;
      pending = pending ? { start: pending.start, end: partEnd } : { start: partStart, end: partEnd };
      if (!endsWithAbbreviation(part.segment)) {
        pushTrimmed(pending);
        pending = null;
      }
    }
    if (pending) pushTrimmed(pending);
  };
  const pushTrimmed = (span: SentenceSpan): void => {
    let { start, end } = span;
    while (start < end && /\s/.test(text.charAt(start))) start += 1;
    while (end > start && /\s/.test(text.charAt(end - 1))) end -= 1;
    if (end > start) spans.push({ start, end });
  };
  lineBreak.lastIndex = from;
  for (let match = lineBreak.exec(text); match && match.index < to; match = lineBreak.exec(text)) {
    pushLine(lineStart, match.index);
    lineStart = match.index + match[0].length;
  }
  if (lineStart < to) pushLine(lineStart, to);
  return spans;
};
