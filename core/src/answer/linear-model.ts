/**
 * A logistic model fitted by one of the eval's fit scripts over standardised features: the answerability model
 * (`npm run fit:answerability`) and the follow-up sentence factor (`npm run fit:follow-up`) share this shape.
 */
export interface StandardisedLinearModel<F extends string> {
  /** Feature means and standard deviations on the training data (standardisation). */
  means: Record<F, number>;
  scales: Record<F, number>;
  weights: Record<F, number>;
  bias: number;
  /** How the model was fitted and measured (for the reader). */
  measured: string;
}

/**
 * A conditional logit's factor on a candidate's score, from its features other than that score (feature `scoreName`, the log
 * of the score relative to the best): exp(shrink × Σ wᵢxᵢ/sᵢ ÷ (w_score/s_score)). At shrink 1, ranking by score × factor is
 * ranking by the model's log-odds. 1 when the score weight is not positive.
 */
export const conditionalFactor = <F extends string>(
  model: StandardisedLinearModel<F>,
  names: readonly F[],
  scoreName: F,
  features: Record<F, number>,
  shrink: number,
): number => {
  if (model.weights[scoreName] <= 0) return 1;
  const scoreWeight = model.weights[scoreName] / model.scales[scoreName];
  const rest = names.reduce((sum, name) => (name === scoreName ? sum : sum + (model.weights[name] * features[name]) / (model.scales[name] || 1)), 0);
  return Math.exp((shrink * rest) / scoreWeight);
};
