/**
 * Why an answerable follow-up was refused (`npm run eval:fu-refusal`): the mechanism read from what compose observed of its
 * readings (confidence, halving rules) and the response. Diagnosis only.
 * @module
 */
import { featureNames, type AnswerabilityFeatures, type AnswerabilityModel } from '@kildesvar/core';

/** What compose reported of one reading of a question (`ChatOptions.observe`). */
export interface SeenReading {
  features: AnswerabilityFeatures;
  confidence: number;
  halvedBy: string[];
  defined: boolean;
}

/**
 * The mechanism that refused a question, from its first reading: `after compose` when compose answered (a rule after it,
 * keepsSwitch or keepsYear, refused: its reason names what the passages lack); `halved: rules` when a halving rule alone put
 * the confidence under the threshold (it would have answered without); else `model`, with the halving rules that also met it.
 */
export const refusalMechanism = (seen: readonly SeenReading[], threshold: number, halvingFactor: number): string => {
  const main = seen[0];
  if (main === undefined) return 'no compose';
  if (main.confidence >= threshold) return 'after compose';
  const rules = main.halvedBy.join(',');
  if (main.halvedBy.length > 0 && main.confidence / halvingFactor >= threshold) return `halved: ${rules}`;
  return main.halvedBy.length > 0 ? `model (+halved ${rules})` : 'model';
};

/** The features that pulled the model's logit down most (weight × standardised value under −0.1), as `name=value(share)`. */
export const pullsDown = (model: AnswerabilityModel, features: AnswerabilityFeatures, count = 4): string[] =>
  featureNames
    .map((name) => ({ name, value: model.weights[name] * ((features[name] - model.means[name]) / (model.scales[name] || 1)) }))
    .filter(({ value }) => value < -0.1)
    .sort((left, right) => left.value - right.value)
    .slice(0, count)
    .map(({ name, value }) => `${name}=${features[name].toFixed(2)}(${value.toFixed(2)})`);
