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
 * candidates labelled 1, plus λ‖w‖²/2. Groups with no such candidate teach nothing and are left out. The examples are packed
 * once into flat arrays and each step reuses them (the same sums in the same order as one array per candidate: the same weights, in about
 * half the time).
 */
export const fitConditionalLogit = (examples: ChoiceExample[], lambda: number, steps = 1500): LinearFit => {
  const groups = byGroup(examples).filter((group) => group.some((example) => example.y === 1));
  const dimensions = examples[0]?.x.length ?? 0;
  const count = groups.reduce((sum, group) => sum + group.length, 0);
  const xs = new Float64Array(count * dimensions);
  const ys = new Uint8Array(count);
  const starts = new Int32Array(groups.length + 1);
  let row = 0;
  groups.forEach((group, index) => {
    starts[index] = row;
    for (const example of group) {
      for (let dimension = 0; dimension < dimensions; dimension += 1) xs[row * dimensions + dimension] = example.x[dimension] ?? 0;
      ys[row] = example.y === 1 ? 1 : 0;
      row += 1;
    }
  });
  starts[groups.length] = row;
  const weights = new Array<number>(dimensions).fill(0);
  weights[0] = 1;
  const rate = 0.5;
  const w = new Float64Array(dimensions);
  const gradient = new Float64Array(dimensions);
  const exps = new Float64Array(count);
  for (let step = 0; step < steps; step += 1) {
    gradient.fill(0);
    for (let index = 0; index < dimensions; index += 1) w[index] = weights[index] ?? 0;
    for (let group = 0; group < groups.length; group += 1) {
      const start = starts[group] ?? 0;
      const end = starts[group + 1] ?? 0;
      let top = -Infinity;
      for (let candidate = start; candidate < end; candidate += 1) {
        let score = 0;
        for (let dimension = 0; dimension < dimensions; dimension += 1) score += (xs[candidate * dimensions + dimension] ?? 0) * (w[dimension] ?? 0);
        exps[candidate] = score;
        if (score > top) top = score;
      }
      let total = 0;
      let positive = 0;
      for (let candidate = start; candidate < end; candidate += 1) {
        const value = Math.exp((exps[candidate] ?? 0) - top);
        exps[candidate] = value;
        total += value;
        if (ys[candidate] === 1) positive += value;
      }
      for (let candidate = start; candidate < end; candidate += 1) {
        const value = exps[candidate] ?? 0;
        const difference = value / total - (ys[candidate] === 1 ? value / positive : 0);
        for (let dimension = 0; dimension < dimensions; dimension += 1)
          gradient[dimension] = (gradient[dimension] ?? 0) + difference * (xs[candidate * dimensions + dimension] ?? 0);
      }
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
