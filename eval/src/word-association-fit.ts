/**
 * The fit behind `npm run fit:associations` (fit-word-associations.ts), apart from reading the gold set and writing the model, so
 * that what it keeps is tested: pairs of a stem a question asks with and a corpus stem its gold quote writes instead, counted by
 * stretch of text, kept by support, confidence and lift.
 *
 * @module
 */

import { complexPrepositionStems, type FrameKnowledge, inflectedFrameStems, isFrameStem } from '@kildesvar/core';

/**
 * The stems of a question worth pairing: its analysed stems less the words of its frame (the question-frame words, other
 * tenses of the frame's verbs, the noun of a complex preposition as «løp» of «i løpet av»), which name nothing its quote
 * writes in their place.
 */
export const askedStems = (question: string, stems: readonly string[], knowledge?: FrameKnowledge): string[] => {
  const inflected = knowledge ? inflectedFrameStems(question, knowledge) : new Set<string>();
  const prepositional = complexPrepositionStems(question);
  return stems.filter((stem) => !isFrameStem(stem) && !inflected.has(stem) && !prepositional.has(stem));
};

export interface Pairing {
  question: readonly string[];
  /**
   * The question's stems worth pairing (`askedStems`), all of `question` when absent; the others still count as written by the
   * question, so that a quote writing a frame word the question uses («gjelder») does not pair it as a word asked about.
   */
  asked?: readonly string[];
  quote: readonly string[];
  /** Where the gold quote stands: questions on quotes of one stretch of text count once. */
  file: string;
  start: number;
  end: number;
}

/** At least this many stretches of text must support a pair (`stretches`) in the table a search orders its passages by. */
export const minimumSupport = 2;
/**
 * At least this many in the table an answer's passages are ordered by: the answer models were fitted on the second stage's own
 * order, and the looser table reorders too much for them (full eval: test singles −5, false abstention +8).
 */
export const answeringSupport = 3;
/** The share of the quotes beside the question stem that write the quote stem, at least. */
export const minimumConfidence = 0.25;
/** How many times likelier the quote stem is beside the question stem than in gold quotes at large, at least. */
export const minimumLift = 4;
/** At most this many associates per question stem, the most confident first. */
export const maximumAssociates = 3;

/** Quotes this close (characters) to the last of a stretch belong to it: two spans of one passage are one piece of evidence. */
export const stretchGap = 0;

/**
 * The pairings grouped by stretch of text (quotes of one file that overlap or stand within `stretchGap` of each other), each with
 * the union of its questions' stems and of its quotes' stems: a passage asked about five ways supports a pair once.
 */
export const stretches = (pairings: readonly Pairing[]): Array<{ question: Set<string>; asked: Set<string>; quote: Set<string> }> => {
  const ordered = [...pairings].sort((left, right) => left.file.localeCompare(right.file) || left.start - right.start);
  const groups: Array<{ file: string; end: number; question: Set<string>; asked: Set<string>; quote: Set<string> }> = [];
  for (const pairing of ordered) {
    const last = groups.at(-1);
    const group =
      last && last.file === pairing.file && pairing.start <= last.end + stretchGap
        ? last
        : { file: pairing.file, end: pairing.end, question: new Set<string>(), asked: new Set<string>(), quote: new Set<string>() };
    if (group !== last) groups.push(group);
    group.end = Math.max(group.end, pairing.end);
    for (const stem of pairing.question) group.question.add(stem);
    for (const stem of pairing.asked ?? pairing.question) group.asked.add(stem);
    for (const stem of pairing.quote) group.quote.add(stem);
  }
  return groups.map(({ question, asked, quote }) => ({ question, asked, quote }));
};

/** A stem worth pairing: letters, three or more. */
export const pairable = (stem: string): boolean => stem.length >= 3 && /^\p{L}+$/u.test(stem);

export interface KeptPair {
  asked: string;
  written: string;
  count: number;
  confidence: number;
  lift: number;
}

/** Per question stem, the quote stems of the kept pairs with `support`+ stretches, most confident first (at most `maximumAssociates`). */
export const tableOf = (kept: readonly KeptPair[], support: number): Record<string, string[]> => {
  const table: Record<string, string[]> = {};
  const ordered = kept
    .filter((entry) => entry.count >= support)
    .sort((left, right) => right.confidence - left.confidence || right.count - left.count || left.written.localeCompare(right.written));
  for (const entry of ordered) {
    const list = table[entry.asked] ?? [];
    if (list.length < maximumAssociates) table[entry.asked] = [...list, entry.written];
  }
  return Object.fromEntries(Object.entries(table).sort(([left], [right]) => left.localeCompare(right)));
};

/** The fitted tables: a search's (`minimumSupport`+ stretches) and an answer's (`answeringSupport`+), and every pair kept. */
export interface FittedAssociations {
  kept: KeptPair[];
  associates: Record<string, string[]>;
  answering: Record<string, string[]>;
  /** How many stretches of text the pairings fell into. */
  quotes: number;
}

/**
 * Pairs each stem a stretch's questions ask with that its quotes do not write with each stem its quotes write that its questions
 * do not (`inCorpus` for the written side), and keeps those enough stretches support, far likelier beside the question stem than
 * in gold quotes at large.
 */
export const fitAssociations = (pairings: readonly Pairing[], inCorpus: (stem: string) => boolean): FittedAssociations => {
  const bySource = stretches(pairings);
  const quotes = bySource.length;
  const questionCount = new Map<string, number>();
  const quoteCount = new Map<string, number>();
  const pairCount = new Map<string, number>();
  for (const { question, asked: askedHere, quote } of bySource) {
    for (const stem of quote) quoteCount.set(stem, (quoteCount.get(stem) ?? 0) + 1);
    const absentFromQuote = [...askedHere].filter((stem) => !quote.has(stem) && pairable(stem));
    const absentFromQuestion = [...quote].filter((stem) => !question.has(stem) && pairable(stem) && inCorpus(stem));
    for (const asked of absentFromQuote) {
      questionCount.set(asked, (questionCount.get(asked) ?? 0) + 1);
      for (const written of absentFromQuestion) pairCount.set(`${asked} ${written}`, (pairCount.get(`${asked} ${written}`) ?? 0) + 1);
    }
  }
  const kept = [...pairCount.entries()].flatMap(([pair, count]) => {
    const [asked = '', written = ''] = pair.split(' ');
    const confidence = count / (questionCount.get(asked) ?? 1);
    const lift = confidence / ((quoteCount.get(written) ?? 0) / quotes);
    return count >= minimumSupport && confidence >= minimumConfidence && lift >= minimumLift ? [{ asked, written, count, confidence, lift }] : [];
  });
  return { kept, associates: tableOf(kept, minimumSupport), answering: tableOf(kept, answeringSupport), quotes };
};
