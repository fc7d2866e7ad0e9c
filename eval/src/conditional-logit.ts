/**
 * Conditional logistic regression over the candidates of a choice (a softmax within each group: a follow-up's or a single
 * question's candidate sentences), shared by `npm run fit:follow-up` and `npm run fit:quote`. Gradient descent written by hand,
 * as in fit-answerability.ts, on standardised features; feature 0 is compose's own relative score and keeps a positive weight,
 * since the factor applied divides by it.
 *
 * @module
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface ChoiceExample {
  /** The choice the candidate belongs to (a turn or a question). */
  group: string;
  /** The unit of cross-validation folds (a conversation, or the question itself). */
  fold: string;
  x: number[];
  y: number;
}

export interface LinearFit {
  weights: number[];
  bias: number;
}

/** The examples grouped by choice, in order. */
export const byGroup = <E extends ChoiceExample>(examples: E[]): E[][] => {
  const groups = new Map<string, E[]>();
  for (const example of examples) groups.set(example.group, [...(groups.get(example.group) ?? []), example]);
  return [...groups.values()];
};

export const dot = (weights: number[], x: number[]): number => x.reduce((sum, value, index) => sum + value * (weights[index] ?? 0), 0);

/**
 * Within each group the candidates compete, p(i) = exp(w·xᵢ) / Σⱼ exp(w·xⱼ), and the loss is −log of the probability of the
 * candidates labelled 1, plus λ‖w‖²/2. Groups with no such candidate teach nothing and are left out.
 */
export const fitConditionalLogit = (examples: ChoiceExample[], lambda: number, steps = 1500): LinearFit => {
  const groups = byGroup(examples).filter((group) => group.some((example) => example.y === 1));
  const dimensions = examples[0]?.x.length ?? 0;
  const weights = new Array<number>(dimensions).fill(0);
  weights[0] = 1;
  const rate = 0.5;
  for (let step = 0; step < steps; step += 1) {
    const gradient = new Array<number>(dimensions).fill(0);
    for (const group of groups) {
      const scores = group.map((example) => dot(weights, example.x));
      const top = Math.max(...scores);
      const exps = scores.map((score) => Math.exp(score - top));
      const total = exps.reduce((sum, value) => sum + value, 0);
      const positive = exps.reduce((sum, value, index) => sum + (group[index]?.y === 1 ? value : 0), 0);
      group.forEach((example, index) => {
        const all = (exps[index] ?? 0) / total;
        const pos = example.y === 1 ? (exps[index] ?? 0) / positive : 0;
        example.x.forEach((value, dimension) => {
          gradient[dimension] = (gradient[dimension] ?? 0) + (all - pos) * value;
        });
      });
    }
    weights.forEach((weight, index) => {
      const updated = weight - rate * ((gradient[index] ?? 0) / groups.length + lambda * weight);
      weights[index] = index === 0 ? Math.max(1e-3, updated) : updated;
    });
  }
  return { weights, bias: 0 };
};

/** The mean −log probability of the labelled candidates per group that has one. */
export const conditionalLoss = (examples: ChoiceExample[], score: (example: ChoiceExample) => number): number => {
  const groups = byGroup(examples).filter((group) => group.some((example) => example.y === 1));
  return (
    groups.reduce((sum, group) => {
      const scores = group.map(score);
      const top = Math.max(...scores);
      const exps = scores.map((value) => Math.exp(value - top));
      const total = exps.reduce((acc, value) => acc + value, 0);
      const positive = exps.reduce((acc, value, index) => acc + (group[index]?.y === 1 ? value : 0), 0);
      return sum - Math.log(positive / total);
    }, 0) / groups.length
  );
};

/** Groups whose best candidate by `score` is labelled 1 (ties go to the earlier candidate, as compose's order does). */
export const topHits = (examples: ChoiceExample[], score: (example: ChoiceExample) => number): number => {
  const best = new Map<string, ChoiceExample>();
  for (const example of examples) {
    const current = best.get(example.group);
    if (!current || score(example) > score(current)) best.set(example.group, example);
  }
  return [...best.values()].filter((example) => example.y === 1).length;
};

/** Means and standard deviations of each feature (standardisation). */
export const standardisation = <F extends string>(names: readonly F[], raw: Array<Record<F, number>>): { means: number[]; scales: number[] } => {
  const means = names.map((name) => raw.reduce((sum, features) => sum + features[name], 0) / (raw.length || 1));
  const scales = names.map(
    (name, index) => Math.sqrt(raw.reduce((sum, features) => sum + (features[name] - (means[index] ?? 0)) ** 2, 0) / (raw.length || 1)) || 1,
  );
  return { means, scales };
};

/** Each example's held-out score: the model fitted with `lambda` on the other folds (fold = index of its fold unit mod `folds`). */
export const crossValidatedFits = (examples: ChoiceExample[], lambda: number, folds = 5): Map<ChoiceExample, LinearFit> => {
  const units = [...new Set(examples.map((example) => example.fold))];
  const foldIndex = new Map(units.map((unit, index) => [unit, index % folds]));
  const fits = new Map<ChoiceExample, LinearFit>();
  for (let fold = 0; fold < folds; fold += 1) {
    const model = fitConditionalLogit(
      examples.filter((example) => foldIndex.get(example.fold) !== fold),
      lambda,
    );
    for (const example of examples) if (foldIndex.get(example.fold) === fold) fits.set(example, model);
  }
  return fits;
};

/** A rounded record of per-feature values, for the JSON artifact. */
export const featureRecord = <F extends string>(names: readonly F[], values: number[]): Record<F, number> =>
  Object.fromEntries(names.map((name, index) => [name, Number((values[index] ?? 0).toFixed(4))])) as Record<F, number>;

/**
 * A fitter's observations, read back from `cache` (the file `FIT_CACHE` names) when it exists and written there when it does not,
 * so that trying other settings need not ask every tune question again.
 */
export const cachedObservations = async <T>(cache: string | undefined, observe: () => Promise<T[]>): Promise<T[]> => {
  const raw = cache && existsSync(cache) ? (JSON.parse(readFileSync(cache, 'utf8')) as T[]) : await observe();
  if (cache) writeFileSync(cache, JSON.stringify(raw));
  return raw;
};

/** The observations as choice examples over standardised features, with the means and scales the fitted model keeps. */
export const standardisedExamples = <F extends string, O extends { features: Record<F, number> }>(
  names: readonly F[],
  raw: O[],
  choice: (observation: O) => Omit<ChoiceExample, 'x'>,
): { means: number[]; scales: number[]; examples: ChoiceExample[] } => {
  const { means, scales } = standardisation(
    names,
    raw.map((observation) => observation.features),
  );
  const examples = raw.map((observation) => ({
    ...choice(observation),
    x: names.map((name, index) => (observation.features[name] - (means[index] ?? 0)) / (scales[index] ?? 1)),
  }));
  return { means, scales, examples };
};

/** Writes a fitted model as JSON where core reads it (`target`, relative to this folder) and says what it measured. */
export const writeModel = (target: string, model: { measured: string }): void => {
  const path = fileURLToPath(new URL(target, import.meta.url));
  writeFileSync(path, `${JSON.stringify(model, null, 2)}\n`);
  console.error(`Wrote ${path}: ${model.measured}`);
};
