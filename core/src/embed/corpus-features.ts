import type { SparseRow } from './truncated-svd';

/** Prefixes keep the two feature families apart: a term «and» never collides with an n-gram «and». */
export const termPrefix = 't:';
export const ngramPrefix = 'g:';

export interface NgramRange {
  readonly min: number;
  readonly max: number;
}

export interface FeatureExtraction {
  readonly analyze: (text: string) => string[];
  readonly ngrams: NgramRange;
}

/**
 * Counts a text's features: the analysed terms, and the character n-grams of each analysed term
 * wrapped in boundary marks («<journal>» gives «<jo», «jou», …, «al>»). The n-grams are what lets
 * «journalsystem» meet «pasientjournal», which share no whole term.
 */
export const countFeatures = (text: string, extraction: FeatureExtraction): Map<string, number> => {
  const counts = new Map<string, number>();
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  for (const term of extraction.analyze(text)) {
    if (term.length === 0) continue;
    add(termPrefix + term);
    const bounded = `<${term}>`;
    for (let size = extraction.ngrams.min; size <= extraction.ngrams.max; size += 1) {
      for (let start = 0; start + size <= bounded.length; start += 1) add(ngramPrefix + bounded.slice(start, start + size));
    }
  }
  return counts;
};

/** Smoothed inverse document frequency; never below 1, so a feature in every document still counts a little. */
export const inverseDocumentFrequency = (documentFrequency: number, documentCount: number): number =>
  Math.log((1 + documentCount) / (1 + documentFrequency)) + 1;

export interface FeatureSpace {
  /** Feature string → column. */
  readonly columns: ReadonlyMap<string, number>;
  readonly inverseDocumentFrequencies: Float64Array;
  /** 1 where the column is a character n-gram, 0 where it is a term. */
  readonly isNgram: Uint8Array;
  readonly termWeight: number;
  readonly ngramWeight: number;
}

/** What training learned about the features: which exist, in how many documents each occurs, and how the two families weigh. */
export interface FeatureStatistics {
  readonly features: readonly string[];
  readonly documentFrequencies: readonly number[];
  readonly documentCount: number;
  readonly termWeight: number;
  readonly ngramWeight: number;
}

/** The feature space of a trained embedder: columns in the order of `features`. */
export const createFeatureSpace = (model: FeatureStatistics): FeatureSpace => {
  const inverseDocumentFrequencies = new Float64Array(model.features.length);
  const isNgram = new Uint8Array(model.features.length);
  const columns = new Map<string, number>();
  model.features.forEach((feature, column) => {
    columns.set(feature, column);
    inverseDocumentFrequencies[column] = inverseDocumentFrequency(model.documentFrequencies[column] ?? 0, model.documentCount);
    isNgram[column] = feature.startsWith(ngramPrefix) ? 1 : 0;
  });
  return { columns, inverseDocumentFrequencies, isNgram, termWeight: model.termWeight, ngramWeight: model.ngramWeight };
};

/**
 * Weighs counted features into a sparse unit-length row: sublinear term frequency (1 + ln tf)
 * times idf, each family scaled to unit length and then by its weight, so thousands of n-grams do
 * not drown a dozen terms. Features outside the space are dropped.
 */
export const weighFeatures = (counts: ReadonlyMap<string, number>, space: FeatureSpace): SparseRow => {
  const size = counts.size;
  const columns = new Uint32Array(size);
  const weights = new Float64Array(size);
  let kept = 0;
  const familySquares = [0, 0];
  for (const [feature, count] of counts) {
    const column = space.columns.get(feature);
    if (column === undefined) continue;
    const weight = (1 + Math.log(count)) * (space.inverseDocumentFrequencies[column] ?? 0);
    columns[kept] = column;
    weights[kept] = weight;
    kept += 1;
    const family = space.isNgram[column] ?? 0;
    familySquares[family] = (familySquares[family] ?? 0) + weight * weight;
  }
  // In column order (every feature has a column of its own): each kept feature as column × size + its place, sorted as
  // numbers (exact below 2^53), without a pair and a comparator call per feature; every query and sentence is weighed here.
  const order = new Float64Array(kept);
  for (let place = 0; place < kept; place += 1) order[place] = (columns[place] ?? 0) * size + place;
  order.sort();
  const familyScale = [space.termWeight, space.ngramWeight].map((weight, family) => {
    const squares = familySquares[family] ?? 0;
    return squares > 0 ? weight / Math.sqrt(squares) : 0;
  });
  const indices = new Uint32Array(kept);
  const values = new Float64Array(kept);
  let sumOfSquares = 0;
  for (let position = 0; position < kept; position += 1) {
    const place = (order[position] ?? 0) % size;
    const column = columns[place] ?? 0;
    indices[position] = column;
    const value = (weights[place] ?? 0) * (familyScale[space.isNgram[column] ?? 0] ?? 0);
    values[position] = value;
    sumOfSquares += value * value;
  }
  const inverseNorm = sumOfSquares > 0 ? 1 / Math.sqrt(sumOfSquares) : 0;
  for (let position = 0; position < values.length; position += 1) values[position] = (values[position] ?? 0) * inverseNorm;
  return { indices, values };
};
