/**
 * How well a sentence carries the question's answer-bearing terms together: the IDF-weighted
 * share of the question's stems found in the sentence (full credit), or only in its neighbours
 * or heading (half credit), times the share of the question's numbers and years it states.
 * Drives the second-stage ranking, the choice of answer sentences and abstention.
 */
export interface TermSet {
  stems: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  /** Consecutive stems, "a b": terms that stand together. */
  pairs: ReadonlySet<string>;
}

export interface QueryTerms {
  stems: string[];
  numbers: string[];
  /** Consecutive answer-bearing stems of the question («KS Digital» → "ks digital"). */
  pairs: string[];
}

export const stemPairs = (stems: readonly string[]): string[] => stems.slice(1).map((stem, index) => `${stems[index]} ${stem}`);

export interface Evidence {
  /** 0..1: weighted share of the question's stems present. */
  coverage: number;
  /** 0..1: share of the question's numbers present (1 when it has none). */
  numbers: number;
  score: number;
}

const numberPattern = /\p{N}+(?:[.,]\p{N}+)*/gu;

/** Numbers as written, without thousands separators: "230.000" → "230000"; years stay years. */
export const extractNumbers = (text: string): string[] => [...text.matchAll(numberPattern)].map((match) => match[0].replace(/[.,](?=\d{3}\b)/g, ''));

const partialMinLength = 5;
const phraseWeight = 0.3;

/** Full match, or a compound sharing the stem («helsenett» in «helsenettverk»), at lower credit. */
const matchStrength = (stem: string, stems: ReadonlySet<string>): number => {
  if (stems.has(stem)) return 1;
  if (stem.length < partialMinLength) return 0;
  for (const candidate of stems) {
    if (candidate.length >= partialMinLength && (candidate.includes(stem) || stem.includes(candidate))) return 0.7;
  }
  return 0;
};

export const evidenceOf = (
  query: QueryTerms,
  weightOf: (stem: string) => number,
  sentence: TermSet,
  context: TermSet[] = [],
): Evidence => {
  let total = 0;
  let found = 0;
  for (const stem of query.stems) {
    const weight = weightOf(stem);
    total += weight;
    const direct = matchStrength(stem, sentence.stems);
    const nearby = direct < 1 ? Math.max(0, ...context.map((set) => matchStrength(stem, set.stems))) * 0.5 : 0;
    found += weight * Math.max(direct, nearby);
  }
  const coverage = total > 0 ? found / total : 0;
  let numbersFound = 0;
  for (const number of query.numbers) {
    if (sentence.numbers.has(number)) numbersFound += 1;
    else if (context.some((set) => set.numbers.has(number))) numbersFound += 0.5;
  }
  const numbers = query.numbers.length > 0 ? numbersFound / query.numbers.length : 1;
  // Question terms that stand together in the sentence as in the question (a name, a compound phrase) weigh extra.
  const together = query.pairs.length > 0 ? query.pairs.filter((pair) => sentence.pairs.has(pair)).length / query.pairs.length : 0;
  return { coverage, numbers, score: coverage * (0.4 + 0.6 * numbers) * (1 + phraseWeight * together) };
};
