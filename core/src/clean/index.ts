export { CLEANER_VERSION, cleanDocument, cleanDocumentWithReport } from './cleaner';
export type { CleaningReport, HyphenRecord } from './cleaning-report';
export type { CleanedText } from './mapped-text';
export { toOriginalSpan } from './original-span';
export { buildLexicon, type Lexicon } from './lexicon';
export { DEFAULT_WORD_LIST_PATHS, loadWordList, type WordListLoad } from './word-list';
export type { HyphenDecision, HyphenEvidence } from './hyphenation';
export { documentBlocks } from './document-blocks';
