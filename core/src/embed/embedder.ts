/**
 * Turns text into dense vectors for similarity search. Every vector has `dimensions` entries and
 * unit length, so the dot product of two vectors is their cosine similarity. The one exception:
 * an embedder that can say nothing about a text (no feature of it is known) returns all zeros,
 * which is similar to nothing rather than falsely similar to something.
 */
export interface Embedder {
  /** Names the model and algorithm version; an index built with another id must be rebuilt. */
  readonly id: string;
  readonly dimensions: number;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}
