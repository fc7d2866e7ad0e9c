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

/** One term's postings: document numbers in order, and the BM25 term-frequency part of each. */
export interface TermPostings {
  documents: Uint32Array;
  weights: Float32Array;
}

/**
 * A field whose postings stay in the index file: its terms, document lengths and posting offsets
 * are in memory; `read(from, to)` returns the documents and frequencies of postings `from..to`.
 */
export interface StoredBm25Field {
  terms: string[];
  lengths: Uint32Array;
  offsets: Uint32Array;
  read(from: number, to: number): { documents: Uint32Array; frequencies: Uint16Array };
}

/** Bytes of term postings a field read from its file keeps in memory (the terms searched last). */
export const storedPostingsCacheBytes = 32 * 2 ** 20;

/** The average document length `bm25Weights` divides by (the database store recomputes weights with both). */
export const averageFieldLength = (lengths: Uint32Array): number => {
  let sum = 0;
  for (let document = 0; document < lengths.length; document += 1) sum += lengths[document] ?? 0;
  return sum / Math.max(lengths.length, 1) || 1;
};

/** The BM25 term-frequency part of one posting, before it is stored as float32 (the database store's compact rows use it too). */
export const bm25Weight = (frequency: number, length: number, averageLength: number, k1: number, b: number): number =>
  bm25WeightOf(frequency, bm25LengthFactor(length, averageLength, k1, b), k1);

/** The part of a posting's weight that depends on its document only: k1 × (1 − b + b × length / average length). */
export const bm25LengthFactor = (length: number, averageLength: number, k1: number, b: number): number => k1 * (1 - b + (b * length) / averageLength);

/** A posting's weight from its frequency and its document's `bm25LengthFactor`. */
export const bm25WeightOf = (frequency: number, lengthFactor: number, k1: number): number => (frequency * (k1 + 1)) / (frequency + lengthFactor);

/** The BM25 term-frequency part of postings `documents`/`frequencies`; `index_corrupt` for a posting that cannot be. */
export const bm25Weights = (
  documents: Uint32Array,
  frequencies: Uint16Array,
  lengths: Uint32Array,
  averageLength: number,
  { k1, b }: Bm25Parameters,
): Float32Array => {
  const documentCount = lengths.length;
  const weights = new Float32Array(documents.length);
  for (let index = 0; index < documents.length; index += 1) {
    const document = documents[index] ?? documentCount;
    const frequency = frequencies[index] ?? 0;
    if (document >= documentCount || frequency < 1) throw new KildesvarError('index_corrupt', "The lexical index's postings are corrupt.");
    weights[index] = bm25Weight(frequency, lengths[document] ?? 0, averageLength, k1, b);
  }
  return weights;
};

/** Term postings by term number, least recently used dropped first once over `budget` bytes. */
/** Bytes an entry counts for: its arrays, and a little for the entry itself (a term with no postings is not free). */
const sizeOf = (postings: TermPostings): number => postings.documents.byteLength + postings.weights.byteLength + 64;

/**
 * Term postings kept in memory up to a byte budget, least recently used dropped first. Kept by term number in an
 * array, in order of use by a list linked through two Int32Arrays: a search reads some hundred terms, and moving
 * each to the newest end of a Map (a delete and an insert) cost as much as half the summing of their postings.
 */
export class PostingsCache<V extends TermPostings = TermPostings> {
  private readonly entries: Array<V | undefined>;
  /** Per term, the term used just after it and just before it (−1: none). */
  private readonly newer: Int32Array;
  private readonly older: Int32Array;
  private newest = -1;
  private oldest = -1;
  private bytes = 0;

  constructor(
    private readonly budget: number,
    terms: number,
  ) {
    this.entries = new Array<V | undefined>(terms);
    this.newer = new Int32Array(terms).fill(-1);
    this.older = new Int32Array(terms).fill(-1);
  }

  private unlink(term: number): void {
    const newer = this.newer[term] ?? -1;
    const older = this.older[term] ?? -1;
    if (newer >= 0) this.older[newer] = older;
    else this.newest = older;
    if (older >= 0) this.newer[older] = newer;
    else this.oldest = newer;
    this.newer[term] = -1;
    this.older[term] = -1;
  }

  private makeNewest(term: number): void {
    this.older[term] = this.newest;
    this.newer[term] = -1;
    if (this.newest >= 0) this.newer[this.newest] = term;
    this.newest = term;
    if (this.oldest < 0) this.oldest = term;
  }

  peek(term: number): V | undefined {
    const found = this.entries[term];
    if (found && term !== this.newest) {
      this.unlink(term);
      this.makeNewest(term);
    }
    return found;
  }

  get(term: number, make: () => V): V {
    const found = this.peek(term);
    if (found) return found;
    const made = make();
    this.entries[term] = made;
    this.makeNewest(term);
    this.bytes += sizeOf(made);
    while (this.bytes > this.budget && this.oldest >= 0 && this.oldest !== term) {
      const oldest = this.oldest;
      const postings = this.entries[oldest];
      this.unlink(oldest);
      this.entries[oldest] = undefined;
      if (postings) this.bytes -= sizeOf(postings);
    }
    return made;
  }

  /** Terms held, newest first (for tests). */
  held(): number[] {
    const terms: number[] = [];
    for (let term = this.newest; term >= 0; term = this.older[term] ?? -1) terms.push(term);
    return terms;
  }
}

