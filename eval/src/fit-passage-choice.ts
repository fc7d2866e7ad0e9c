/**
 * `npm run fit:rank`: fits the passage choice (core/src/retrieval/passage-choice.ts) on the TUNE split's single questions only
 * and writes it to core/src/retrieval/passage-choice-model.json. Each answerable tune question is searched as the eval searches
 * it, without the model; the second stage reports its first passages with their features. A passage is labelled 1 when it holds
 * the gold quote or an alsoIn quote (the passages the eval's recall reads); a search whose first passages hold none teaches
 * nothing and is left out. L2-regularised conditional logistic regression (conditional-logit.ts, as the quote model is fitted) on
 * standardised features. The penalty and the share of the model's log applied beside the second stage's own score (`shrink`) are
 * chosen together by 5-fold cross-validation over questions: how many searches' first passage holds gold, then the mean
 * reciprocal rank of the first that does, then log-loss.
 *
 * @module
 */
import {
  createIndexAssistant,
  defaultRetrievalSettings,
  loadIndexParts,
  passageFeatureNames,
  type PassageChoiceModel,
  type PassageFeatures,
} from '@kildesvar/core';
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
import { loadGoldSet, splitOf } from './gold-set';
import { coveredGold, goldSpans } from './relevance';

interface Observation {
  question: string;
  /** The question's search it was seen in (a two-part question searches its parts and the whole). */
  search: number;
  features: PassageFeatures;
  /** The passage holds a gold quote. */
  holds: boolean;
}

/** Searches the tune split's answerable single questions without the model and labels every observed passage. */
const observe = async (): Promise<Observation[]> => {
  const parts = await loadIndexParts(loadIngestConfig());
  const retriever = parts.retriever.withSettings({ ...defaultRetrievalSettings, passageChoice: null });
  const assistant = createIndexAssistant({ ...parts, retriever });
  const raw: Observation[] = [];
  const items = loadGoldSet().filter((item) => splitOf(item.id) === 'tune' && item.answerable);
  for (const item of items) {
    const gold = goldSpans(item, parts.originals);
    let search = 0;
    await assistant.search(item.question, {
      k: 10,
      mode: 'hybrid',
      observePassages: (passages) => {
        for (const passage of passages)
          raw.push({
            question: item.id,
            search,
            features: passage.features,
            holds: coveredGold(passage.chunk, gold).length > 0,
          });
        search += 1;
      },
    });
  }
  return raw;
};

/** A group's candidates best first by `score`; ties keep the earlier candidate. */
const ordered = (group: ChoiceExample[], score: (example: ChoiceExample) => number): ChoiceExample[] =>
  group
    .map((example, index) => ({ example, index, score: score(example) }))
    .sort((left, right) => right.score - left.score || left.index - right.index)
    .map((entry) => entry.example);

/** The sum over groups with a labelled candidate of 1 / the rank (by `score`) of the first one. */
const reciprocalRanks = (examples: ChoiceExample[], score: (example: ChoiceExample) => number): number =>
  byGroup(examples)
    .filter((group) => group.some((example) => example.y === 1))
    .reduce((sum, group) => sum + 1 / (ordered(group, score).findIndex((example) => example.y === 1) + 1), 0);

/** Groups with a labelled candidate among the first five by `score`. */
const topFiveHits = (examples: ChoiceExample[], score: (example: ChoiceExample) => number): number =>
  byGroup(examples).filter((group) =>
    ordered(group, score)
      .slice(0, 5)
      .some((example) => example.y === 1),
  ).length;

const folds = 5;
const lambdas = [0.001, 0.01, 0.1];
const shrinks = [0.5, 0.75, 1];

/** A model's score with the share `shrink` of what the features besides the second stage's score (feature 0) add. */
const shrunk = (weights: number[], x: number[], shrink: number): number =>
  (weights[0] ?? 0) * (x[0] ?? 0) + shrink * (dot(weights, x) - (weights[0] ?? 0) * (x[0] ?? 0));

const main = async (): Promise<void> => {
  const raw = await cachedObservations(process.env.FIT_CACHE, observe);
  const names = passageFeatureNames;
  const { means, scales, examples } = standardisedExamples(names, raw, (observation) => ({
    group: `${observation.question}#${observation.search}`,
    fold: observation.question,
    y: observation.holds ? 1 : 0,
  }));
  const searches = byGroup(examples).length;
  const withGold = byGroup(examples).filter((group) => group.some((example) => example.y === 1)).length;
  const own = (example: ChoiceExample) => example.x[0] ?? 0;
  const alone = { hits: topHits(examples, own), reciprocal: reciprocalRanks(examples, own), five: topFiveHits(examples, own) };
  console.error(`Tune single questions: ${searches} searches (${withGold} with a gold passage among the first), ${examples.length} passages.`);
  console.error(
    `The second stage's own order: the first passage holds gold in ${alone.hits}, reciprocal rank sum ${alone.reciprocal.toFixed(2)}, in the first five ${alone.five}.`,
  );
  const scored = lambdas.flatMap((lambda) => {
    const fits = crossValidatedFits(examples, lambda, folds);
    return shrinks.map((shrink) => {
      const score = (example: ChoiceExample) => shrunk(fits.get(example)?.weights ?? [], example.x, shrink);
      return {
        lambda,
        shrink,
        hits: topHits(examples, score),
        reciprocal: reciprocalRanks(examples, score),
        five: topFiveHits(examples, score),
        loss: conditionalLoss(examples, score),
      };
    });
  });
  for (const entry of scored)
    console.error(
      `  L2 ${entry.lambda}, shrink ${entry.shrink}: cross-validated, the first passage holds gold in ${entry.hits}, reciprocal rank sum ${entry.reciprocal.toFixed(2)}, first five ${entry.five}, log-loss ${entry.loss.toFixed(4)}`,
    );
  const chosen = scored.reduce((best, entry) =>
    entry.hits > best.hits ||
    (entry.hits === best.hits && (entry.reciprocal > best.reciprocal || (entry.reciprocal === best.reciprocal && entry.loss < best.loss)))
      ? entry
      : best,
  );
  const model = fitConditionalLogit(examples, chosen.lambda);
  const gains = chosen.hits > alone.hits;
  const fitted: PassageChoiceModel = {
    means: featureRecord(names, means),
    scales: featureRecord(names, scales),
    weights: featureRecord(names, model.weights),
    bias: Number(model.bias.toFixed(4)),
    shrink: gains ? chosen.shrink : 0,
    measured:
      `Fitted by npm run fit:rank on the tune split's single questions (${withGold} of ${searches} searches with a gold passage among the first ten, ${examples.length} passages); ` +
      `L2 ${chosen.lambda} and shrink ${chosen.shrink} by 5-fold cross-validation over questions: the first passage holds gold in ${chosen.hits}, ` +
      `the first five in ${chosen.five} (the second stage alone: ${alone.hits} and ${alone.five}; shrink 0, no factor, when cross-validation gains nothing).`,
  };
  writeModel('../../core/src/retrieval/passage-choice-model.json', fitted);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
