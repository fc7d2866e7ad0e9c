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

/**
 * One field as flat columns (the binary index file and the database read these): the postings of
 * term `t` are `documents[offsets[t] .. offsets[t + 1])`, in document order, with their frequencies.
 */
export interface Bm25FieldColumns {
  terms: string[];
  lengths: Uint32Array;
  offsets: Uint32Array;
  documents: Uint32Array;
  frequencies: Uint16Array;
}

/** Okapi BM25 with the Lucene IDF, which is never negative: ln(1 + (N − df + 0.5) / (df + 0.5)). */
const inverseDocumentFrequency = (documentCount: number, documentFrequency: number): number =>
  Math.log(1 + (documentCount - documentFrequency + 0.5) / (documentFrequency + 0.5));

const maxFrequency = 0xffff;

/** Columns from per-term lists (terms in the order given). */
const columnsOf = (lengths: Uint32Array, lists: ReadonlyMap<string, { documents: number[]; frequencies: number[] }>): Bm25FieldColumns => {
  const entries = [...lists];
  const offsets = new Uint32Array(entries.length + 1);
  let total = 0;
  entries.forEach(([, list], index) => {
    offsets[index] = total;
    total += list.documents.length;
  });
  offsets[entries.length] = total;
  const documents = new Uint32Array(total);
  const frequencies = new Uint16Array(total);
  let at = 0;
  for (const [, list] of entries) {
    documents.set(list.documents, at);
    frequencies.set(
      list.frequencies.map((frequency) => Math.min(frequency, maxFrequency)),
      at,
    );
    at += list.documents.length;
  }
  return { terms: entries.map(([term]) => term), lengths, offsets, documents, frequencies };
};

/**
 * The postings of one field of the lexical index in flat typed arrays (no object per term), with
 * the BM25 term-frequency part precomputed per posting so that a search only multiplies and adds.
 */
export class Bm25Field {
  private constructor(
    private readonly columns: Bm25FieldColumns,
    private readonly termIndex: ReadonlyMap<string, number>,
    private readonly weights: Float32Array,
    private readonly idf: Float64Array,
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
    return Bm25Field.fromColumns(columnsOf(lengths, lists), parameters);
  }

  static fromSerialized(serialized: SerializedBm25Field, parameters: Bm25Parameters): Bm25Field {
    const documentCount = serialized.lengths.length;
    const lists = new Map<string, { documents: number[]; frequencies: number[] }>();
    for (const [term, flat] of Object.entries(serialized.postings)) {
      const documents: number[] = [];
      const frequencies: number[] = [];
      let document = 0;
      for (let index = 0; index + 1 < flat.length; index += 2) {
        document += flat[index] ?? 0;
        const frequency = flat[index + 1] ?? 0;
        if (document >= documentCount || frequency < 1) {
          throw new KildesvarError('index_corrupt', `The lexical index's postings for "${term}" are corrupt.`);
        }
        documents.push(document);
        frequencies.push(frequency);
      }
      lists.set(term, { documents, frequencies });
    }
    return Bm25Field.fromColumns(columnsOf(Uint32Array.from(serialized.lengths), lists), parameters);
  }

  /** From flat columns (as `toColumns` gives them); checks that they fit together. */
  static fromColumns(columns: Bm25FieldColumns, { k1, b }: Bm25Parameters): Bm25Field {
    const { terms, lengths, offsets, documents, frequencies } = columns;
    const documentCount = lengths.length;
    const postingCount = documents.length;
    if (offsets.length !== terms.length + 1 || offsets[terms.length] !== postingCount || frequencies.length !== postingCount) {
      throw new KildesvarError('index_mismatch', "The lexical index's postings do not match its terms.");
    }
    let lengthSum = 0;
    for (let document = 0; document < documentCount; document += 1) lengthSum += lengths[document] ?? 0;
    const averageLength = lengthSum / Math.max(documentCount, 1) || 1;
    const weights = new Float32Array(postingCount);
    for (let index = 0; index < postingCount; index += 1) {
      const document = documents[index] ?? documentCount;
      const frequency = frequencies[index] ?? 0;
      if (document >= documentCount || frequency < 1) throw new KildesvarError('index_mismatch', "The lexical index's postings are corrupt.");
      const lengthNorm = 1 - b + (b * (lengths[document] ?? 0)) / averageLength;
      weights[index] = (frequency * (k1 + 1)) / (frequency + k1 * lengthNorm);
    }
    const idf = new Float64Array(terms.length);
    const termIndex = new Map<string, number>();
    terms.forEach((term, index) => {
      termIndex.set(term, index);
      idf[index] = inverseDocumentFrequency(documentCount, (offsets[index + 1] ?? 0) - (offsets[index] ?? 0));
    });
    return new Bm25Field(columns, termIndex, weights, idf);
  }

  get documentCount(): number {
    return this.columns.lengths.length;
  }

  terms(): IterableIterator<string> {
    return this.termIndex.keys();
  }

  /** Adds `weight` × BM25 of each (distinct) query term to `scores`, indexed by document number. */
  accumulate(terms: readonly string[], weight: number, scores: Float64Array): void {
    const { offsets, documents } = this.columns;
    for (const term of terms) {
      const index = this.termIndex.get(term);
      if (index === undefined) continue;
      const termWeight = weight * (this.idf[index] ?? 0);
      const end = offsets[index + 1] ?? 0;
      for (let posting = offsets[index] ?? end; posting < end; posting += 1) {
        const document = documents[posting] ?? 0;
        scores[document] = (scores[document] ?? 0) + termWeight * (this.weights[posting] ?? 0);
      }
    }
  }

  /** The BM25 term-frequency part of each posting, in the order of `toColumns().documents`. */
  postingWeights(): Float32Array {
    return this.weights;
  }

  /** The IDF of each term, in the order of `toColumns().terms`. */
  termIdf(): Float64Array {
    return this.idf;
  }

  toColumns(): Bm25FieldColumns {
    return this.columns;
  }

  toSerialized(): SerializedBm25Field {
    const postings: Record<string, number[]> = {};
    const { terms, offsets, documents, frequencies } = this.columns;
    const order = terms.map((term, index) => [term, index] as const).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    for (const [term, index] of order) {
      const flat: number[] = [];
      let previous = 0;
      const end = offsets[index + 1] ?? 0;
      for (let posting = offsets[index] ?? end; posting < end; posting += 1) {
        const document = documents[posting] ?? 0;
        flat.push(document - previous, frequencies[posting] ?? 0);
        previous = document;
      }
      postings[term] = flat;
    }
    return { lengths: [...this.columns.lengths], postings };
  }
}
