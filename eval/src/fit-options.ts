/**
 * Settings the fit scripts read from the environment (eval/src/fit-*.ts): lists of penalties or folds, and a share of the
 * questions to cross-validate on.
 *
 * @module
 */
import { fnv1a } from '@kildesvar/core';

/** A comma-separated list of numbers (`FIT_LAMBDAS=0.01,0.1`), or `fallback` when unset or empty. */
export const numbersFromEnv = (value: string | undefined, fallback: number[]): number[] => {
  const read = (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(Number);
  if (read.some((number) => !Number.isFinite(number))) throw new RangeError(`not a list of numbers: ${value}`);
  return read.length > 0 ? read : fallback;
};

/** Whether the question `id` is in the share `share` (0–1) of the questions: by a hash of its id, so that every run agrees. */
export const inSample = (id: string, share: number): boolean => share >= 1 || fnv1a(id) % 1000 < share * 1000;
