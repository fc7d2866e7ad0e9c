/**
 * `npm run fit:associations`: learns which corpus stems a question's words stand for in the texts' own words, from the TUNE
 * split's answerable single questions only (the test split is never read). For every such question, each answer-bearing stem it
 * asks with (`PreparedQuery.terms.stems`, translated when English) that its gold quote does not write is paired with each stem the
 * quote writes that the question does not. A pair is kept when enough distinct gold quotes support it and the quote stem is far
 * more likely beside the question stem than in gold quotes at large (see `fitAssociations` in word-association-fit.ts). Writes
 * core/src/retrieval/word-associations.json. With FIT_HALF=tune or FIT_HALF=test it fits on that half of the tune split only
 * (`splitWithSeed('half', id)`), so that settings can be chosen by measuring ranking on the other half.
 *
 * @module
 */
import { analyze, loadIndexParts, prepareQuery, type PreparedQuery } from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import { writeModel } from './conditional-logit';
import { findQuote, loadGoldSet, splitOf, splitWithSeed } from './gold-set';
import { answeringSupport, askedStems, fitAssociations, minimumConfidence, minimumLift, minimumSupport, type Pairing } from './word-association-fit';

const main = async (): Promise<void> => {
  const parts = await loadIndexParts(loadIngestConfig());
  const vocabulary = parts.retriever.vocabulary();
  const prepare = (text: string): PreparedQuery => prepareQuery(text, parts.english, vocabulary, parts.knowledge);
  const pairings: Pairing[] = loadGoldSet()
    .filter((item) => splitOf(item.id) === 'tune' && item.answerable && (!process.env.FIT_HALF || splitWithSeed('half', item.id) === process.env.FIT_HALF))
    .flatMap((item) => {
      const stems = prepare(item.question).terms.stems;
      const span = item.answerable ? findQuote(parts.originals.get(item.file) ?? '', item.quote) : null;
      return item.answerable && span
        ? [
            {
              question: stems,
              asked: askedStems(item.question, stems, parts.knowledge),
              quote: analyze(item.quote),
              file: item.file,
              ...span,
            },
          ]
        : [];
    });
  const { kept, associates, answering, quotes } = fitAssociations(pairings, (stem) => vocabulary.has(stem));
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
