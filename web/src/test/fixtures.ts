import type { ChatResponse, DocumentDetail, DocumentSummary, SearchResult } from '@kildesvar/core/schemas';
// The server's own cleaner makes the readable blocks, so the fixtures show what the API sends.
import { buildLexicon, cleanDocument, documentBlocks } from '@kildesvar/core/clean';

// A small stand-in for the corpus: real-looking text with offsets computed, not typed.
const planText = [
  'eKommune 2009 – det digitale spranget',
  '',
  'Infrastruktur og informasjonssikkerhet',
  '• I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helse-',
  'nett og ha tatt i bruk elektronisk samhandling med helseforetak.',
  '',
  'Kart- og geodata',
  'Kommunene skal gjøre kartdata tilgjengelig for innbyggerne.',
  '',
  'Vedlegg',
  '• I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helse-',
  'nett og ha tatt i bruk elektronisk samhandling med helseforetak.',
].join('\n');

const strategyText = 'Én digital offentlig sektor\n\nKS og regjeringen skal gjennomføre 13 av 28 tiltak sammen.';

export const sampleDocuments: DocumentSummary[] = [
  { file: '001_plan.txt', title: 'eKommune 2009', publisher: 'KS', year: 2005, language: 'nb', chars: planText.length },
  {
    file: '003_strategy.txt',
    title: 'Én digital offentlig sektor',
    publisher: 'Digitaliseringsdirektoratet',
    year: 2019,
    language: 'nb',
    chars: strategyText.length,
  },
];

export const sampleDocumentTexts: Record<string, string> = { '001_plan.txt': planText, '003_strategy.txt': strategyText };

export const documentDetail = (file: string): DocumentDetail => {
  const summary = sampleDocuments.find((document) => document.file === file);
  if (summary === undefined) throw new Error(`no fixture for ${file}`);
  const text = sampleDocumentTexts[file] ?? '';
  return { ...summary, text, blocks: documentBlocks(cleanDocument(text, buildLexicon(Object.values(sampleDocumentTexts)))) };
};

const spanOf = (text: string, needle: string, from = 0) => {
  const start = text.indexOf(needle, from);
  if (start === -1) throw new Error(`fixture text lacks «${needle}»`);
  return { start, end: start + needle.length };
};

const goalSentence = '• I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helse-\nnett og ha tatt i bruk elektronisk samhandling med helseforetak.';
const firstGoalSentence = spanOf(planText, goalSentence);
const secondGoal = spanOf(planText, goalSentence, firstGoalSentence.end);
/** The cited passage: the section heading and the goal; the answer quotes the goal's sentence. */
const firstGoal = { start: spanOf(planText, 'Infrastruktur og informasjonssikkerhet').start, end: firstGoalSentence.end };
export const quotedGoal = { start: planText.indexOf('I løpet', firstGoalSentence.start), end: firstGoalSentence.end };

export const sampleCitation: SearchResult = {
  chunkId: '001_plan.txt#1',
  file: '001_plan.txt',
  title: 'eKommune 2009',
  heading: 'Infrastruktur og informasjonssikkerhet',
  text: 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett og ha tatt i bruk elektronisk samhandling med helseforetak.',
  score: 0.91,
  ...firstGoal,
  highlights: [quotedGoal],
  alsoIn: [{ file: '001_plan.txt', ...secondGoal }],
};

export const secondCitation: SearchResult = {
  chunkId: '003_strategy.txt#0',
  file: '003_strategy.txt',
  title: 'Én digital offentlig sektor',
  heading: 'Én digital offentlig sektor',
  text: 'KS og regjeringen skal gjennomføre 13 av 28 tiltak sammen.',
  score: 0.42,
  year: 2019,
  ...spanOf(strategyText, 'KS og regjeringen skal gjennomføre 13 av 28 tiltak sammen.'),
  alsoIn: [],
};

export const sampleAnswer: ChatResponse = {
  answer: 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett [1]. KS og regjeringen samarbeider om tiltakene [2].',
  citations: [sampleCitation, secondCitation],
  abstained: false,
  related: [],
  reason: '',
  language: 'nb',
};

export const sampleAbstention: ChatResponse = {
  answer: 'Dokumentene sier ikke noe om det.',
  citations: [],
  abstained: true,
  related: [secondCitation],
  reason: 'Ingen passasje nevner månelandingen.',
  language: 'nb',
};
