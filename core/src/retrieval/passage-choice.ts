import { conditionalFactor, type StandardisedLinearModel } from '../answer/linear-model';
import fitted from './passage-choice-model.json';

/**
 * Which of the second stage's first passages comes first. The second stage adds its signals with hand-set weights (the fused
 * score, the best sentence's and the chunk's evidence, the title share, the sentence similarity, a follow-up's prior) and
 * multiplies in hand-set cue factors; the passage holding the answer is often among its first few but not the first. This
 * module gives each of the first passages a learned factor on its score from those same signals, read apart. The weights are
 * fitted by `npm run fit:rank` (eval/src/fit-passage-choice.ts) on the tune split's single questions only: conditional logistic
 * regression (a softmax over each question's first passages), a passage holding the gold quote (or one of its copies) one to
 * pick, with the second stage's own score (log, relative to the first) as one feature, as the quote model is fitted
 * (answer/quote-sentences.ts): a model that chooses among candidates the pipeline already found, not new word links. Beside the
 * second stage's own signals it reads where the first stage put the passage (each route's place) and its neighbourhood among
 * the first passages. The prior (the bonus of a document the question names, `documentPrior`) is not read apart: it is in the
 * score already, and read apart it chose no other first passage (in 61 of 1343 tune searches it differs among the first six; a
 * refit gave it weight 0.54, and that fit with the weight set to 0 put gold first in as many searches, 961 of 1203). The penalty
 * and the share of its log applied (`shrink`) are chosen by cross-validation within tune and stored with the fit. It orders what
 * a search shows; the chat's answer reads the second stage's own order, on which its sentence models and answerability were
 * fitted.
 */
export const passageFeatureNames = [
  'logScore',
  'rank',
  'first',
  'fusedScore',
  'fusedRank',
  'chunkLexicalRank',
  'sentenceLexicalRank',
  'denseRank',
  'denseSimilarity',
  'sentenceEvidence',
  'cueFactor',
  'coverage',
  'numbers',
  'chunkEvidence',
  'chunkCoverage',
  'title',
  'semantic',
  'firstSentence',
  'sentences',
  'secondSentence',
  'carrying',
  'documentShare',
  'afterAnother',
  'beforeAnother',
] as const;
export type PassageFeatureName = (typeof passageFeatureNames)[number];
export type PassageFeatures = Record<PassageFeatureName, number>;

/** The fitted model, with the share of its log applied (chosen by cross-validation on tune). */
export type PassageChoiceModel = StandardisedLinearModel<PassageFeatureName> & { shrink: number };

/** The committed fit (passage-choice-model.json); null when it has no weights, its score weight is not positive or nothing is applied. */
export const passageChoiceModel: PassageChoiceModel | null = (() => {
  const model = fitted as unknown as PassageChoiceModel | { weights: null };
  return model.weights && model.weights.logScore > 0 && (model as PassageChoiceModel).shrink > 0 ? (model as PassageChoiceModel) : null;
})();

/**
 * How many of the second stage's first passages the choice reorders. Six, not the ten the eval reads: its factor lifts a passage
 * from seventh to tenth place into the first five more often wrongly than rightly, where the gold passage stood fifth or sixth.
 * Chosen on the tune split's searches among 5, 6, 7, 8, 10, 15 and 20 (R@5 813, 821, 816, 816, 813, 814, 816 of 919; R@1 654 to
 * 655 at each). The passages after them keep the second stage's order; the chat reads that order alone, so no answer changes.
 */
export const passageChoiceDepth = 6;

/** How many first passages a bare heading or contents list gives way among (after the choice), and a search orders at least. */
export const givingWayDepth = 10;

/** The lowest relative score read as a feature: a passage e⁻⁵ below the first is as far as it matters. */
const floorLogScore = -5;

/** What the second stage knows of one of its first passages. */
export interface PassageFacts {
  score: number;
  /** The first passage's score. */
  best: number;
  rank: number;
  /** The fused first-stage score relative to the best candidate's. */
  fusedScore: number;
  /** The best sentence's evidence as ranked (after the cues) and before the cues. */
  rankingEvidence: number;
  evidence: { score: number; coverage: number; numbers: number };
  chunkEvidence: { score: number; coverage: number };
  title: number;
  /** The question's similarity to the passage's closest sentence (0 when not compared). */
  semantic: number;
  bestSentence: number;
  /** Every sentence's evidence score before the cues. */
  sentenceScores: readonly number[];
  /** Where the first stage put the passage: its place in the fused list and in each route's (null when a route missed it). */
  routes: PassageRoutes;
  /** Where it stands among the other first passages (`passageNeighbourhood`). */
  neighbourhood: PassageNeighbourhood;
}

