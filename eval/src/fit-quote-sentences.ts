/**
 * `npm run fit:quote`: fits the single question's quote sentence model (core/src/answer/quote-sentences.ts) on the TUNE split's
 * single questions only and writes it to core/src/answer/quote-sentence-model.json. Each answerable tune question is asked
 * without the factor; compose reports its candidate sentences with their features. A candidate is labelled 1 when its passage
 * holds a gold quote: the eval reads support from the passages an answer cites, not from the sentence. L2-regularised
 * conditional logistic regression (conditional-logit.ts, as the follow-up sentence model is fitted) on standardised features.
 * The penalty and the share of the model's log applied beside compose's own score (`shrink`) are chosen together by 5-fold
 * cross-validation over questions: how many questions' quoted sentences (the model's first, then compose's own followers,
 * `quotedSetHits`) hold a gold passage, then how many questions' first candidate does, then log-loss.
 *
 * The search is 5 penalties × 5 folds of ~45,000 candidates (session 59: not done in 40 minutes on a loaded machine); to try
 * it in less time, FIT_FOLDS=k (default 5), FIT_LAMBDAS=a,b,… and FIT_SHRINKS=a,b,… (defaults below) narrow it, and
 * FIT_SAMPLE=s (0–1, default 1) fits and cross-validates on that share of the questions (chosen by a hash of their ids), the
 * final model still on all. FIT_CACHE=file keeps the observed candidates (`cachedObservations`).
 *
 * @module
 */
import { createIndexAssistant, defaultAnswerSettings, loadIndexParts, quoteFeatureNames, type QuoteFeatures, type QuoteSentenceModel } from '@kildesvar/core';
import { loadIngestConfig } from '@kildesvar/ingest';
import {
  byGroup,
  cachedObservations,
  type ChoiceExample,
  conditionalLoss,
  crossValidatedFits,
  dot,
  featureRecord,
  fitConditionalLogit,
  standardisedExamples,
  topHits,
  writeModel,
} from './conditional-logit';
import { inSample, numbersFromEnv } from './fit-options';
import { loadGoldSet, splitOf } from './gold-set';
import { coveredGold, goldSpans, secondGoldSpans } from './relevance';

interface Observation {
  question: string;
  features: QuoteFeatures;
  /** The candidate's passage holds a gold quote. */
  holds: boolean;
}

/** Asks the tune split's answerable single questions without the factor and labels every observed candidate sentence. */
const observe = async (): Promise<Observation[]> => {
  const parts = await loadIndexParts(loadIngestConfig());
  const assistant = createIndexAssistant({ ...parts, quoteModel: null });
  const originals = parts.originals;
  const raw: Observation[] = [];
  const items = loadGoldSet().filter((item) => splitOf(item.id) === 'tune' && item.answerable);
  for (const item of items) {
    let observed: Parameters<NonNullable<Parameters<typeof assistant.chat>[2]>['observeQuote'] & {}>[0] | undefined;
    await assistant.chat([{ role: 'user', content: item.question }], undefined, { observeQuote: (candidates) => (observed ??= candidates) });
    if (!observed || !item.quote) continue;
    const gold = [...goldSpans(item, originals), ...secondGoldSpans(item, originals)];
    for (const candidate of observed) {
      raw.push({ question: item.id, features: candidate.features, holds: coveredGold(candidate.passage.chunk, gold).length > 0 });
    }
  }
  return raw;
};

/**
 * Questions whose answer would quote a gold candidate: the best by `score` first, then (as compose does) up to two more of the
 * best by compose's own score within `followRatio` of its best — relative score feature 0 read back from its standardisation.
 * Compose's filters on short or repeated sentences are not replayed.
 */
const quotedSetHits = (examples: ChoiceExample[], score: (example: ChoiceExample) => number, logScoreOf: (example: ChoiceExample) => number): number =>
  byGroup(examples).filter((group) => {
    const first = group.reduce((best, example) => (score(example) > score(best) ? example : best));
    const followers = group
      .filter((example) => example !== first && logScoreOf(example) >= Math.log(defaultAnswerSettings.followRatio))
      .sort((left, right) => logScoreOf(right) - logScoreOf(left))
      .slice(0, defaultAnswerSettings.maxSentences - 1);
    return [first, ...followers].some((example) => example.y === 1);
  }).length;

