import { KildesvarError } from '../errors';

export interface Bm25Parameters {
  /** Term-frequency saturation; 1.2 is the usual default. */
  k1: number;
  /** Document-length normalisation between 0 (none) and 1 (full); 0.75 is the usual default. */
  b: number;
}

/**
 * One field as stored: the term count of every document, and per term a flat list of
 * `[documentGap, frequency, documentGap, frequency, …]` where the gaps add up to document numbers.
 */
export interface SerializedBm25Field {
  lengths: number[];
  postings: Record<string, number[]>;
}

interface Postings {
  documents: Uint32Array;
  frequencies: Uint32Array;
  /** The BM25 term-frequency part for each posting, precomputed so that a search only multiplies and adds. */
  weights: Float32Array;
  idf: number;
}

/** Okapi BM25 with the Lucene IDF, which is never negative: ln(1 + (N − df + 0.5) / (df + 0.5)). */
const inverseDocumentFrequency = (documentCount: number, documentFrequency: number): number =>
  Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));

/** The postings of one field of the lexical index, with BM25 weights precomputed. */
export class Bm25Field {
  private constructor(
    private readonly lengths: Uint32Array,
    private readonly postings: ReadonlyMap<string, Postings>,
  ) {}

  /** Builds the field from each document's terms (with repeats), in document order. */
  static build(documents: readonly (readonly string[])[], parameters: Bm25Parameters): Bm25Field {
    const lengths = Uint32Array.from(documents, (terms) => terms.length);
    const lists = new Map<string, { documents: number[]; frequencies: number[] }>();
    documents.forEach((terms, document) => {
      const counts = new Map<string, number>();
      for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
      for (const [term, frequency] of counts) {
        let list = lists.get(term);
        if (!list) {
          list = { documents: [], frequencies: [] };
          lists.set(term, list);
        }
        list.documents.push(document);
        list.frequencies.push(frequency);
      }
    });
    return Bm25Field.withWeights(lengths, lists, parameters);
  }

  static fromSerialized(serialized: SerializedBm25Field, parameters: Bm25Parameters): Bm25Field {
    const documentCount = serialized.lengths.length;
    const lists = new Map<string, { documents: number[]; frequencies: number[] }>();
    for (const [term, flat] of Object.entries(serialized.postings)) {
      const documents: number[] = [];
      const frequencies: number[] = [];
      let document = 0;
      for (let index = 0; index + 1 < flat.length; index += 2) {
        const frequency = flat[index + 1] ?? 0;
        document += flat[index] ?? 0;
        if (document >= documentCount || frequency < 1) {
          throw new KildesvarError('index_corrupt', `The lexical index's postings for "${term}" are corrupt.`);
        }
        documents.push(document);
        frequencies.push(frequency);
      }
      lists.set(term, { documents, frequencies });
    }
    return Bm25Field.withWeights(Uint32Array.from(serialized.lengths), lists, parameters);
  }

  private static withWeights(
    lengths: Uint32Array,
    lists: ReadonlyMap<string, { documents: number[]; frequencies: number[] }>,
    { k1, b }: Bm25Parameters,
  ): Bm25Field {
    const documentCount = lengths.length;
    const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(documentCount, 1) || 1;
    const postings = new Map<string, Postings>();
    for (const [term, list] of lists) {
      const documents = Uint32Array.from(list.documents);
      const frequencies = Uint32Array.from(list.frequencies);
      const weights = new Float32Array(documents.length);
      for (let index = 0; index < documents.length; index += 1) {
        const frequency = frequencies[index] ?? 0;
        const lengthNorm = 1 - b + (b * (lengths[documents[index] ?? 0] ?? 0)) / averageLength;
        weights[index] = (frequency * (k1 + 1)) / (frequency + k1 * lengthNorm);
      }
      postings.set(term, { documents, frequencies, weights, idf: inverseDocumentFrequency(documentCount, documents.length) });
    }
    return new Bm25Field(lengths, postings);
  }

  get documentCount(): number {
    return this.lengths.length;
  }

  terms(): IterableIterator<string> {
    return this.postings.keys();
  }

  /** Adds `weight` × BM25 of each (distinct) query term to `scores`, indexed by document number. */
  accumulate(terms: readonly string[], weight: number, scores: Float64Array): void {
    for (const term of terms) {
      const postings = this.postings.get(term);
      if (!postings) continue;
      const termWeight = weight * postings.idf;
      const { documents, weights } = postings;
      for (let index = 0; index < documents.length; index += 1) {
        const document = documents[index] ?? 0;
        scores[document] = (scores[document] ?? 0) + termWeight * (weights[index] ?? 0);
      }
    }
  }

  toSerialized(): SerializedBm25Field {
    const postings: Record<string, number[]> = {};
    const sorted = [...this.postings].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    for (const [term, { documents, frequencies }] of sorted) {
      const flat = new Array<number>(documents.length * 2);
      let previous = 0;
      for (let index = 0; index < documents.length; index += 1) {
        const document = documents[index] ?? 0;
        flat[index * 2] = document - previous;
        flat[index * 2 + 1] = frequencies[index] ?? 0;
        previous = document;
      }
      postings[term] = flat;
    }
    return { lengths: [...this.lengths], postings };
  }
}