/** A passage's place among the first passages: the share of them in its document, and whether one directly precedes or follows it. */
export interface PassageNeighbourhood {
  documentShare: number;
  afterAnother: boolean;
  beforeAnother: boolean;
}

/** At most this many characters (line breaks) between two passages that follow each other in their document. */
const adjacentGap = 3;

/**
 * Each passage's neighbourhood among the first passages: an answer often continues a passage that carries the question's words
 * (a lead-in before its list, a heading passage before its text), and a document that holds several of them is likely about
 * what is asked.
 */
export const passageNeighbourhoods = (passages: ReadonlyArray<{ file: string; start: number; end: number }>): PassageNeighbourhood[] =>
  passages.map((passage) => {
    const same = passages.filter((other) => other.file === passage.file);
    const gap = (from: number, to: number) => to - from >= 0 && to - from <= adjacentGap;
    return {
      documentShare: same.length / passages.length,
      afterAnother: same.some((other) => other !== passage && gap(other.end, passage.start)),
      beforeAnother: same.some((other) => other !== passage && gap(passage.end, other.start)),
    };
  });

/** A passage's places in the first stage's lists (0 first) and its dense similarity (0 when the dense route missed it). */
export interface PassageRoutes {
  fused: number;
  chunkLexical: number | null;
  sentenceLexical: number | null;
  dense: number | null;
  similarity: number;
}

/** The place read for a route that missed the passage: below every candidate a route gives. */
const missedPlace = 100;

/** A place read on a log scale: the difference between first and fifth matters more than between fiftieth and sixtieth. */
const placeFeature = (place: number | null): number => Math.log(1 + Math.min(place ?? missedPlace, missedPlace));

/** The share of its best evidence a second sentence must carry to count as carrying the question too. */
const carryingShare = 0.5;

export const passageFeatures = (facts: PassageFacts): PassageFeatures => {
  const scores = [...facts.sentenceScores].sort((left, right) => right - left);
  const top = scores[0] ?? 0;
  return {
    logScore: facts.score > 0 && facts.best > 0 ? Math.max(floorLogScore, Math.log(facts.score / facts.best)) : floorLogScore,
    rank: facts.rank,
    first: facts.rank === 0 ? 1 : 0,
    fusedScore: facts.fusedScore,
    fusedRank: placeFeature(facts.routes.fused),
    chunkLexicalRank: placeFeature(facts.routes.chunkLexical),
    sentenceLexicalRank: placeFeature(facts.routes.sentenceLexical),
    denseRank: placeFeature(facts.routes.dense),
    denseSimilarity: facts.routes.similarity,
    sentenceEvidence: facts.rankingEvidence,
    cueFactor: facts.evidence.score > 0 ? facts.rankingEvidence / facts.evidence.score : 1,
    coverage: facts.evidence.coverage,
    numbers: facts.evidence.numbers,
    chunkEvidence: facts.chunkEvidence.score,
    chunkCoverage: facts.chunkEvidence.coverage,
    title: facts.title,
    semantic: facts.semantic,
    firstSentence: facts.bestSentence === 0 ? 1 : 0,
    sentences: Math.log(1 + facts.sentenceScores.length),
    secondSentence: scores[1] ?? 0,
    carrying: top > 0 ? Math.log(1 + scores.filter((score) => score >= carryingShare * top).length) : 0,
    documentShare: facts.neighbourhood.documentShare,
    afterAnother: facts.neighbourhood.afterAnother ? 1 : 0,
    beforeAnother: facts.neighbourhood.beforeAnother ? 1 : 0,
  };
};

/** The factor on a passage's score from its other features, the fitted share of the model's log (`conditionalFactor`); 1 without a model. */
export const passageFactor = (model: PassageChoiceModel | null, features: PassageFeatures): number =>
  model ? conditionalFactor(model, passageFeatureNames, 'logScore', features, model.shrink) : 1;

/**
 * The factor the passages after the chosen ones take: the smallest a chosen one got. Each chosen passage scored at least as
 * much as any after it before its factor, so with this one the scores still fall from first to last for any k asked.
 */
export const factorAfterChosen = (factors: readonly number[]): number => (factors.length === 0 ? 1 : Math.min(...factors));
