import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KildesvarError } from '../errors';
import type { RandomAccessFile } from '../files/random-access-file';
import { encodeLexicalIndex, lexicalIndexFromFile } from '../lexical/lexical-index-binary';
import { LruCache } from '../collections/lru-cache';
import { lazyIndexedChunk, readAnalysis, storeAnalysis, termSetFields, type AnalysisParts, type StoredAnalysis } from '../retrieval/analysed-chunk';
import type { IndexedChunk } from '../retrieval/indexed-chunk';
import type { RetrievalIndexes } from '../retrieval/retriever';
import type { Chunk } from '../schemas';
import { lazyChunkBodies, type ChunkHead, type ChunkTable } from './chunk-file';
import { retrievalFiles } from './index-directory';
import { damaged, type VerifiedIndex } from './verify-index';

/**
 * What start-up used to recompute, stored by ingest in the index folder: both BM25 indexes in
 * binary (`lexical-*.bin`), the stems' chunk frequencies, and every chunk's analysis
 * (`analysed-chunks.bin`: one JSON record per chunk behind an offset table). The server reads a
 * BM25 index's terms, document lengths and posting offsets at start-up and a term's postings when a
 * search first needs them, and a chunk's analysis when the second stage looks at the chunk, keeping
 * a bounded amount of each in memory. Every file is listed with its checksum in the manifest and
 * read only after verification: the files in `onDemandIndexFiles` carry per-block checksums and
 * each block is checked when it is first read (start-up hashes only the parts it reads).
 */
const ANALYSED_MAGIC = 'KSAC';
const ANALYSED_VERSION = 2;
/** Analysed chunks kept in memory per loaded index (the ones the second stage looked at last). */
export const analysedCacheSize = 2048;

export { onDemandIndexFiles } from './index-directory';

const termWeightsSchema = z.object({ chunkCount: z.number().int().nonnegative(), documentFrequency: z.record(z.string(), z.number().int().positive()) });

export const writeRetrievalFiles = (directory: string, chunks: readonly IndexedChunk[], indexes: RetrievalIndexes): void => {
  writeFileSync(path.join(directory, retrievalFiles.chunkLexical), encodeLexicalIndex(indexes.chunkIndex));
  writeFileSync(path.join(directory, retrievalFiles.sentenceLexical), encodeLexicalIndex(indexes.sentenceIndex));
  writeFileSync(
    path.join(directory, retrievalFiles.termWeights),
    JSON.stringify({ chunkCount: indexes.termWeights.chunkCount, documentFrequency: Object.fromEntries(indexes.termWeights.documentFrequency) }),
  );
  const records = chunks.map((chunk) => Buffer.from(JSON.stringify(storeAnalysis(chunk)), 'utf8'));
  const header = Buffer.from(JSON.stringify({ termSetFields: chunks[0] ? termSetFields(chunks[0]) : [] }), 'utf8');
  const table = Buffer.alloc(16 + header.length + 8 * (records.length + 1));
  table.write(ANALYSED_MAGIC, 0, 'latin1');
  table.writeUInt32LE(ANALYSED_VERSION, 4);
  table.writeUInt32LE(records.length, 8);
  table.writeUInt32LE(header.length, 12);
  header.copy(table, 16);
  const start = 16 + header.length;
  let offset = table.length;
  records.forEach((record, index) => {
    table.writeDoubleLE(offset, start + 8 * index);
    offset += record.length;
  });
  table.writeDoubleLE(offset, start + 8 * records.length);
  writeFileSync(path.join(directory, retrievalFiles.analysed), Buffer.concat([table, ...records]));
};

/** Reads one chunk's stored analysis from the open (verified) file, by chunk number; closed once nothing can read from it. */
class AnalysedChunkFile {
  private constructor(
    private readonly file: RandomAccessFile,
    private readonly location: string,
    private readonly offsets: Float64Array,
    readonly termSetFields: string[],
  ) {}

