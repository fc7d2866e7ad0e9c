/**
 * Recognises headings in cleaned text (one paragraph = one line): short lines without closing
 * punctuation (a question mark may close one) that are not list items. Capitalised keywords such as MÅL or TILTAK are
 * sub-headings under the nearest section heading.
 */
export type HeadingLevel = 'section' | 'sub';

const maxHeadingChars = 90;
const maxHeadingWords = 12;

export const headingLevel = (paragraph: string): HeadingLevel | null => {
  const line = paragraph.trim();
  if (line.length === 0 || line.length > maxHeadingChars || line.includes('\n')) return null;
  if (line.startsWith('- ')) return null;
  // A short question stands as a heading (a slide's «Kva er så digital kompetanse?»): what follows answers it.
  if (/[.,;!]$/.test(line) && !/^\d+(\.\d+)*\.\s/.test(line)) return null;
  if (line.split(/\s+/).length > maxHeadingWords) return null;
  if (!/^[\p{Lu}\d«"]/u.test(line)) return null;
  // «1 I løpet av 2009 skal …» is a numbered goal, not a heading.
  if (/^\d+\s+\p{Lu}\p{Ll}/u.test(line) && line.length > 40) return null;
  if (/^\d{1,2}(\.\d{1,2})?\s*[-–]\s*\d/.test(line)) return null;
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length === 0) return null;
  if (letters.length >= 3 && letters === letters.toUpperCase() && line.length <= 40) return 'sub';
  return 'section';
};

export interface HeadingState {
  section: string;
  sub: string;
}

export const applyHeading = (state: HeadingState, paragraph: string, level: HeadingLevel): HeadingState =>
  level === 'section' ? { section: paragraph.trim(), sub: '' } : { section: state.section, sub: paragraph.trim() };

export const headingText = (state: HeadingState): string => (state.section && state.sub ? `${state.section} – ${state.sub}` : state.section || state.sub);
