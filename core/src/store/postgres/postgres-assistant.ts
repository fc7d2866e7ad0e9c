import { endianness } from 'node:os';
import type { Pool } from 'pg';
import { analyze, deserializeDictionary, languageResourcesSchema, WordKnowledge } from '../../analysis';
import type { Assistant } from '../../assistant/assistant';
import { createIndexAssistant, type IndexAssistantParts } from '../../assistant/index-assistant';
import { fetchedOriginals } from '../../assistant/original-texts';
import { CorpusEmbedder } from '../../embed/corpus-embedder';
import type { Embedder } from '../../embed/embedder';
import type { ModelSource } from '../../embed/select-embedder';
import { loadE5Embedder } from '../../embed/transformers-embedder';
import { KildesvarError } from '../../errors';
import { lexicalFields, type LexicalIndexOptions } from '../../lexical';
import { Retriever } from '../../retrieval/retriever';
import type { CatalogEntry } from '../../schemas';
import { settingsHash, settingsRecord } from '../index-settings';
import { buildManifestSchema } from '../manifest';
import { type FieldWeighing, fieldWeighing } from './compact-postings';
import { checkSchema } from './migrations';
import type { Unit, UnitWeighings } from './posting-transfer';
import { type LexicalScoring, PostgresCandidates } from './postgres-candidates';
import { denseListsProbed } from './dense-lists';
import { readDocumentNames } from './document-names';

/**
 * An assistant over the database store: it reads the active generation's small parts (catalog,
 * embedder state, English dictionary, lexical settings, stem vocabulary) and leaves the corpus in
 * the database, the original texts too (fetched for an answer's passages and for /api/documents,
 * a few MiB of them cached). `refresh()` switches to a newer active generation (the API polls it), so replicas
 * pick up an ingest without restarting; requests in flight finish on the generation they started on.
 */
export interface PostgresAssistantOptions extends ModelSource {
  pool: Pool;
  log?: (message: string) => void;
  /** Where dense lists' dot products are computed (`PostgresCandidates`); default 'app'. bench:store-stages compares both. */
  denseScoring?: LexicalScoring;
}

interface GenerationRow {
  manifest: unknown;
  embedder_state: unknown;
  english: unknown;
  language: unknown;
  lexical: { chunks: { options: LexicalIndexOptions; fields: string[] }; sentences: { options: LexicalIndexOptions; fields: string[] } };
  chunk_count: number;
  dense: 'hnsw' | 'exact' | 'lists';
}

/** Characters of original texts a generation keeps between requests (the 100× synthetic corpus holds 27 million). */
const originalsCacheChars = 4 * 2 ** 20;

const rebuild = 'run `STORE=postgres npm run ingest -- --force` to rebuild it';

export const activeGeneration = async (pool: Pool): Promise<number | null> => {
  const result = await pool.query<{ generation: string }>('SELECT generation FROM kildesvar_active');
  return result.rows[0] ? Number(result.rows[0].generation) : null;
};

/**
 * The field lengths of a generation written with schema version 6 (its rows are compact and their
 * weights computed from these), as typed arrays with their averages; undefined for an older one.
 */
const fieldWeighings = async (pool: Pool, generation: number, lexical: GenerationRow['lexical']): Promise<UnitWeighings | undefined> => {
  const result = await pool.query<{ unit: Unit; field: string; lengths: Buffer }>(
    'SELECT unit, field, lengths FROM kildesvar_field_lengths WHERE generation = $1',
    [generation],
  );
  if (result.rows.length === 0) return undefined;
  const weighings: Record<Unit, Record<string, FieldWeighing>> = { chunks: {}, sentences: {} };
  for (const { unit, field, lengths: bytes } of result.rows) {
    if (bytes.length % 4 !== 0)
      throw new KildesvarError('index_corrupt', `Generation ${generation}'s ${unit} ${field} lengths are not whole words; ${rebuild}.`);
    const lengths = new Uint32Array(bytes.length / 4);
    Buffer.from(lengths.buffer).set(bytes);
    if (endianness() === 'BE') Buffer.from(lengths.buffer).swap32();
    weighings[unit][field] = fieldWeighing(lengths, lexical[unit].options);
  }
  return weighings;
};

/** Loads one generation as an assistant (with its generation number in the health report). */
export const loadGeneration = async (options: PostgresAssistantOptions, generation: number): Promise<Assistant> =>
  createIndexAssistant(await generationParts(options, generation));