  /** Takes ownership of `file` (closed here if it does not decode, else once the reader is garbage). */
  static open(file: RandomAccessFile, location: string, expectedCount: number): AnalysedChunkFile {
    try {
      const head = file.readInto(Buffer.alloc(16), 0);
      const count = head.readUInt32LE(8);
      if (head.toString('latin1', 0, 4) !== ANALYSED_MAGIC || head.readUInt32LE(4) !== ANALYSED_VERSION || count !== expectedCount)
        throw damaged(location, `holds ${count} analysed chunks for ${expectedCount} chunks (or another format)`);
      const header = file.readInto(Buffer.alloc(head.readUInt32LE(12)), 16);
      const parsed = z.object({ termSetFields: z.array(z.string()) }).safeParse(parseOrNull(header.toString('utf8')));
      if (!parsed.success) throw damaged(location, 'has an unreadable header');
      const table = file.readInto(Buffer.alloc(8 * (count + 1)), 16 + header.length);
      const offsets = new Float64Array(count + 1);
      for (let index = 0; index <= count; index += 1) offsets[index] = table.readDoubleLE(8 * index);
      return new AnalysedChunkFile(file, location, offsets, parsed.data.termSetFields);
    } catch (error) {
      file.close();
      throw error;
    }
  }

  read(index: number): StoredAnalysis {
    const start = this.offsets[index];
    const end = this.offsets[index + 1];
    if (start === undefined || end === undefined) throw new KildesvarError('internal', `No analysed chunk ${index} in ${this.location}.`);
    const length = end - start;
    const bytes = this.file.readInto(Buffer.alloc(length), start);
    return JSON.parse(bytes.toString('utf8')) as StoredAnalysis;
  }
}

const parseOrNull = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

export interface StoredRetrieval {
  chunks: IndexedChunk[];
  indexes: RetrievalIndexes;
}

/**
 * Reads the stored indexes from a verified build and gives the chunks their analysis on demand (no
 * analysis at start-up). Counts are cross-checked with the chunks; a mismatch names the file.
 */
export const readRetrievalFiles = (
  index: VerifiedIndex,
  chunks: readonly Chunk[] | ChunkTable,
  yearsOf: (file: string) => [number, number],
): StoredRetrieval => {
  const table = 'heads' in chunks ? chunks : null;
  const heads: readonly (Chunk | ChunkHead)[] = table ? table.heads : (chunks as readonly Chunk[]);
  const location = (file: string) => path.join(index.directory, file);
  const chunkLexical = lexicalIndexFromFile(index.onDemand(retrievalFiles.chunkLexical));
  const chunkIndex = chunkLexical.index;
  if (chunkIndex.size !== heads.length) {
    chunkLexical.close();
    throw damaged(location(retrievalFiles.chunkLexical), `indexes ${chunkIndex.size} chunks where the build has ${heads.length}`);
  }
  const sentenceIndex = lexicalIndexFromFile(index.onDemand(retrievalFiles.sentenceLexical)).index;
  const weights = termWeightsSchema.safeParse(index.json(retrievalFiles.termWeights));
  if (!weights.success || weights.data.chunkCount !== heads.length)
    throw damaged(location(retrievalFiles.termWeights), `does not hold term weights for the build's ${heads.length} chunks`);
  const file = AnalysedChunkFile.open(index.onDemand(retrievalFiles.analysed), location(retrievalFiles.analysed), heads.length);
  const cache = new LruCache<number, AnalysisParts>(analysedCacheSize);
  const bodyOf = table ? lazyChunkBodies(table) : null;
  const indexed = heads.map((head, position) => {
    const chunk: IndexedChunk = lazyIndexedChunk(
      head,
      yearsOf(head.file),
      file.termSetFields,
      () => cache.get(position, () => readAnalysis(chunk, file.read(position))),
      bodyOf ? () => bodyOf(position) : undefined,
    );
    return chunk;
  });
  return {
    chunks: indexed,
    indexes: {
      chunkIndex,
      sentenceIndex,
      termWeights: { chunkCount: weights.data.chunkCount, documentFrequency: new Map(Object.entries(weights.data.documentFrequency)) },
    },
  };
};