const folds = numbersFromEnv(process.env.FIT_FOLDS, [5])[0] ?? 5;
const lambdas = numbersFromEnv(process.env.FIT_LAMBDAS, [0.001, 0.01, 0.03, 0.1, 0.3]);
const shrinks = numbersFromEnv(process.env.FIT_SHRINKS, [0.25, 0.5, 0.75, 1]);
const sample = numbersFromEnv(process.env.FIT_SAMPLE, [1])[0] ?? 1;

/** A model's score with the share `shrink` of what the features besides compose's score (feature 0) add. */
const shrunk = (weights: number[], x: number[], shrink: number): number =>
  (weights[0] ?? 0) * (x[0] ?? 0) + shrink * (dot(weights, x) - (weights[0] ?? 0) * (x[0] ?? 0));

const main = async (): Promise<void> => {
  const raw = await cachedObservations(process.env.FIT_CACHE, observe);
  const names = quoteFeatureNames;
  const { means, scales, examples } = standardisedExamples(names, raw, (example) => ({
    group: example.question,
    fold: example.question,
    y: example.holds ? 1 : 0,
  }));
  const questions = new Set(examples.map((example) => example.group)).size;
  const withGold = new Set(examples.filter((example) => example.y === 1).map((example) => example.group)).size;
  const logScoreOf = (example: ChoiceExample) => (example.x[0] ?? 0) * (scales[0] ?? 1) + (means[0] ?? 0);
  const alone = topHits(examples, (example) => example.x[0] ?? 0);
  const aloneQuoted = quotedSetHits(examples, (example) => example.x[0] ?? 0, logScoreOf);
  console.error(
    `Tune single questions: ${questions} answerable (${withGold} with the gold sentence among the candidates), ${examples.length} candidate sentences.`,
  );
  console.error(`Best candidate holds the gold quote, compose's score alone: ${alone} of ${questions}; the sentences quoted: ${aloneQuoted}.`);
  const sampled = examples.filter((example) => inSample(example.group, sample));
  const sampledQuestions = new Set(sampled.map((example) => example.group)).size;
  const sampledAlone = quotedSetHits(sampled, (example) => example.x[0] ?? 0, logScoreOf);
  if (sample < 1)
    console.error(`Cross-validating on ${sampledQuestions} of the questions (FIT_SAMPLE=${sample}); compose's score alone quotes gold in ${sampledAlone}.`);
  const scored = lambdas.flatMap((lambda) => {
    const fits = crossValidatedFits(sampled, lambda, folds);
    return shrinks.map((shrink) => {
      const score = (example: ChoiceExample) => shrunk(fits.get(example)?.weights ?? [], example.x, shrink);
      return { lambda, shrink, quoted: quotedSetHits(sampled, score, logScoreOf), hits: topHits(sampled, score), loss: conditionalLoss(sampled, score) };
    });
  });
  for (const entry of scored)
    console.error(
      `  L2 ${entry.lambda}, shrink ${entry.shrink}: cross-validated, the sentences quoted hold gold ${entry.quoted}, the best candidate ${entry.hits} of ${sampledQuestions}, log-loss ${entry.loss.toFixed(4)}`,
    );
  const chosen = scored.reduce((best, entry) =>
    entry.quoted > best.quoted || (entry.quoted === best.quoted && (entry.hits > best.hits || (entry.hits === best.hits && entry.loss < best.loss)))
      ? entry
      : best,
  );
  const lambda = chosen.lambda;
  const model = fitConditionalLogit(examples, lambda);
  const fitted: QuoteSentenceModel = {
    means: featureRecord(names, means),
    scales: featureRecord(names, scales),
    weights: featureRecord(names, model.weights),
    bias: Number(model.bias.toFixed(4)),
    shrink: chosen.quoted > sampledAlone ? chosen.shrink : 0,
    measured:
      `Fitted by npm run fit:quote on the tune split's single questions (${questions} answerable, ${examples.length} candidate sentences); ` +
      `L2 ${lambda} and shrink ${chosen.shrink} by ${folds}-fold cross-validation over ${sampledQuestions === questions ? 'questions' : `${sampledQuestions} of the questions`}: ` +
      `the sentences quoted hold the gold quote in ${chosen.quoted} of ${sampledQuestions}, ` +
      `the best candidate in ${chosen.hits} (compose's score alone: ${sampledAlone} of ${sampledQuestions}; on all ${questions}: ${aloneQuoted} and ${alone}; shrink 0, no factor, when cross-validation gains nothing).`,
  };
  writeModel('../../core/src/answer/quote-sentence-model.json', fitted);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
