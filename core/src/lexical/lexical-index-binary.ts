/**
 * The lexical index as one compact binary file, whatever fields it has: a JSON header (options,
 * field names and sizes), then the ids and each field's terms as NUL-separated UTF-8, and the
 * postings as little-endian typed arrays read in place (no parsing per posting). At 100× the
 * corpus this loads in a fraction of the time `fromJSON` takes (bench/README.md); opened with
 * `openLexicalIndex`, the postings are not read at all until a search needs a term's.
 *
 * @module
 */
import { openSync } from 'node:fs';
import { z } from 'zod';
import { itemAt } from '../collections/item-at';
import { randomAccessFile, type RandomAccessFile } from '../files/random-access-file';
import { KildesvarError } from '../errors';
import { Bm25Field, type Bm25FieldColumns, type StoredBm25Field } from './bm25-field';
import { LEXICAL_INDEX_VERSION, LexicalIndex, serializedLexicalIndexSchema, type LexicalIndexOptions } from './lexical-index';

const MAGIC = 'KSLX';
const BINARY_VERSION = 1;
const SEPARATOR = '\u0000';

const headerSchema = z.object({
  version: z.literal(LEXICAL_INDEX_VERSION),
  binaryVersion: z.literal(BINARY_VERSION),
  options: serializedLexicalIndexSchema.shape.options,
  ids: z.object({ count: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() }),
  fields: z.array(
    z.object({
      name: z.string(),
      terms: z.number().int().nonnegative(),
      termBytes: z.number().int().nonnegative(),
      postings: z.number().int().nonnegative(),
    }),
  ),
});

const align = (offset: number, to: number) => Math.ceil(offset / to) * to;

const joinStrings = (values: readonly string[]): Buffer => {
  if (values.some((value) => value.includes(SEPARATOR))) throw new KildesvarError('internal', 'A lexical term or id contains a NUL character.');
  return Buffer.from(values.join(SEPARATOR), 'utf8');
};

const splitStrings = (buffer: Buffer, count: number): string[] => (count === 0 ? [] : buffer.toString('utf8').split(SEPARATOR));

export const encodeLexicalIndex = (index: LexicalIndex): Buffer => {
  const ids = joinStrings(index.documentIds());
  const fields = index.fieldEntries().map(([name, field]) => ({ name, columns: field.toColumns() }));
  const termBlobs = fields.map(({ columns }) => joinStrings(columns.terms));
  const header = Buffer.from(
    JSON.stringify({
      version: LEXICAL_INDEX_VERSION,
      binaryVersion: BINARY_VERSION,
      options: index.options,
      ids: { count: index.size, bytes: ids.length },
      fields: fields.map(({ name, columns }, position) => ({
        name,
        terms: columns.terms.length,
        termBytes: termBlobs[position]?.length,
        postings: columns.documents.length,
      })),
    }),
    'utf8',
  );
  const parts: Buffer[] = [];
  let offset = 0;
  const push = (part: Buffer | ArrayBufferView, alignment = 1) => {
    const padding = align(offset, alignment) - offset;
    if (padding > 0) parts.push(Buffer.alloc(padding));
    const bytes = Buffer.isBuffer(part) ? part : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    parts.push(bytes);
    offset += padding + bytes.length;
  };
  const prefix = Buffer.alloc(12);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(BINARY_VERSION, 4);
  prefix.writeUInt32LE(header.length, 8);
  push(prefix);
  push(header);
  push(ids);
  fields.forEach(({ columns }, position) => {
    push(itemAt(termBlobs, position));
    push(columns.lengths, 4);
    push(columns.offsets, 4);
    push(columns.documents, 4);
    push(columns.frequencies, 2);
  });
  return Buffer.concat(parts, offset);
};

const mismatch = (detail: string) =>
  new KildesvarError('index_mismatch', `The stored lexical index is not in the expected format (${detail}); rebuild it with \`npm run ingest -- --force\`.`);

/** A typed array over `count` elements at `offset`, in place when aligned (copied otherwise). */
const view = <T extends Uint32Array | Uint16Array>(
  kind: { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; new (length: number): T; BYTES_PER_ELEMENT: number },
  buffer: Buffer,
  offset: number,
  count: number,
): T => {
  const bytes = count * kind.BYTES_PER_ELEMENT;
  if (offset + bytes > buffer.length) throw mismatch('the file is truncated');
  const start = buffer.byteOffset + offset;
  if (start % kind.BYTES_PER_ELEMENT === 0) return new kind(buffer.buffer, start, count);
  const copy = new kind(count);
  new Uint8Array(copy.buffer).set(buffer.subarray(offset, offset + bytes));
  return copy;
};

interface FieldLayout {
  name: string;
  terms: string[];
  lengths: number;
  offsets: number;
  documents: number;
  frequencies: number;
  termCount: number;
  postings: number;
}

/**
 * Where everything is in the file: the parsed header, the ids, each field's terms and the byte
 * offset of each column. `bytesAt` gives the bytes at a position (`mismatch` past the end).
 */
