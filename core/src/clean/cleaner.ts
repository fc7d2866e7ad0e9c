import { normalizeCharacters } from './characters';
import { emptyReport, type CleaningReport } from './cleaning-report';
import { measureShape } from './document-shape';
import { removeFootnoteMarkers } from './footnotes';
import type { Lexicon } from './lexicon';
import { splitLines } from './lines';
import { identityText, type CleanedText } from './mapped-text';
import { stripEmphasis } from './markup';
import { ParagraphAssembler } from './paragraph-assembler';

/**
 * Repairs what PDF and word-processor extraction broke, keeping a map from every cleaned
 * character back to its offset in the original. Steps, each carrying the map: characters (NFC,
 * spaces, soft hyphens) → markdown emphasis → footnote markers → lines classified → lines
 * joined into paragraphs with line-end hyphens resolved.
 *
 * Output layout, which the chunker relies on: paragraphs separated by exactly "\n\n", the lines
 * of a paragraph joined by one space, list items each on their own line starting with "- "
 * (consecutive items separated by "\n"), headings and numbered items ("1 I løpet av 2009 skal …")
 * starting their own paragraph, no trailing or doubled spaces, NFC.
 */
export const CLEANER_VERSION = 'clean-v1';

export const cleanDocumentWithReport = (original: string, lexicon: Lexicon): { cleaned: CleanedText; report: CleaningReport } => {
  const report = emptyReport();
  const emphasis = stripEmphasis(normalizeCharacters(identityText(original)));
  const footnotes = removeFootnoteMarkers(emphasis.text);
  report.emphasisMarks = emphasis.removed;
  report.footnoteMarkers = footnotes.removed;

  const lines = splitLines(footnotes.text);
  const assembler = new ParagraphAssembler(footnotes.text, measureShape(lines), lexicon, report);
  for (const line of lines) assembler.add(line);
  const cleaned = assembler.build();
  report.paragraphs = cleaned.text.length === 0 ? 0 : cleaned.text.split('\n\n').length;
  return { cleaned, report };
};

export const cleanDocument = (original: string, lexicon: Lexicon): CleanedText => cleanDocumentWithReport(original, lexicon).cleaned;
