/**
 * Names and orders the database store shares between its writer and its readers.
 *
 * @module
 */

/** The dense index of one generation (pgvector), dropped with it. */
export const vectorTable = (generation: number): string => {
  if (!Number.isSafeInteger(generation) || generation < 1) throw new RangeError(`Not a generation number: ${generation}`);
  return `kildesvar_vectors_${generation}`;
};

/** The order the in-memory lexical index breaks ties in (UTF-16 code units), used to number chunks and sentences. */
export const compareIds = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);
