import type { Chunk } from '../schemas';
import type { TermSet } from './evidence';
import { decodeSentenceVector, encodeSentenceVector } from '../embed/sentence-vectors';
import { indexedText, type IndexedChunk, type IndexedSentence } from './indexed-chunk';

/**
 * What analysing a chunk yields, in a plain JSON form that ingest can store and start-up (or a
 * database replica) can read back without analysing again. Generic over the analysis: every
 * field of the chunk that holds a `TermSet` (heading, title, whole chunk, whatever the analyser
 * adds) is kept under its name with every set it has, and each sentence's span and terms.
 */
export interface StoredSentence {
  start: number;
  end: number;
  terms: Record<string, string[]>;
  /** Base64 of the sentence vector's signed bytes, when the index has sentence vectors. */
  vector?: string;
}

export interface StoredAnalysis {
  termSets: Record<string, Record<string, string[]>>;
  sentences: StoredSentence[];
}

export type AnalysisParts = Record<string, TermSet> & { sentences: IndexedSentence[] };

const isTermSet = (value: unknown): value is TermSet =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).length > 0 &&
  Object.values(value).every((item) => item instanceof Set);

/** The names of a chunk's `TermSet` fields (`headingTerms`, `terms`, …). */
export const termSetFields = (chunk: IndexedChunk): string[] => {
  const fields: string[] = [];
  // `for … in`, not Object.keys: a lazily analysed chunk has its fields as getters on its prototype.
  for (const key in chunk) if (isTermSet((chunk as unknown as Record<string, unknown>)[key])) fields.push(key);
  return fields;
};

const storeTerms = (terms: TermSet): Record<string, string[]> =>
  Object.fromEntries(Object.entries(terms).map(([key, values]: [string, ReadonlySet<string>]) => [key, [...values]]));

const readTerms = (stored: Record<string, string[]>): TermSet =>
  Object.fromEntries(Object.entries(stored).map(([key, values]) => [key, new Set(values)])) as unknown as TermSet;

export const storeAnalysis = (chunk: IndexedChunk): StoredAnalysis => ({
  termSets: Object.fromEntries(
    termSetFields(chunk).flatMap((field) => {
      const terms = (chunk as unknown as Record<string, TermSet | undefined>)[field];
      return terms ? [[field, storeTerms(terms)]] : [];
    }),
  ),
  sentences: chunk.sentences.map((sentence) => ({
    start: sentence.start,
    end: sentence.end,
    terms: storeTerms(sentence.terms),
    ...(sentence.vector ? { vector: encodeSentenceVector(sentence.vector) } : {}),
  })),
});

/**
 * A sentence read back from its stored analysis whose term sets are built on first use (then kept:
 * the same object each time, as the strength caches keyed by a `TermSet` need). The second stage
 * reads every candidate's sentence vectors but the sentence terms of only the chunks it ranks (~14
 * of ~30 at 100×, bench/README session 15), and building the sets costs about as much as parsing
 * the chunk's JSON; a database replica reads nearly every candidate anew.
 */
class ReadSentence implements IndexedSentence {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly vector?: Int8Array;
  #stored: Record<string, string[]> | undefined;
  #terms: TermSet | undefined;

  constructor(text: string, sentence: StoredSentence) {
    this.start = sentence.start;
    this.end = sentence.end;
    this.text = text.slice(sentence.start, sentence.end);
    if (sentence.vector) this.vector = decodeSentenceVector(sentence.vector);
    this.#stored = sentence.terms;
  }

  get terms(): TermSet {
    if (!this.#terms) {
      this.#terms = readTerms(this.#stored ?? {});
      this.#stored = undefined;
    }
    return this.#terms;
  }
}

export const readAnalysis = (chunk: Pick<Chunk, 'text'>, stored: StoredAnalysis): AnalysisParts =>
  ({
    ...Object.fromEntries(Object.entries(stored.termSets).map(([field, terms]) => [field, readTerms(terms)])),
    sentences: stored.sentences.map((sentence): IndexedSentence => new ReadSentence(chunk.text, sentence)),
  }) as AnalysisParts;

/** A chunk with its stored analysis read back (a database replica reads the few it ranks). */
export const analysedChunk = (chunk: Chunk, years: [number, number], stored: StoredAnalysis): IndexedChunk =>
  ({ ...chunk, year: years[0], years, indexedText: indexedText(chunk), ...readAnalysis(chunk, stored) }) as IndexedChunk;

const loadAnalysis = Symbol('loadAnalysis');
const loadBody = Symbol('loadBody');
/** What a lazily read chunk reads on first use besides its analysis (see `store/chunk-file.ts`). */
export type LazyChunkBody = Pick<Chunk, 'title' | 'heading' | 'text' | 'alsoIn'>;
const bodyFields = ['title', 'heading', 'text', 'alsoIn'] as const;
type LazyChunk = { [loadAnalysis]: () => AnalysisParts; [loadBody]: () => LazyChunkBody; heading: string; text: string };

/**
 * One prototype per list of analysed fields (and whether the chunk's text is read lazily too): each
 * getter reads the chunk's analysis, or its text, title, heading and alsoIn, through its loader.
 */
const lazyPrototypes = new Map<string, object>();
const lazyPrototype = (fields: readonly string[], lazyBody: boolean): object => {
  const key = `${fields.join('\u0000')}\u0001${lazyBody}`;
  const found = lazyPrototypes.get(key);
  if (found) return found;
  const getters: PropertyDescriptorMap = {
    sentences: {
      enumerable: true,
      get(this: LazyChunk) {
        return this[loadAnalysis]().sentences;
      },
    },
    indexedText: {
      get(this: LazyChunk) {
        return indexedText(this);
      },
    },
  };
  for (const field of fields)
    getters[field] = {
      enumerable: true,
      get(this: LazyChunk) {
        return this[loadAnalysis]()[field];
      },
    };
  if (lazyBody)
    for (const field of bodyFields)
      getters[field] = {
        enumerable: true,
        get(this: LazyChunk) {
          return this[loadBody]()[field];
        },
      };
  const prototype = Object.create(Object.prototype, getters) as object;
  lazyPrototypes.set(key, prototype);
  return prototype;
};

/**
 * A chunk whose analysed fields (`fields` and its sentences) are read from `load` when first
 * needed, and, given `body`, its text, title, heading and alsoIn too (`chunk` then holds only its
 * id and span). They are getters on a prototype the chunks share, so that creating one per chunk at
 * start-up costs no more than copying the chunk.
 */
export const lazyIndexedChunk = (
  chunk: Chunk | Pick<Chunk, 'id' | 'file' | 'start' | 'end'>,
  years: [number, number],
  fields: readonly string[],
  load: () => AnalysisParts,
  body?: () => LazyChunkBody,
): IndexedChunk =>
  Object.assign(Object.create(lazyPrototype(fields, body !== undefined)) as object, chunk, {
    year: years[0],
    years,
    [loadAnalysis]: load,
    ...(body ? { [loadBody]: body } : {}),
  }) as unknown as IndexedChunk;
