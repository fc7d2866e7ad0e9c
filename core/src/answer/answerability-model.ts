import type { AnswerabilityModel } from './answerability';

/**
 * The fitted answerability model (see answerability.ts). Fitted by npm run fit:answerability on the tune split
 * (141 questions, 100 supported when forced to answer); L2 0.01 by 5-fold CV log-loss; threshold 0.475 from
 * cross-validated predictions: supported 0.842, abstention on unanswerable 0.704, false abstention 0.079.
 */
export const answerabilityModel: AnswerabilityModel | null = {
  means: {
    bestCoverage: 0.5866,
    bestNumbers: 0.9787,
    hasNumbers: 0.1418,
    topSentenceScore: 0.6271,
    topChunkCoverage: 0.6556,
    rarestMissing: 0.7118,
    absentShare: 0.1144,
    typeAsked: 0.4965,
    typeStated: 0.4468,
    termCount: 1.9515,
    margin: 0.094,
    english: 0.1702,
    headingOnly: 0.0151,
    hasEntities: 0.5887,
    entityMissing: 0.0833,
    numbersMissing: 0.0142,
  },
  scales: {
    bestCoverage: 0.2165,
    bestNumbers: 0.1314,
    hasNumbers: 0.3489,
    topSentenceScore: 0.2692,
    topChunkCoverage: 0.2249,
    rarestMissing: 0.4042,
    absentShare: 0.1648,
    typeAsked: 0.5,
    typeStated: 0.4972,
    termCount: 0.3981,
    margin: 0.0905,
    english: 0.3758,
    headingOnly: 0.0479,
    hasEntities: 0.4921,
    entityMissing: 0.2615,
    numbersMissing: 0.1183,
  },
  weights: {
    bestCoverage: 0.368,
    bestNumbers: 0,
    hasNumbers: -0.5285,
    topSentenceScore: 0.0113,
    topChunkCoverage: 0.898,
    rarestMissing: -0.1215,
    absentShare: -0.0576,
    typeAsked: -1.0972,
    typeStated: 1.2574,
    termCount: 0.4614,
    margin: 0.5974,
    english: -0.1007,
    headingOnly: 0.0777,
    hasEntities: -0.1815,
    entityMissing: -0.5545,
    numbersMissing: -0.2487,
  },
  bias: 1.3925,
  threshold: 0.475,
  measured:
    'Fitted by npm run fit:answerability on the tune split (141 questions, 100 supported when forced to answer); L2 0.01 by 5-fold CV log-loss; ' +
    'threshold 0.475 from cross-validated predictions: supported 0.842, abstention on unanswerable 0.704, false abstention 0.079.',
};
