import { endianness } from 'node:os';
import type { Pool, PoolClient } from 'pg';
import pgvector from 'pgvector/pg';
import type { LexicalIndex } from '../../lexical';
import { storeAnalysis } from '../../retrieval/analysed-chunk';
import type { IndexedChunk } from '../../retrieval/indexed-chunk';
import type { RetrievalIndexes } from '../../retrieval/retriever';
import type { CatalogEntry } from '../../schemas';
import type { BuildManifest } from '../manifest';
import { denseLists, denseListsFrom, listCount } from './dense-lists';
import { listBlocksFrom } from './dense-lists-scan';
import { INGEST_LOCK, migrate } from './migrations';
import { encodeCompact } from './compact-postings';
import { compareIds, vectorTable } from './sql-names';
import { itemAt } from '../../collections/item-at';
import { KildesvarError } from '../../errors';

/**
 * Writes a whole index as a new generation in one transaction and makes it the active one at
 * commit: readers see the previous generation until then, and an ingest that dies leaves nothing
 * behind. Chunks and sentences are numbered in the order of their ids, so that SQL breaks BM25
 * ties by number exactly as the in-memory index breaks them by id.
 */
export interface GenerationContent {
  manifest: BuildManifest;
  catalog: readonly CatalogEntry[];
  originals: ReadonlyMap<string, string>;
  chunks: readonly IndexedChunk[];
  indexes: RetrievalIndexes;
  /** One vector per chunk, in the order of `chunks`. */
  vectors: readonly number[][];
  embedderState: unknown;
  english: unknown;
  /** The language resources (lemmas, compounds, acronyms) the chunks were analysed with. */
  language: unknown;
}

export type DenseKind = 'hnsw' | 'exact' | 'lists';

export interface WrittenGeneration {
  generation: number;
  dense: DenseKind;
  droppedGenerations: number[];
  seconds: number;
}

/** HNSW build settings matching the file store's hnswlib index (M 16, efConstruction 200). */
const hnswBuild = { m: 16, efConstruction: 200 };

const batched = async <T>(rows: readonly T[], size: number, write: (batch: readonly T[]) => Promise<unknown>): Promise<void> => {
  for (let start = 0; start < rows.length; start += size) await write(rows.slice(start, start + size));
};

