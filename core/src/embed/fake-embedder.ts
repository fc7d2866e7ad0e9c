import type { Embedder } from './embedder';
import { normalizeInPlace } from './vector-math';
import { fnv1a } from '../hash/fnv1a';

/**
 * A deterministic stand-in for tests: each lowercased word adds ±1 to a hashed dimension, then the
 * vector is scaled to unit length. Texts sharing words are similar; nothing is learned or loaded.
 * A text without words gives the all-zero vector.
 */
export class FakeEmbedder implements Embedder {
  readonly id: string;
  readonly dimensions: number;

  constructor(dimensions = 64) {
    if (!Number.isInteger(dimensions) || dimensions < 1) throw new RangeError(`FakeEmbedder dimensions must be a whole number from 1 up, got ${dimensions}.`);
    this.dimensions = dimensions;
    this.id = `fake-hash-${dimensions}`;
  }

  embedText(text: string): number[] {
    const vector = new Array<number>(this.dimensions).fill(0);
    for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      const sign = fnv1a(word, 1) & 1 ? 1 : -1;
      const slot = fnv1a(word, 0) % this.dimensions;
      vector[slot] = (vector[slot] ?? 0) + sign;
    }
    return normalizeInPlace(vector);
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.embedText(text));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embedText(text);
  }
}
