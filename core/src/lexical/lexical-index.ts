import { z } from 'zod';
import { bestDocuments } from './best-documents';
import { KildesvarError } from '../errors';
import { analyzeQuery, DEFAULT_GRAM_SIZE, documentFields, type AnalyzedQuery, type DocumentFields } from './analyze-query';
import { Bm25Field, type Bm25Parameters } from './bm25-field';
import { itemAt } from '../collections/item-at';
import { rebuildHint } from '../commands';

export const LEXICAL_INDEX_VERSION = 1;

export interface LexicalDocument {
  id: string;
  text: string;
}

export interface LexicalHit {
  id: string;
  score: number;
}

/** The fields of the index: one per list of terms `documentFields` gives a document. */
export type LexicalField = keyof DocumentFields;

export interface LexicalIndexOptions extends Bm25Parameters {
  /** Weight of each field's BM25 score in the sum: stems 1 and 4-grams 0.5 by default. */
  fieldWeights: Record<LexicalField, number>;
  gramSize: number;
}

/** Options for `LexicalIndex.build`: any subset, the rest from `defaultLexicalIndexOptions`. */
export type LexicalIndexBuildOptions = Partial<Omit<LexicalIndexOptions, 'fieldWeights'>> & {
  fieldWeights?: Partial<LexicalIndexOptions['fieldWeights']>;
};

export const defaultLexicalIndexOptions: LexicalIndexOptions = Object.freeze({
  k1: 1.2,
  b: 0.75,
  fieldWeights: Object.freeze({ stems: 1, grams: 0.5 }),
  gramSize: DEFAULT_GRAM_SIZE,
});

/** The field names, in the order their scores are summed. */
export const lexicalFields = Object.keys(defaultLexicalIndexOptions.fieldWeights) as LexicalField[];

const serializedFieldSchema = z.object({
  lengths: z.array(z.number().int().nonnegative()),
  postings: z.record(
    z.string(),
    z.custom<number[]>((value) => Array.isArray(value) && value.length % 2 === 0 && value.every(Number.isInteger), 'postings must be pairs of integers'),
  ),
});

export const serializedLexicalIndexSchema = z.object({
  version: z.literal(LEXICAL_INDEX_VERSION),
  options: z.object({
    k1: z.number().nonnegative(),
    b: z.number().min(0).max(1),
    fieldWeights: z.record(z.string(), z.number().nonnegative()),
    gramSize: z.number().int().positive(),
  }),
  ids: z.array(z.string()),
  fields: z.record(z.string(), serializedFieldSchema),
});
export type SerializedLexicalIndex = z.infer<typeof serializedLexicalIndexSchema>;

const resolveOptions = (options: LexicalIndexBuildOptions): LexicalIndexOptions => {
  const settings: LexicalIndexOptions = {
    ...defaultLexicalIndexOptions,
    ...options,
    fieldWeights: { ...defaultLexicalIndexOptions.fieldWeights, ...options.fieldWeights },
  };
  const checked = serializedLexicalIndexSchema.shape.options.safeParse(settings);
  if (!checked.success) {
    throw new RangeError(`Invalid lexical index options: ${checked.error.issues[0]?.message}`);
  }
  return settings;
};

/**
 * BM25 over two fields of the same analysed text: Snowball stems (weight 1) and character 4-grams of
 * the words (weight 0.5), which let compounds and inflections meet (`helsenett` ~ `Norsk Helsenett`).
 * Documents and queries go through the same Norwegian analyser.
 */
export class LexicalIndex {
  private constructor(
    readonly options: LexicalIndexOptions,
    private readonly ids: readonly string[],
    private readonly fields: Readonly<Record<LexicalField, Bm25Field>>,
  ) {}

