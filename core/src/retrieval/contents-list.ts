import { headingLevel } from '../chunk/headings';

/**
 * A chunk shaped as a table of contents: most of its lines are short titles with no sentence ending (a contents list, an
 * agenda of headings). Such a chunk names many topics and states none, so it wins on shared words alone. Judged by the
 * chunk's own layout (no library marks a PDF-to-text contents page); a prose chunk's wrapped lines run longer.
 */
const minimumLines = 10;
const longestTitle = 60;
const titleShare = 0.9;
const meanLineLength = 32;

const isTitleLine = (line: string): boolean => line.length <= longestTitle && !/[.!?,;]$/.test(line);

/** Whether the chunk text is laid out as a contents list: ≥ 10 lines, ≥ 90 % short title lines, 32 characters a line or fewer. */
export const isContentsList = (text: string): boolean => {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (lines.length < minimumLines) return false;
  const titles = lines.filter(isTitleLine).length;
  const characters = lines.reduce((sum, line) => sum + line.length, 0);
  return titles >= titleShare * lines.length && characters <= meanLineLength * lines.length;
};

/**
 * Whether a question asks about the document's chapters or contents, which a contents list answers: the words for
 * chapter and contents in Bokmål, Nynorsk and English (general vocabulary, not any question's wording).
 */
export const asksForContents = (question: string): boolean =>
  /\b(kapitl?(el|er|ene|et)?|kapittel|kapitlet|kapitla|kapitlar|chapters?|innhold(et|sfortegnelse(n)?)?|innhald(et|sliste)?|contents)\b/iu.test(question);

/** The longest chunk read as a bare heading (the corpus's 35 such chunks are 3–60 characters). */
const longestBareHeading = 60;

const isListNumber = (line: string): boolean => /^\d+[.)]?$/u.test(line);

/**
 * Whether a chunk is only a heading left alone where a chunk was cut: a few short title lines ending on a list number or a
 * capitalised keyword that heads what follows («Informasjonssikkerhet\n\n1.», the title of a numbered list whose items went to
 * the next chunk; «Satsingsområde 4: Infrastruktur og sikkerhet\n\nMÅL» at a page break). Its words repeat the heading, so it
 * ranks beside the passages it heads, and it states nothing an answer could quote. Judged by layout, as `isContentsList` is; a
 * short signature block («Med hilsen / Kari Nordmann / avdelingsdirektør») ends on no such line.
 */
export const isBareHeading = (text: string): boolean => {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > longestBareHeading) return false;
  const lines = trimmed
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const last = lines[lines.length - 1] ?? '';
  return (isListNumber(last) || headingLevel(last) === 'sub') && lines.every((line) => isListNumber(line) || isTitleLine(line));
};
