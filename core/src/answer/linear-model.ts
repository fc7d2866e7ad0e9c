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