const layoutOf = (bytesAt: (position: number, length: number) => Buffer): { options: LexicalIndexOptions; ids: string[]; fields: FieldLayout[] } => {
  const prefix = bytesAt(0, 12);
  if (prefix.toString('latin1', 0, 4) !== MAGIC) throw mismatch('not a Kildesvar lexical index file');
  if (prefix.readUInt32LE(4) !== BINARY_VERSION) throw mismatch(`binary version ${prefix.readUInt32LE(4)}`);
  const headerLength = prefix.readUInt32LE(8);
  let header: z.infer<typeof headerSchema>;
  try {
    header = headerSchema.parse(JSON.parse(bytesAt(12, headerLength).toString('utf8')));
  } catch (error) {
    throw mismatch(error instanceof Error ? error.message.slice(0, 200) : 'unreadable header');
  }
  let offset = 12 + headerLength;
  const ids = splitStrings(bytesAt(offset, header.ids.bytes), header.ids.count);
  offset += header.ids.bytes;
  if (ids.length !== header.ids.count) throw mismatch('the ids do not match their count');
  const fields: FieldLayout[] = [];
  for (const field of header.fields) {
    const terms = splitStrings(bytesAt(offset, field.termBytes), field.terms);
    offset += field.termBytes;
    if (terms.length !== field.terms) throw mismatch(`the terms of ${field.name} do not match their count`);
    const lengths = align(offset, 4);
    const offsets = lengths + 4 * header.ids.count;
    const documents = offsets + 4 * (field.terms + 1);
    const frequencies = documents + 4 * field.postings;
    offset = frequencies + 2 * field.postings;
    fields.push({ name: field.name, terms, lengths, offsets, documents, frequencies, termCount: field.terms, postings: field.postings });
  }
  bytesAt(offset, 0);
  return { options: header.options as LexicalIndexOptions, ids, fields };
};

export const decodeLexicalIndex = (buffer: Buffer): LexicalIndex => {
  const { options, ids, fields } = layoutOf((position, length) => {
    if (position + length > buffer.length) throw mismatch('the file is truncated');
    return buffer.subarray(position, position + length);
  });
  const decoded: Record<string, Bm25Field> = {};
  for (const field of fields) {
    const columns: Bm25FieldColumns = {
      terms: field.terms,
      lengths: view(Uint32Array, buffer, field.lengths, ids.length),
      offsets: view(Uint32Array, buffer, field.offsets, field.termCount + 1),
      documents: view(Uint32Array, buffer, field.documents, field.postings),
      frequencies: view(Uint16Array, buffer, field.frequencies, field.postings),
    };
    decoded[field.name] = Bm25Field.fromColumns(columns, options);
  }
  return LexicalIndex.fromParts(options, ids, decoded);
};

/**
 * The index in the file at `location`, leaving the postings on disk: the header, ids, terms,
 * document lengths and posting offsets are read now; each term's postings when a search first needs
 * them (the file stays open for the life of the process). Start-up does not grow with the postings.
 */
export const openLexicalIndex = (location: string, cacheBytes?: number): LexicalIndex =>
  lexicalIndexFromFile(randomAccessFile(openSync(location, 'r'), { truncated: () => mismatch('the file is truncated') }), cacheBytes).index;

/**
 * As `openLexicalIndex`, on a file the caller opened (the loader's verified on-demand file, whose
 * blocks are checked against the manifest as they are read). The index owns the file from here on:
 * it is closed when the file does not decode, by `close`, or once the index and its fields are
 * garbage (they read postings until then).
 */
export const lexicalIndexFromFile = (file: RandomAccessFile, cacheBytes?: number): { index: LexicalIndex; close: () => void } => {
  try {
    const readAt = (position: number, bytes: number): Buffer => file.readInto(Buffer.allocUnsafe(bytes), position);
    const { options, ids, fields } = layoutOf(readAt);
    const column = <T extends Uint32Array | Uint16Array>(kind: { new (length: number): T; BYTES_PER_ELEMENT: number }, position: number, count: number): T => {
      const values = new kind(count);
      file.readInto(new Uint8Array(values.buffer), position);
      return values;
    };
    const opened: Record<string, Bm25Field> = {};
    for (const field of fields) {
      const stored: StoredBm25Field = {
        terms: field.terms,
        lengths: column(Uint32Array, field.lengths, ids.length),
        offsets: column(Uint32Array, field.offsets, field.termCount + 1),
        read: (from, to) => ({
          documents: column(Uint32Array, field.documents + 4 * from, to - from),
          frequencies: column(Uint16Array, field.frequencies + 2 * from, to - from),
        }),
      };
      opened[field.name] = Bm25Field.fromStored(stored, options, cacheBytes);
    }
    return { index: LexicalIndex.fromParts(options, ids, opened), close: () => file.close() };
  } catch (error) {
    file.close();
    throw error;
  }
};
