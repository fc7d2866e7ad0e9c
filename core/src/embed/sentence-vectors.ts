/**
 * Sentence vectors for the second stage: each sentence of the corpus embedded at ingest (by the
 * corpus embedder, whose vectors are unit length) and kept as signed bytes, a quarter of a float's
 * size, so that they travel inside the stored analysis of a chunk (file and database store alike).
 * A question is compared with them as a whole: the sentence that says the same thing in other
 * words shares its co-occurrence patterns and character n-grams even where it shares no stem.
 */

/** Signed bytes hold a unit vector's components (each within −1..1) as multiples of 1/127. */
const scale = 127;

/** A unit vector as signed bytes: `round(x × 127)` per component. */
export const quantizeSentenceVector = (vector: ArrayLike<number>): Int8Array => {
  const bytes = new Int8Array(vector.length);
  for (let index = 0; index < vector.length; index += 1) bytes[index] = Math.max(-scale, Math.min(scale, Math.round((vector[index] ?? 0) * scale)));
  return bytes;
};

/** Base64 of the bytes, as the stored analysis keeps them. */
export const encodeSentenceVector = (bytes: Int8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export const decodeSentenceVector = (text: string): Int8Array => {
  const buffer = Buffer.from(text, 'base64');
  return new Int8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
};

/**
 * Cosine of a unit question vector and a stored sentence vector (0 when their sizes differ: a
 * sentence embedded by another model says nothing).
 */
export const sentenceSimilarity = (question: ArrayLike<number>, sentence: Int8Array): number => {
  if (question.length !== sentence.length) return 0;
  let sum = 0;
  // Both lengths are equal, so every index is in range (no `?? 0` in the loop every candidate's sentences run).
  for (let index = 0; index < sentence.length; index += 1) sum += (question[index] as number) * (sentence[index] as number);
  return sum / scale;
};

/** The highest similarity of the question to any of the sentences that have a vector; 0 when none has. */
export const bestSentenceSimilarity = (question: ArrayLike<number>, sentences: ReadonlyArray<{ vector?: Int8Array }>): number => {
  let best = 0;
  for (const sentence of sentences) if (sentence.vector) best = Math.max(best, sentenceSimilarity(question, sentence.vector));
  return best;
};
