import type { Span } from '@kildesvar/core/schemas';
import { itemAt } from '@kildesvar/core';

/**
 * The naive baseline the eval compares against: plain BM25, no analysis (lowercase words only,
 * no stemming, stopwords or n-grams), over fixed 700-character windows of the raw files.
 */
export interface BaselineHit extends Span {
  score: number;
}

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export class NaiveBm25 {
  private readonly windows: Span[] = [];
  private readonly termFrequencies: Array<Map<string, number>> = [];
  private readonly lengths: number[] = [];
  private readonly documentFrequency = new Map<string, number>();
  private readonly averageLength: number;

  constructor(
    originals: ReadonlyMap<string, string>,
    windowChars = 700,
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    for (const [file, text] of originals) {
      for (let start = 0; start < text.length; start += windowChars) {
        const end = Math.min(text.length, start + windowChars);
        const counts = new Map<string, number>();
        const tokens = words(text.slice(start, end));
        for (const token of tokens) counts.set(token, (counts.get(token) ?? 0) + 1);
        for (const token of counts.keys()) this.documentFrequency.set(token, (this.documentFrequency.get(token) ?? 0) + 1);
        this.windows.push({ file, start, end });
        this.termFrequencies.push(counts);
        this.lengths.push(tokens.length);
      }
    }
    this.averageLength = this.lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, this.lengths.length);
  }

  search(query: string, k: number): BaselineHit[] {
    const terms = [...new Set(words(query))];
    const total = this.windows.length;
    const hits = this.windows.map((window, index) => {
      const termFrequencies = itemAt(this.termFrequencies, index);
      const length = itemAt(this.lengths, index);
      let score = 0;
      for (const term of terms) {
        const frequency = termFrequencies.get(term);
        if (!frequency) continue;
        const documents = this.documentFrequency.get(term) ?? 0;
        const idf = Math.log(1 + (total - documents + 0.5) / (documents + 0.5));
        score += (idf * frequency * (this.k1 + 1)) / (frequency + this.k1 * (1 - this.b + (this.b * length) / this.averageLength));
      }
      return { ...window, score };
    });
    return hits
      .filter((hit) => hit.score > 0)
      .sort((left, right) => right.score - left.score)
      .slice(0, k);
  }
}
