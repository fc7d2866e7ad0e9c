import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { damaged, type VerifiedIndex } from './verify-index';

/**
 * The three files LangChain's HNSWLib store saves (args.json, docstore.json, hnswlib.index),
 * cross-checked against the chunks before hnswlib sees them: the native reader trusts its input
 * and a damaged file can crash the process, so it only ever reads bytes that passed the manifest
 * checksums and these checks.
 */
export const hnswFiles = { args: 'args.json', docstore: 'docstore.json', index: 'hnswlib.index' } as const;

export interface HnswExpectation {
  chunkIds: readonly string[];
  dimensions: number;
}

const headerBytes = 96;

/** Checks the header of an hnswlib index file: element count and vector layout (hnswlib's saveIndex format). */
export const checkHnswHeader = (bytes: Buffer, location: string, expected: HnswExpectation): void => {
  if (bytes.length < headerBytes) throw damaged(location, `is ${bytes.length} bytes, shorter than an hnswlib header`);
  const field = (offset: number) => Number(bytes.readBigUInt64LE(offset));
  const count = field(16);
  const perElement = field(24);
  const labelOffset = field(32);
  const dataOffset = field(40);
  if (count !== expected.chunkIds.length) throw damaged(location, `holds ${count} vectors for ${expected.chunkIds.length} chunks`);
  if (labelOffset - dataOffset !== expected.dimensions * 4)
    throw damaged(location, `stores vectors of ${(labelOffset - dataOffset) / 4} dimensions where the embedder has ${expected.dimensions}`);
  if (bytes.length < headerBytes + count * perElement) throw damaged(location, `is ${bytes.length} bytes, too short for ${count} vectors (truncated?)`);
};

/** Checks args.json and docstore.json against the chunks: dimensions, space, and one docstore entry per chunk in order. */
export const checkHnswMetadata = (index: VerifiedIndex, folder: string, expected: HnswExpectation): void => {
  const argsFile = `${folder}/${hnswFiles.args}`;
  const args = index.json(argsFile) as { space?: unknown; numDimensions?: unknown } | null;
  if (args?.space !== 'cosine' || args.numDimensions !== expected.dimensions)
    throw damaged(
      path.join(index.directory, argsFile),
      `describes ${String(args?.space)} vectors of ${String(args?.numDimensions)} dimensions where the manifest's embedder has cosine × ${expected.dimensions}`,
    );
  const docstoreFile = `${folder}/${hnswFiles.docstore}`;
  const entries = index.json(docstoreFile);
  const location = path.join(index.directory, docstoreFile);
  if (!Array.isArray(entries) || entries.length !== expected.chunkIds.length)
    throw damaged(location, `has ${Array.isArray(entries) ? entries.length : 'no'} entries for ${expected.chunkIds.length} chunks`);
  entries.forEach((entry: unknown, position) => {
    const [label, document] = Array.isArray(entry) ? entry : [];
    const chunkId = (document as { metadata?: { chunkId?: unknown } } | undefined)?.metadata?.chunkId;
    if (String(label) !== String(position) || chunkId !== expected.chunkIds[position])
      throw damaged(
        location,
        `maps vector ${position} to ${String(chunkId)} where the chunk file has ${expected.chunkIds[position]} (shuffled or from another build)`,
      );
  });
};

/** Writes the verified hnsw files to a private temporary folder for the native reader, and removes it after `use`. */
export const withVerifiedHnswFolder = async <T>(index: VerifiedIndex, folder: string, use: (directory: string) => Promise<T>): Promise<T> => {
  const directory = mkdtempSync(path.join(tmpdir(), 'kildesvar-hnsw-'));
  try {
    for (const file of Object.values(hnswFiles)) writeFileSync(path.join(directory, file), index.bytes(`${folder}/${file}`));
    return await use(directory);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
};
