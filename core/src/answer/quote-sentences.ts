import { conditionalFactor, type StandardisedLinearModel } from './linear-model';
import fitted from './quote-sentence-model.json';

/**
 * Which sentence a single question's answer quotes. Compose scores each candidate sentence of the top passages by how well it
 * carries the question, times hand-set factors; the sentence it quotes is often in the right passage but not the one that holds
 * the answer, or in a passage ranked below the one that does. This module gives each candidate a learned factor from what compose
 * already reads of it (its passage's rank and scores, whether it states the asked kind of fact, its coverage, where it stands in
 * its passage, title-line and list-lead flags). The weights are fitted by `npm run fit:quote` (eval/src/fit-quote-sentences.ts) on
 * the tune split's single questions only: conditional logistic regression (a softmax over each question's candidate sentences),
 * a sentence whose passage holds the gold quote one to pick (an answer is judged by the passages it cites), with compose's own
 * score (log, relative to the best) as one feature, as the follow-up sentence model is fitted (dialogue/follow-up-sentences.ts). The share of its log applied (`shrink`) is chosen by
 * cross-validation within tune and stored with the fit. Applied only to choose what to quote: whether to answer is read from
 * the sentences as compose alone ranks them. A follow-up with no factor of its own (compose's `sentenceFactor`: an ellipsis, a yes/no
 * check, a reference after a refusal) chooses its quote with it too; fitted on the tune follow-ups it applies to, a model of its own
 * did no better under cross-validation than this one.
 */
export const quoteFeatureNames = [
  'logScore',
  'rank',
  'passageScore',
  'fusedScore',
  'statesType',
  'coverage',
  'numbers',
  'bestOfPassage',
  'firstInPassage',
  'position',
  'titleLine',
  'listLead',
  'words',
] as const;
export type QuoteFeatureName = (typeof quoteFeatureNames)[number];
export type QuoteFeatures = Record<QuoteFeatureName, number>;

/** The fitted model, with the share of its log applied (chosen by cross-validation on tune). */
export type QuoteSentenceModel = StandardisedLinearModel<QuoteFeatureName> & { shrink: number };

/** The committed fit (quote-sentence-model.json); null when it has no weights or its score weight is not positive. */
export const quoteSentenceModel: QuoteSentenceModel | null = (() => {
  const model = fitted as unknown as QuoteSentenceModel | { weights: null };
  return model.weights && model.weights.logScore > 0 && (model as QuoteSentenceModel).shrink > 0 ? (model as QuoteSentenceModel) : null;
})();

/** The lowest relative score read as a feature: a sentence e⁻⁵ below the best is as far as it matters. */
const floorLogScore = -5;

/** What compose knows of a candidate sentence, read into the model's features. */
export interface QuoteCandidateFacts {
  score: number;
  /** The best candidate's score in this question. */
  best: number;
  rank: number;
  /** The passage's second-stage score relative to the first passage's. */
  passageScore: number;
  /** The passage's fused first-stage score relative to the best (0 when unknown). */
  fusedScore: number;
  /** The question asks for a kind of fact and the sentence states it. */
  statesType: boolean;
  coverage: number;
  numbers: number;
  sentence: number;
  sentences: number;
  bestSentence: number;
  titleLine: boolean;
  listLead: boolean;
  text: string;
}

export const quoteFeatures = (facts: QuoteCandidateFacts): QuoteFeatures => ({
  logScore: facts.score > 0 && facts.best > 0 ? Math.max(floorLogScore, Math.log(facts.score / facts.best)) : floorLogScore,
  rank: facts.rank,
  passageScore: facts.passageScore,
  fusedScore: facts.fusedScore,
  statesType: facts.statesType ? 1 : 0,
  coverage: facts.coverage,
  numbers: facts.numbers,
  bestOfPassage: facts.sentence === facts.bestSentence ? 1 : 0,
  firstInPassage: facts.sentence === 0 ? 1 : 0,
  position: facts.sentences > 1 ? facts.sentence / (facts.sentences - 1) : 0,
  titleLine: facts.titleLine ? 1 : 0,
  listLead: facts.listLead ? 1 : 0,
  words: Math.log(1 + (facts.text.match(/[\p{L}\p{N}]+/gu) ?? []).length),
});

/** The factor on a candidate's score from its other features, the fitted share of the model's log (`conditionalFactor`); 1 without a model. */
export const quoteFactor = (model: QuoteSentenceModel | null, features: QuoteFeatures): number =>
  model ? conditionalFactor(model, quoteFeatureNames, 'logScore', features, model.shrink) : 1;
