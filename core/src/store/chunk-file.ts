import { openSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { chunkId } from '../chunk/chunk-id';
import { randomAccessFile, type RandomAccessFile } from '../files/random-access-file';
import { LruCache } from '../collections/lru-cache';
import { spanSchema, type Chunk } from '../schemas';
import { damaged } from './verify-index';

/**
 * The chunks of a build (`chunks.bin`), in a form start-up reads without parsing every text:
 *   'KSCH', version u32, chunk count u32, header length u32, a JSON header (the files, the ids'
 *   byte length), the ids (UTF-8, NUL-separated), then per chunk its file number, start and end
 *   (u32 columns), an offset table (f64, count + 1) and one JSON record per chunk with the rest
 *   (title, heading, text, alsoIn).
 * Start-up reads the header, ids and columns; a chunk's record is read (and its id checked
 * against its text and span) when something first reads its text, title, heading or alsoIn.
 */
const MAGIC = 'KSCH';
const VERSION = 1;
const SEPARATOR = '\u0000';
/** Chunk records kept in memory per loaded index. */
export const chunkBodyCacheSize = 2048;

export type ChunkHead = Pick<Chunk, 'id' | 'file' | 'start' | 'end'>;
export type ChunkBody = Pick<Chunk, 'title' | 'heading' | 'text' | 'alsoIn'>;

const headerSchema = z.object({ files: z.array(z.string()), idBytes: z.number().int().nonnegative() });
const bodySchema = z.object({ title: z.string(), heading: z.string(), text: z.string(), alsoIn: z.array(spanSchema) });

export const encodeChunks = (chunks: readonly Chunk[]): Buffer => {
  const files = [...new Set(chunks.map((chunk) => chunk.file))];
  const fileNumber = new Map(files.map((file, index) => [file, index]));
  const ids = Buffer.from(chunks.map((chunk) => chunk.id).join(SEPARATOR), 'utf8');
  const header = Buffer.from(JSON.stringify({ files, idBytes: ids.length }), 'utf8');
  const columns = new Uint32Array(3 * chunks.length);
  chunks.forEach((chunk, index) => {
    columns[index] = fileNumber.get(chunk.file) ?? 0;
    columns[chunks.length + index] = chunk.start;
    columns[2 * chunks.length + index] = chunk.end;
  });
  const records = chunks.map((chunk) =>
    Buffer.from(JSON.stringify({ title: chunk.title, heading: chunk.heading, text: chunk.text, alsoIn: chunk.alsoIn }), 'utf8'),
  );
  const head = Buffer.alloc(16);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(VERSION, 4);
  head.writeUInt32LE(chunks.length, 8);
  head.writeUInt32LE(header.length, 12);
  const before = 16 + header.length + ids.length + columns.byteLength;
  const offsets = new Float64Array(chunks.length + 1);
  let offset = before + offsets.byteLength;
  records.forEach((record, index) => {
    offsets[index] = offset;
    offset += record.length;
  });
  offsets[chunks.length] = offset;
  return Buffer.concat([head, header, ids, Buffer.from(columns.buffer), Buffer.from(offsets.buffer), ...records]);
};

export const writeChunkFile = (location: string, chunks: readonly Chunk[]): void => writeFileSync(location, encodeChunks(chunks));

/** The chunks of a build: their ids and spans in memory, the rest read per chunk. */
export interface ChunkTable {
  heads: ChunkHead[];
  body(position: number): ChunkBody;
}

/** A table over chunks already in memory (tests, a build just made). */
export const chunkTable = (chunks: readonly Chunk[]): ChunkTable => ({
  heads: [...chunks],
  body: (position) => chunks[position] ?? missing(position),
});

const missing = (position: number): never => {
  throw new RangeError(`No chunk ${position}.`);
};

/**
 * Reads the chunk file's ids and spans from `file` (which it owns from here on); a body is read and
 * its id checked on demand. Damage is an `index_corrupt` error naming `location`.
 */
export const openChunkFile = (file: RandomAccessFile, location: string): ChunkTable => {
  let heads: ChunkHead[];
  let offsets: Float64Array;
  try {
    const head = file.readInto(Buffer.alloc(16), 0);
    const count = head.readUInt32LE(8);
    if (head.toString('latin1', 0, 4) !== MAGIC || head.readUInt32LE(4) !== VERSION) throw damaged(location, 'is not a chunk file of this version');
    const headerBytes = head.readUInt32LE(12);
    const header = headerSchema.safeParse(parseOrNull(file.readInto(Buffer.alloc(headerBytes), 16).toString('utf8')));
    if (!header.success) throw damaged(location, 'has an unreadable header');
    const { files, idBytes } = header.data;
    const ids =
      count === 0
        ? []
        : file
            .readInto(Buffer.alloc(idBytes), 16 + headerBytes)
            .toString('utf8')
            .split(SEPARATOR);
    const columnsAt = 16 + headerBytes + idBytes;
    const columns = new Uint32Array(3 * count);
    file.readInto(new Uint8Array(columns.buffer), columnsAt);
    offsets = new Float64Array(count + 1);
    file.readInto(new Uint8Array(offsets.buffer), columnsAt + columns.byteLength);
    if (ids.length !== count) throw damaged(location, `holds ${ids.length} ids for ${count} chunks`);
    heads = ids.map((id, index) => {
      const name = files[columns[index] ?? 0];
      if (name === undefined) throw damaged(location, `names file number ${columns[index]} of ${files.length}`);
      return { id, file: name, start: columns[count + index] ?? 0, end: columns[2 * count + index] ?? 0 };
    });
  } catch (error) {
    file.close();
    throw error;
  }
  const body = (position: number): ChunkBody => {
    const head = heads[position];
    const start = offsets[position];
    const end = offsets[position + 1];
    if (head === undefined || start === undefined || end === undefined || end < start) return missing(position);
    const parsed = bodySchema.safeParse(parseOrNull(file.readInto(Buffer.alloc(end - start), start).toString('utf8')));
    if (!parsed.success || chunkId(head.file, head.start, head.end, parsed.data.text) !== head.id)
      throw damaged(location, `has chunk ${head.id} whose text or span does not match its id (shuffled or edited)`);
    return parsed.data;
  };
  return { heads, body };
};

/** The chunks as objects whose ids and spans are own fields and whose text, title, heading and alsoIn are read on first use (bounded cache). */
export const lazyChunkBodies = (table: ChunkTable, cacheSize = chunkBodyCacheSize): ((position: number) => ChunkBody) => {
  const cache = new LruCache<number, ChunkBody>(cacheSize);
  return (position) => cache.get(position, () => table.body(position));
};

const parseOrNull = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

/** Every chunk of a chunk file, texts included (the database writer, tests); unverified: for files already checked or made by the caller. */
export const readChunkFile = (location: string): Chunk[] => {
  const table = openChunkFile(randomAccessFile(openSync(location, 'r'), { truncated: () => damaged(location, 'is truncated') }), location);
  return table.heads.map((head, position) => ({ ...head, ...table.body(position) }));
};