/** What an assistant over one generation is made of (the bench times its stages with them). */
export const generationParts = async (options: PostgresAssistantOptions, generation: number): Promise<IndexAssistantParts> => {
  const { pool } = options;
  const row = (
    await pool.query<GenerationRow>(
      'SELECT manifest, embedder_state, english, language, lexical, chunk_count, dense FROM kildesvar_generations WHERE generation = $1',
      [generation],
    )
  ).rows[0];
  if (!row) throw new KildesvarError('index_missing', `Generation ${generation} is not in the database; ${rebuild}.`);
  const manifest = buildManifestSchema.safeParse(row.manifest);
  if (!manifest.success) throw new KildesvarError('index_mismatch', `Generation ${generation} was written by another version of Kildesvar; ${rebuild}.`);
  if (manifest.data.settingsHash !== settingsHash(settingsRecord(manifest.data.embedder.id)))
    throw new KildesvarError(
      'index_mismatch',
      `Generation ${generation} was built with other cleaning, chunking or embedding settings than this version of Kildesvar uses; ${rebuild}.`,
    );
  for (const unit of ['chunks', 'sentences'] as const) {
    if (row.lexical[unit].fields.join() !== lexicalFields.join())
      throw new KildesvarError(
        'index_mismatch',
        `Generation ${generation} has lexical fields ${row.lexical[unit].fields.join(', ')}, this code uses ${lexicalFields.join(', ')}; ${rebuild}.`,
      );
  }
  const embedder: Embedder =
    manifest.data.embedder.kind === 'corpus' ? CorpusEmbedder.fromState(row.embedder_state, { analyze }) : await loadE5Embedder(options);
  if (embedder.id !== manifest.data.embedder.id || embedder.dimensions !== manifest.data.embedder.dimensions)
    throw new KildesvarError(
      'index_mismatch',
      `Generation ${generation} was built with ${manifest.data.embedder.id} but ${embedder.id} is loaded; ${rebuild}.`,
    );

  // The catalog only: original texts, chunks, analysis, postings and vectors stay in the database.
  const documents = await pool.query<{ file: string; entry: CatalogEntry; chars: number }>(
    'SELECT file, entry, chars FROM kildesvar_documents WHERE generation = $1',
    [generation],
  );
  const order = new Map(manifest.data.seeds.map((seed, index) => [seed.file, index]));
  const catalog = documents.rows.map((document) => document.entry).sort((left, right) => (order.get(left.file) ?? 0) - (order.get(right.file) ?? 0));
  const vocabulary = await pool.query<{ term: string }>(`SELECT term FROM kildesvar_postings WHERE generation = $1 AND unit = 'chunks' AND field = 'stems'`, [
    generation,
  ]);
  const candidates = new PostgresCandidates(
    pool,
    {
      generation,
      weighings: await fieldWeighings(pool, generation, row.lexical),
      names: await readDocumentNames(pool, generation),
      chunkCount: Number(row.chunk_count),
      dense: row.dense,
      lexical: { chunks: row.lexical.chunks.options, sentences: row.lexical.sentences.options },
      vocabulary: new Set(vocabulary.rows.map((entry) => entry.term)),
    },
    'app',
    denseListsProbed,
    options.denseScoring ?? 'app',
  );
  const english = row.english ? deserializeDictionary(row.english) : null;
  const language = languageResourcesSchema.safeParse(row.language);
  if (!language.success)
    throw new KildesvarError('index_mismatch', `Generation ${generation} lacks the language resources this version of Kildesvar needs; ${rebuild}.`);
  const retriever = Retriever.fromSource(candidates, embedder);
  return {
    catalog,
    originals: fetchedOriginals({
      chars: new Map(documents.rows.map((document) => [document.file, document.chars])),
      fetch: async (files) => {
        const texts = await pool.query<{ file: string; text: string }>('SELECT file, text FROM kildesvar_documents WHERE generation = $1 AND file = ANY($2)', [
          generation,
          files,
        ]);
        return new Map(texts.rows.map((row) => [row.file, row.text]));
      },
      cacheChars: originalsCacheChars,
    }),
    retriever,
    english,
    embedder,
    // The corpus's stems vouch for a compound's short parts (`WordKnowledge.usedPart`), as at ingest.
    knowledge: new WordKnowledge(language.data, retriever.vocabulary()),
    store: { kind: 'postgres', generation: String(generation) },
  };
};

/** The assistant over whichever generation is active; `refresh()` moves it to a newer one. */
export class PostgresAssistant implements Assistant {
  private constructor(
    private readonly options: PostgresAssistantOptions,
    private current: Assistant,
    private generation: number,
  ) {}

  static async load(options: PostgresAssistantOptions): Promise<PostgresAssistant> {
    const client = await options.pool.connect();
    try {
      await checkSchema(client);
    } finally {
      client.release();
    }
    const generation = await activeGeneration(options.pool);
    if (generation === null) throw new KildesvarError('index_missing', 'The database has no active index yet; run `STORE=postgres npm run ingest`.');
    return new PostgresAssistant(options, await loadGeneration(options, generation), generation);
  }

  get activeGeneration(): number {
    return this.generation;
  }

  /** Switches to the active generation when it changed; returns whether it did. */
  async refresh(): Promise<boolean> {
    const generation = await activeGeneration(this.options.pool);
    if (generation === null || generation === this.generation) return false;
    this.current = await loadGeneration(this.options, generation);
    this.generation = generation;
    this.options.log?.(`Switched to index generation ${generation}.`);
    return true;
  }

  health = () => this.current.health();
  documents = () => this.current.documents();
  document = (file: string) => this.current.document(file);
  search: Assistant['search'] = (query, options) => this.current.search(query, options);
  chat: Assistant['chat'] = (messages, filter) => this.current.chat(messages, filter);
}