/** `INSERT INTO table (columns) VALUES ($1, $2, …), (…)` for a batch of rows. */
const insertRows = (client: PoolClient, table: string, columns: readonly string[], rows: readonly unknown[][]) => {
  const values: unknown[] = [];
  const tuples = rows.map((row) => `(${row.map((value) => `$${values.push(value)}`).join(', ')})`);
  return client.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${tuples.join(', ')}`, values);
};

/** Each id's position in id order: the in-memory index breaks ties by id, SQL by this number. */
const numbersById = (ids: readonly string[]): ReadonlyMap<string, number> => new Map([...ids].sort(compareIds).map((id, position) => [id, position]));

const numberOf = (numbers: ReadonlyMap<string, number>, id: string): number => {
  const number = numbers.get(id);
  if (number === undefined) throw new KildesvarError('internal', `No number for ${id}: the lexical index and the chunks disagree.`);
  return number;
};

const lexicalDescription = (index: LexicalIndex) => ({
  options: index.options,
  documentCount: index.size,
  fields: index.fieldEntries().map(([name]) => name),
});

/** A copy of `values` as little-endian words (the host's own on little-endian machines). */
const littleEndian = (values: Uint32Array): Uint32Array => {
  const copy = new Uint32Array(values);
  if (endianness() === 'BE') Buffer.from(copy.buffer).swap32();
  return copy;
};

const writePostings = async (client: PoolClient, generation: number, unit: 'chunks' | 'sentences', index: LexicalIndex, numberOf: readonly number[]) => {
  for (const [field, bm25] of index.fieldEntries()) {
    const { terms, lengths, offsets, documents, frequencies } = bm25.toColumns();
    const weights = bm25.postingWeights();
    // The lengths by document number: the API computes compact rows' weights from them.
    const lengthsByNumber = new Uint32Array(lengths.length);
    lengths.forEach((length, document) => {
      lengthsByNumber[itemAt(numberOf, document)] = length;
    });
    await insertRows(
      client,
      'kildesvar_field_lengths',
      ['generation', 'unit', 'field', 'lengths'],
      [[generation, unit, field, Buffer.from(littleEndian(lengthsByNumber).buffer)]],
    );
    const idf = bm25.termIdf();
    const rows = terms.map((term, termIndex) => {
      const to = offsets[termIndex + 1] ?? 0;
      const from = offsets[termIndex] ?? to;
      // Sorted by document number: the compact row stores the gaps between them.
      const unsorted = Array.from(documents.subarray(from, to), (document) => itemAt(numberOf, document));
      const order = unsorted.map((_, posting) => posting).sort((left, right) => itemAt(unsorted, left) - itemAt(unsorted, right));
      const numbers = order.map((posting) => itemAt(unsorted, posting));
      const termFrequencies = order.map((posting) => itemAt(frequencies, from + posting));
      return [
        generation,
        unit,
        field,
        term,
        idf[termIndex],
        numbers,
        termFrequencies,
        order.map((posting) => itemAt(weights, from + posting)),
        encodeCompact(numbers, termFrequencies),
      ];
    });
    await batched(rows, 2000, (batch) =>
      insertRows(
        client,
        'kildesvar_postings',
        ['generation', 'unit', 'field', 'term', 'idf', 'documents', 'frequencies', 'weights', 'compact'],
        batch as unknown[][],
      ),
    );
  }
};

const hasPgvector = async (client: PoolClient): Promise<boolean> => {
  const available = await client.query(`SELECT 1 FROM pg_available_extensions WHERE name = 'vector'`);
  if (available.rowCount === 0) return false;
  await client.query('CREATE EXTENSION IF NOT EXISTS vector');
  return true;
};

export interface GenerationSettings {
  /** Chunks from which a generation without pgvector gets dense lists (default `denseListsFrom`; tests lower it). */
  denseListsFrom?: number;
}

export const writeGeneration = async (
  pool: Pool,
  content: GenerationContent,
  log?: (message: string) => void,
  settings: GenerationSettings = {},
): Promise<WrittenGeneration> => {
  const started = performance.now();
  const client = await pool.connect();
  try {
    await migrate(client, log);
    await client.query('BEGIN');
    let stageStarted = performance.now();
    const stage = (name: string) => {
      const now = performance.now();
      log?.(`Generation: ${name} in ${((now - stageStarted) / 1000).toFixed(1)} s.`);
      stageStarted = now;
    };
    let generation: number;
    let dense: DenseKind;
    try {
      // One ingest at a time; readers are not blocked.
      await client.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
      dense = (await hasPgvector(client)) ? 'hnsw' : content.chunks.length >= (settings.denseListsFrom ?? denseListsFrom) ? 'lists' : 'exact';
      if (dense !== 'hnsw')
        log?.(
          dense === 'exact'
            ? 'The pgvector extension is not available in this database: dense search will scan every vector exactly (fine for small corpora; install pgvector for an HNSW index).'
            : `The pgvector extension is not available in this database: dense search will go through ${listCount(content.chunks.length)} lists of vectors (approximate; install pgvector for an HNSW index).`,
        );
      generation = Number((await client.query<{ generation: string }>(`SELECT nextval('kildesvar_generation_seq') AS generation`)).rows[0]?.generation);
      const { chunkIndex, sentenceIndex, termWeights } = content.indexes;
      await client.query(
        'INSERT INTO kildesvar_generations (generation, manifest, embedder_state, english, language, lexical, chunk_count, dense) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [
          generation,
          content.manifest,
          JSON.stringify(content.embedderState),
          JSON.stringify(content.english),
          JSON.stringify(content.language),
          { chunks: lexicalDescription(chunkIndex), sentences: lexicalDescription(sentenceIndex) },
          content.chunks.length,
          dense,
        ],
      );
      await batched(content.catalog, 50, (batch) =>
        insertRows(
          client,
          'kildesvar_documents',
          ['generation', 'file', 'entry', 'chars', 'text'],
          batch.map((entry) => {
            const text = content.originals.get(entry.file) ?? '';
            return [generation, entry.file, entry, text.length, text];
          }),
        ),
      );

      stage('documents written');
      const chunkNumbers = numbersById(content.chunks.map((chunk) => chunk.id));
      const chunkRows = content.chunks.map((chunk, index) => {
        const vector = itemAt(content.vectors, index);
        const { id, file, start, end, title, heading, text, alsoIn } = chunk;
        return [
          generation,
          numberOf(chunkNumbers, id),
          id,
          file,
          chunk.years[0],
          chunk.years[1],
          JSON.stringify({ id, file, start, end, title, heading, text, alsoIn }),
          JSON.stringify(storeAnalysis(chunk)),
          vector,
          Math.hypot(...vector),
        ];
      });
      await batched(chunkRows, 500, (batch) =>
        insertRows(
          client,
          'kildesvar_chunks',
          ['generation', 'chunk_no', 'id', 'file', 'year_from', 'year_to', 'chunk', 'analysis', 'embedding', 'norm'],
          batch as unknown[][],
        ),
      );

      stage('chunks written');
      const sentences = content.chunks.flatMap((chunk) => chunk.sentences.map((_, position) => ({ id: `${chunk.id}#${position}`, chunk: chunk.id, position })));
      const sentenceNumbers = numbersById(sentences.map((sentence) => sentence.id));
      const sentenceRows = sentences.map((sentence) => [
        generation,
        numberOf(sentenceNumbers, sentence.id),
        numberOf(chunkNumbers, sentence.chunk),
        sentence.position,
      ]);
      await batched(sentenceRows, 5000, (batch) =>
        insertRows(client, 'kildesvar_sentences', ['generation', 'sentence_no', 'chunk_no', 'position'], batch as number[][]),
      );

      stage('sentences written');
      await writePostings(
        client,
        generation,
        'chunks',
        chunkIndex,
        chunkIndex.documentIds().map((id) => numberOf(chunkNumbers, id)),
      );
      stage('chunk postings written');
      await writePostings(
        client,
        generation,
        'sentences',
        sentenceIndex,
        sentenceIndex.documentIds().map((id) => numberOf(sentenceNumbers, id)),
      );
      stage('sentence postings written');
      await batched([...termWeights.documentFrequency], 5000, (batch) =>
        insertRows(
          client,
          'kildesvar_term_weights',
          ['generation', 'stem', 'chunk_frequency'],
          batch.map(([stem, frequency]) => [generation, stem, frequency]),
        ),
      );

      if (dense === 'hnsw') {
        const dimensions = content.manifest.embedder.dimensions;
        const table = vectorTable(generation);
        await client.query(`CREATE TABLE ${table} (chunk_no integer PRIMARY KEY, embedding vector(${dimensions}) NOT NULL)`);
        const vectorRows = content.chunks.map((chunk, index) => [numberOf(chunkNumbers, chunk.id), pgvector.toSql(itemAt(content.vectors, index))]);
        await batched(vectorRows, 500, (batch) => insertRows(client, table, ['chunk_no', 'embedding'], batch));
        stage('vectors written');
        await client.query(
          `CREATE INDEX ON ${table} USING hnsw (embedding vector_cosine_ops) WITH (m = ${hnswBuild.m}, ef_construction = ${hnswBuild.efConstruction})`,
        );
      }
      if (dense === 'lists') {
        const lists = denseLists(content.vectors, listCount(content.chunks.length));
        stage(`${lists.lists} dense lists computed`);
        await batched(
          Array.from({ length: lists.lists }, (_, list) => [
            generation,
            list,
            Array.from(lists.centroids.subarray(list * lists.dimensions, (list + 1) * lists.dimensions)),
          ]),
          500,
          (batch) => insertRows(client, 'kildesvar_dense_lists', ['generation', 'list', 'centroid'], batch as unknown[][]),
        );
        // In list order, so that a list's rows lie together.
        const listRows = content.chunks
          .map((chunk, index) => {
            const vector = itemAt(content.vectors, index);
            return [generation, lists.assignment[index] ?? 0, numberOf(chunkNumbers, chunk.id), vector, Math.hypot(...vector)] as const;
          })
          .sort((left, right) => left[1] - right[1] || left[2] - right[2]);
        await batched(listRows, 500, (batch) =>
          insertRows(client, 'kildesvar_list_vectors', ['generation', 'list', 'chunk_no', 'embedding', 'norm'], batch as unknown as unknown[][]),
        );
        // Each list as one row of bytes for the API's scan (dense-lists-scan.ts), derived from the rows just written.
        await client.query(listBlocksFrom('v.generation = $1'), [generation]);
      }
      stage(dense === 'hnsw' ? 'HNSW index built' : dense === 'lists' ? 'dense lists written' : 'term weights written');
      await client.query(
        'INSERT INTO kildesvar_active (singleton, generation) VALUES (true, $1) ON CONFLICT (singleton) DO UPDATE SET generation = excluded.generation',
        [generation],
      );
      await client.query(`SELECT pg_notify('kildesvar_generation', $1)`, [String(generation)]);
      await client.query('COMMIT');
      stage('committed');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    // Fresh statistics, so that the planner looks a query's terms up by index rather than hashing every posting row.
    await client.query(
      'ANALYZE kildesvar_postings, kildesvar_chunks, kildesvar_sentences, kildesvar_term_weights, kildesvar_dense_lists, kildesvar_list_vectors, kildesvar_list_blocks',
    );
    stage('analysed');
    const droppedGenerations = await dropOldGenerations(client, generation);
    return { generation, dense, droppedGenerations, seconds: (performance.now() - started) / 1000 };
  } finally {
    client.release();
  }
};

/**
 * Drops the generations before the previous one: the previous one stays for replicas that have
 * not yet noticed the new one (they poll every few seconds).
 */
export const dropOldGenerations = async (client: PoolClient, active: number): Promise<number[]> => {
  const old = await client.query<{ generation: string }>(
    'SELECT generation FROM kildesvar_generations WHERE generation < $1 ORDER BY generation DESC OFFSET 1',
    [active],
  );
  const dropped = old.rows.map((row) => Number(row.generation));
  for (const generation of dropped) {
    await client.query('BEGIN');
    await client.query(`DROP TABLE IF EXISTS ${vectorTable(generation)}`);
    await client.query('DELETE FROM kildesvar_generations WHERE generation = $1', [generation]);
    await client.query('COMMIT');
  }
  return dropped;
};
