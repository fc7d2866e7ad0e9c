/**
 * `npm run fit:associations`: learns which corpus stems a question's words stand for in the texts' own words, from the TUNE
 * split's answerable single questions only (the test split is never read). For every such question, each answer-bearing stem it
 * asks with (`PreparedQuery.terms.stems`, translated when English) that its gold quote does not write is paired with each stem the
 * quote writes that the question does not. A pair is kept when enough distinct gold quotes support it and the quote stem is far
 * more likely beside the question stem than in gold quotes at large (see `keepPair`). Writes
 * core/src/retrieval/word-associations.json. With FIT_HALF=tune or FIT_HALF=test it fits on that half of the tune split only
 * (`splitWithSeed('half', id)`), so that settings can be chosen by measuring ranking on the other half.
 *
 * @module
 */
import { analyze, loadIndexParts, prepareQuery, type PreparedQuery } from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import { writeModel } from './conditional-logit';
import { findQuote, loadGoldSet, splitOf, splitWithSeed } from './gold-set';

interface Pairing {
  question: readonly string[];
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
export const stretches = (pairings: readonly Pairing[]): Array<{ question: Set<string>; quote: Set<string> }> => {
  const ordered = [...pairings].sort((left, right) => left.file.localeCompare(right.file) || left.start - right.start);
  const groups: Array<{ file: string; end: number; question: Set<string>; quote: Set<string> }> = [];
  for (const pairing of ordered) {
    const last = groups.at(-1);
    const group =
      last && last.file === pairing.file && pairing.start <= last.end + stretchGap
        ? last
        : { file: pairing.file, end: pairing.end, question: new Set<string>(), quote: new Set<string>() };
    if (group !== last) groups.push(group);
    group.end = Math.max(group.end, pairing.end);
    for (const stem of pairing.question) group.question.add(stem);
    for (const stem of pairing.quote) group.quote.add(stem);
  }
  return groups.map(({ question, quote }) => ({ question, quote }));
};

/** A stem worth pairing: letters, three or more. */
const pairable = (stem: string): boolean => stem.length >= 3 && /^\p{L}+$/u.test(stem);

interface KeptPair {
  asked: string;
  written: string;
  count: number;
  confidence: number;
}

/** Per question stem, the quote stems of the kept pairs with `support`+ stretches, most confident first (at most `maximumAssociates`). */
const tableOf = (kept: readonly KeptPair[], support: number): Record<string, string[]> => {
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

const main = async (): Promise<void> => {
  const parts = await loadIndexParts(loadIngestConfig());
  const vocabulary = parts.retriever.vocabulary();
  const prepare = (text: string): PreparedQuery => prepareQuery(text, parts.english, vocabulary, parts.knowledge);
  const pairings: Pairing[] = loadGoldSet()
    .filter((item) => splitOf(item.id) === 'tune' && item.answerable && (!process.env.FIT_HALF || splitWithSeed('half', item.id) === process.env.FIT_HALF))
    .flatMap((item) => {
      const span = item.answerable ? findQuote(parts.originals.get(item.file) ?? '', item.quote) : null;
      return item.answerable && span ? [{ question: prepare(item.question).terms.stems, quote: analyze(item.quote), file: item.file, ...span }] : [];
    });
  const bySource = stretches(pairings);
  const quotes = bySource.length;
  const questionCount = new Map<string, number>();
  const quoteCount = new Map<string, number>();
  const pairCount = new Map<string, number>();
  for (const { question, quote } of bySource) {
    for (const stem of quote) quoteCount.set(stem, (quoteCount.get(stem) ?? 0) + 1);
    const absentFromQuote = [...question].filter((stem) => !quote.has(stem) && pairable(stem));
    const absentFromQuestion = [...quote].filter((stem) => !question.has(stem) && pairable(stem) && vocabulary.has(stem));
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
  const associates = tableOf(kept, minimumSupport);
  const answering = tableOf(kept, answeringSupport);
  for (const entry of kept)
    console.error(`${entry.asked} → ${entry.written}  quotes ${entry.count}, confidence ${entry.confidence.toFixed(2)}, lift ${entry.lift.toFixed(1)}`);
  const pairsIn = (table: Record<string, string[]>): number => Object.values(table).reduce((sum, list) => sum + list.length, 0);
  const model = {
    associates,
    answering,
    measured:
      `Fitted by npm run fit:associations on the tune split's ${pairings.length} answerable single questions (${quotes} stretches of text): ` +
      `${pairsIn(associates)} pairs of ${Object.keys(associates).length} question stems supported by ${minimumSupport}+ stretches, ` +
      `${pairsIn(answering)} pairs of ${Object.keys(answering).length} stems by ${answeringSupport}+ (the table an answer ranks with), confidence ${minimumConfidence}+, lift ${minimumLift}+.`,
  };
  writeModel('../../core/src/retrieval/word-associations.json', model);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