  /** Builds the index from stored parts (ids and one field per name); `index_mismatch` when they do not fit. */
  static fromParts(options: LexicalIndexOptions, ids: readonly string[], fields: Readonly<Record<string, Bm25Field>>): LexicalIndex {
    const names = Object.keys(fields);
    const fits =
      names.length === lexicalFields.length &&
      lexicalFields.every((field) => fields[field]?.documentCount === ids.length && typeof options.fieldWeights[field] === 'number');
    if (!fits) {
      throw new KildesvarError(
        'index_mismatch',
        `The stored lexical index has fields ${names.join(', ')} (expected ${lexicalFields.join(', ')} over ${ids.length} documents); rebuild it with \`npm run ingest -- --force\`.`,
      );
    }
    return new LexicalIndex(options, ids, fields as Record<LexicalField, Bm25Field>);
  }

  /** The fields by name, in scoring order. */
  fieldEntries(): Array<[LexicalField, Bm25Field]> {
    return lexicalFields.map((field) => [field, this.fields[field]]);
  }

  /** The document ids, by document number. */
  documentIds(): readonly string[] {
    return this.ids;
  }

  static build(documents: readonly LexicalDocument[], options: LexicalIndexBuildOptions = {}): LexicalIndex {
    const settings = resolveOptions(options);
    const seen = new Set<string>();
    for (const { id } of documents) {
      if (seen.has(id)) throw new RangeError(`Duplicate document id in the lexical index: ${id}`);
      seen.add(id);
    }
    const analysed = documents.map((document) => documentFields(document.text, settings.gramSize));
    const fields = Object.fromEntries(
      lexicalFields.map((field) => [
        field,
        Bm25Field.build(
          analysed.map((terms) => terms[field]),
          settings,
        ),
      ]),
    );
    return new LexicalIndex(
      settings,
      documents.map((document) => document.id),
      fields as Record<LexicalField, Bm25Field>,
    );
  }

  /** Reads what `toJSON` wrote; throws `index_mismatch` (with what to run) for anything else. */
  static fromJSON(value: unknown): LexicalIndex {
    const parsed = serializedLexicalIndexSchema.safeParse(value);
    if (!parsed.success) {
      throw new KildesvarError(
        'index_mismatch',
        `The stored lexical index is not in the expected format (${parsed.error.issues[0]?.message}); ${rebuildHint}.`,
      );
    }
    const { options, ids, fields } = parsed.data;
    const settings = options as LexicalIndexOptions;
    return LexicalIndex.fromParts(
      settings,
      ids,
      Object.fromEntries(Object.entries(fields).map(([field, serialized]) => [field, Bm25Field.fromSerialized(serialized, settings)])),
    );
  }

  toJSON(): SerializedLexicalIndex {
    return {
      version: LEXICAL_INDEX_VERSION,
      options: this.options,
      ids: [...this.ids],
      fields: Object.fromEntries(this.fieldEntries().map(([field, bm25]) => [field, bm25.toSerialized()])),
    };
  }

  get size(): number {
    return this.ids.length;
  }

  /** The distinct stems of the indexed documents: the filter for translated English query words. */
  vocabulary(): ReadonlySet<string> {
    return new Set(this.fields.stems.terms());
  }

  /** Analyses a query with the index's own settings. */
  analyze(query: string): AnalyzedQuery {
    return analyzeQuery(query, this.options.gramSize);
  }

  /** The `k` best documents for a query, best first, ties broken by id; `[]` when nothing matches. */
  search(query: string, k: number, filter?: (id: string) => boolean): LexicalHit[] {
    return this.searchAnalyzed(this.analyze(query), k, filter);
  }

  /** As `search`, for a query analysed already (or combined from several, e.g. a question and its translation). */
  searchAnalyzed(query: AnalyzedQuery, k: number, filter?: (id: string) => boolean): LexicalHit[] {
    if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a whole number ≥ 0, got ${k}`);
    if (k === 0 || this.ids.length === 0) return [];
    const scores = new Float64Array(this.ids.length);
    for (const [field, bm25] of this.fieldEntries()) bm25.accumulate(query[field], this.options.fieldWeights[field], scores);
    const keep = filter ? (document: number) => filter(itemAt(this.ids, document)) : undefined;
    return bestDocuments(scores, this.ids, k, keep).map((document) => ({ id: itemAt(this.ids, document), score: scores[document] ?? 0 }));
  }
}
