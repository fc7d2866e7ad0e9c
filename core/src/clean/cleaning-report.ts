import type { HyphenDecision, HyphenEvidence } from './hyphenation';

/** What the cleaner repaired in one document, for the ingest summary and for tests. */
export interface HyphenRecord {
  left: string;
  right: string;
  decision: HyphenDecision;
  evidence: HyphenEvidence;
  /** Offset of the hyphen in the original text. */
  at: number;
}

export interface CleaningReport {
  /** Line-end hyphens removed because the two halves form one word. */
  hyphenJoins: number;
  /** Line-end hyphens kept (IKT-løsning, KommIT-rådet, e-helse). */
  keptHyphens: number;
  /** Shared-part forms kept with their space (helse- og omsorg). */
  sharedParts: number;
  hyphenEvidence: Partial<Record<HyphenEvidence, number>>;
  hyphens: HyphenRecord[];
  footnoteMarkers: number;
  emphasisMarks: number;
  pageFurniture: number;
  listItems: number;
  paragraphs: number;
}

export const emptyReport = (): CleaningReport => ({
  hyphenJoins: 0,
  keptHyphens: 0,
  sharedParts: 0,
  hyphenEvidence: {},
  hyphens: [],
  footnoteMarkers: 0,
  emphasisMarks: 0,
  pageFurniture: 0,
  listItems: 0,
  paragraphs: 0,
});