/**
 * The postings of one field of the lexical index in flat typed arrays (no object per term), with
 * the BM25 term-frequency part precomputed per posting so that a search only multiplies and adds.
 * Built or decoded whole, or over a stored field whose postings are read per term when searched.
 */
export class Bm25Field {
  private constructor(
    private readonly lengths: Uint32Array,
    private readonly termIndex: ReadonlyMap<string, number>,
    private readonly idf: Float64Array,
    private readonly postingsOf: (term: number) => TermPostings,
    private readonly materialize: () => { columns: Bm25FieldColumns; weights: Float32Array },
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

  /** The term table, the IDFs and the check that the offsets fit the postings. */
  private static head(terms: readonly string[], lengths: Uint32Array, offsets: Uint32Array, postingCount: number) {
    if (offsets.length !== terms.length + 1 || offsets[terms.length] !== postingCount) {
      throw new KildesvarError('index_mismatch', "The lexical index's postings do not match its terms.");
    }
    const idf = new Float64Array(terms.length);
    const termIndex = new Map<string, number>();
    terms.forEach((term, index) => {
      const from = offsets[index] ?? 0;
      const to = offsets[index + 1] ?? 0;
      if (to < from) throw new KildesvarError('index_mismatch', "The lexical index's posting offsets are out of order.");
      termIndex.set(term, index);
      idf[index] = inverseDocumentFrequency(lengths.length, to - from);
    });
    return { idf, termIndex };
  }

  /** From flat columns (as `toColumns` gives them); checks that they fit together. */
  static fromColumns(columns: Bm25FieldColumns, parameters: Bm25Parameters): Bm25Field {
    const { terms, lengths, offsets, documents, frequencies } = columns;
    if (frequencies.length !== documents.length) throw new KildesvarError('index_mismatch', "The lexical index's postings do not match its terms.");
    const { idf, termIndex } = Bm25Field.head(terms, lengths, offsets, documents.length);
    const weights = bm25Weights(documents, frequencies, lengths, averageFieldLength(lengths), parameters);
    const postingsOf = (term: number): TermPostings => {
      const from = offsets[term] ?? 0;
      const to = offsets[term + 1] ?? from;
      return { documents: documents.subarray(from, to), weights: weights.subarray(from, to) };
    };
    return new Bm25Field(lengths, termIndex, idf, postingsOf, () => ({ columns, weights }));
  }

  /**
   * Over a field in the index file: nothing but the term table is read now; a term's postings are
   * read and weighed when a search first needs them and kept while they are among the last
   * `cacheBytes` searched. `index_corrupt` when a posting read is out of range.
   */
  static fromStored(stored: StoredBm25Field, parameters: Bm25Parameters, cacheBytes = storedPostingsCacheBytes): Bm25Field {
    const { terms, lengths, offsets } = stored;
    const postingCount = offsets[terms.length] ?? 0;
    const { idf, termIndex } = Bm25Field.head(terms, lengths, offsets, postingCount);
    const averageLength = averageFieldLength(lengths);
    const cache = new PostingsCache(cacheBytes, terms.length);
    const postingsOf = (term: number): TermPostings =>
      cache.get(term, () => {
        const { documents, frequencies } = stored.read(offsets[term] ?? 0, offsets[term + 1] ?? 0);
        return { documents, weights: bm25Weights(documents, frequencies, lengths, averageLength, parameters) };
      });
    const materialize = () => {
      const { documents, frequencies } = stored.read(0, postingCount);
      return { columns: { terms, lengths, offsets, documents, frequencies }, weights: bm25Weights(documents, frequencies, lengths, averageLength, parameters) };
    };
    return new Bm25Field(lengths, termIndex, idf, postingsOf, materialize);
  }

  get documentCount(): number {
    return this.lengths.length;
  }

  terms(): IterableIterator<string> {
    return this.termIndex.keys();
  }

  /** Adds `weight` × BM25 of each (distinct) query term to `scores`, indexed by document number (`documentCount` long). */
  accumulate(terms: readonly string[], weight: number, scores: Float64Array): void {
    for (const term of terms) {
      const index = this.termIndex.get(term);
      if (index === undefined) continue;
      const termWeight = weight * (this.idf[index] ?? 0);
      const { documents, weights } = this.postingsOf(index);
      // No `?? 0` in the loop every posting of every query term runs: `weights` is as long as `documents`, and every
      // document number is below the document count (checked when the postings were weighed: `bm25Weights`), the length of `scores`.
      for (let posting = 0; posting < documents.length; posting += 1) {
        const document = documents[posting] as number;
        scores[document] = (scores[document] as number) + termWeight * (weights[posting] as number);
      }
    }
  }

  /** The BM25 term-frequency part of each posting, in the order of `toColumns().documents`. */
  postingWeights(): Float32Array {
    return this.materialize().weights;
  }

  /** The IDF of each term, in the order of `toColumns().terms`. */
  termIdf(): Float64Array {
    return this.idf;
  }

  /** All postings as columns (a field read from its file reads them all). */
  toColumns(): Bm25FieldColumns {
    return this.materialize().columns;
  }

  toSerialized(): SerializedBm25Field {
    const postings: Record<string, number[]> = {};
    const { terms, offsets, documents, frequencies, lengths } = this.toColumns();
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
    return { lengths: [...lengths], postings };
  }
}
