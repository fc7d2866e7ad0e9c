import { closeSync, readSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KildesvarError } from '../errors';
import { closeWhenCollected } from '../files/close-when-collected';
import { encodeLexicalIndex, lexicalIndexFromDescriptor } from '../lexical/lexical-index-binary';
import { lazyIndexedChunk, LruCache, readAnalysis, storeAnalysis, termSetFields, type AnalysisParts, type StoredAnalysis } from '../retrieval/analysed-chunk';
import type { IndexedChunk } from '../retrieval/indexed-chunk';
import type { RetrievalIndexes } from '../retrieval/retriever';
import type { Chunk } from '../schemas';
import { retrievalFiles } from './index-directory';
import { damaged, type VerifiedIndex } from './verify-index';

/**
 * What start-up used to recompute, stored by ingest in the index folder: both BM25 indexes in
 * binary (`lexical-*.bin`), the stems' chunk frequencies, and every chunk's analysis
 * (`analysed-chunks.bin`: one JSON record per chunk behind an offset table). The server reads a
 * BM25 index's terms, document lengths and posting offsets at start-up and a term's postings when a
 * search first needs them, and a chunk's analysis when the second stage looks at the chunk, keeping
 * a bounded amount of each in memory. Every file is listed with its checksum in the manifest and
 * read only after verification: the files in `onDemandRetrievalFiles` are hashed through their
 * descriptor (streamed, not held) and read from that descriptor afterwards.
 */
const ANALYSED_MAGIC = 'KSAC';
const ANALYSED_VERSION = 2;
/** Analysed chunks kept in memory per loaded index (the ones the second stage looked at last). */
export const analysedCacheSize = 2048;

/** The retrieval files a loader verifies through a descriptor (`VerifyOptions.onDemand`) and reads in parts later. */
export const onDemandRetrievalFiles: readonly string[] = [retrievalFiles.chunkLexical, retrievalFiles.sentenceLexical, retrievalFiles.analysed];

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
    private readonly descriptor: number,
    private readonly location: string,
    private readonly offsets: Float64Array,
    readonly termSetFields: string[],
  ) {}

  static open(descriptor: number, location: string, expectedCount: number): AnalysedChunkFile {
    const head = Buffer.alloc(16);
    readSync(descriptor, head, 0, 16, 0);
    const count = head.readUInt32LE(8);
    if (head.toString('latin1', 0, 4) !== ANALYSED_MAGIC || head.readUInt32LE(4) !== ANALYSED_VERSION || count !== expectedCount) {
      closeSync(descriptor);
      throw damaged(location, `holds ${count} analysed chunks for ${expectedCount} chunks (or another format)`);
    }
    const header = Buffer.alloc(head.readUInt32LE(12));
    readSync(descriptor, header, 0, header.length, 16);
    const parsed = z.object({ termSetFields: z.array(z.string()) }).safeParse(parseOrNull(header.toString('utf8')));
    if (!parsed.success) {
      closeSync(descriptor);
      throw damaged(location, 'has an unreadable header');
    }
    const table = Buffer.alloc(8 * (count + 1));
    readSync(descriptor, table, 0, table.length, 16 + header.length);
    const offsets = new Float64Array(count + 1);
    for (let index = 0; index <= count; index += 1) offsets[index] = table.readDoubleLE(8 * index);
    const file = new AnalysedChunkFile(descriptor, location, offsets, parsed.data.termSetFields);
    closeWhenCollected(file, descriptor);
    return file;
  }

  read(index: number): StoredAnalysis {
    const start = this.offsets[index];
    const end = this.offsets[index + 1];
    if (start === undefined || end === undefined) throw new KildesvarError('internal', `No analysed chunk ${index} in ${this.location}.`);
    const length = end - start;
    const bytes = Buffer.alloc(length);
    readSync(this.descriptor, bytes, 0, length, start);
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
export const readRetrievalFiles = (index: VerifiedIndex, chunks: readonly Chunk[], yearsOf: (file: string) => [number, number]): StoredRetrieval => {
  const location = (file: string) => path.join(index.directory, file);
  const chunkLexical = lexicalIndexFromDescriptor(index.descriptor(retrievalFiles.chunkLexical));
  const chunkIndex = chunkLexical.index;
  if (chunkIndex.size !== chunks.length) {
    chunkLexical.close();
    throw damaged(location(retrievalFiles.chunkLexical), `indexes ${chunkIndex.size} chunks where chunks.json has ${chunks.length}`);
  }
  const sentenceIndex = lexicalIndexFromDescriptor(index.descriptor(retrievalFiles.sentenceLexical)).index;
  const weights = termWeightsSchema.safeParse(index.json(retrievalFiles.termWeights));
  if (!weights.success || weights.data.chunkCount !== chunks.length)
    throw damaged(location(retrievalFiles.termWeights), `does not hold term weights for the ${chunks.length} chunks of chunks.json`);
  const file = AnalysedChunkFile.open(index.descriptor(retrievalFiles.analysed), location(retrievalFiles.analysed), chunks.length);
  const cache = new LruCache<number, AnalysisParts>(analysedCacheSize);
  const indexed = chunks.map((chunk, position) =>
    lazyIndexedChunk(chunk, yearsOf(chunk.file), file.termSetFields, () => cache.get(position, () => readAnalysis(chunk, file.read(position)))),
  );
  return {
    chunks: indexed,
    indexes: {
      chunkIndex,
      sentenceIndex,
      termWeights: { chunkCount: weights.data.chunkCount, documentFrequency: new Map(Object.entries(weights.data.documentFrequency)) },
    },
  };
};
