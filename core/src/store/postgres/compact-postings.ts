import { KildesvarError } from '../../errors';
import { averageFieldLength, type Bm25Parameters, bm25LengthFactor } from '../../lexical/bm25-field';

/**
 * A posting row as schema version 6 stores it for the API (`kildesvar_postings.compact`): the
 * posting count, each document as the gap from the one before (the first from 0), then each
 * term frequency, all as unsigned LEB128 varints. At 100× the corpus a question's gram rows cover
 * a fifth of all chunks each, so the gaps are mostly one byte: ~2 bytes a posting where `packed`
 * (document uint32 + weight float32) was 8, and bytes on the wire were the lexical stage's cost.
 * The API computes each weight with the index's own `bm25Weight` from the unit's field lengths
 * (`kildesvar_field_lengths`), so the weights are the in-memory index's to the bit (`compact-rows.ts`).
 *
 * Hand-written: a varint is ten lines, and the npm varint packages encode one number per call into
 * arrays (slower here, where a row is decoded straight into typed arrays).
 */

/**
 * What a field's weights are computed from: each document's `bm25LengthFactor` by document number
 * (from the stored lengths, their average and k1/b; 8 bytes a document, computed once at load) and k1.
 */
export interface FieldWeighing {
  lengthFactors: Float64Array;
  k1: number;
}

/** A field's weighing from its document lengths by document number. */
export const fieldWeighing = (lengths: Uint32Array, { k1, b }: Bm25Parameters): FieldWeighing => {
  const averageLength = averageFieldLength(lengths);
  return { lengthFactors: Float64Array.from(lengths, (length) => bm25LengthFactor(length, averageLength, k1, b)), k1 };
};

const varintBytes = (value: number): number => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5);

/** The compact bytes of a row whose `documents` ascend (strictly) with their `frequencies`. */
export const encodeCompact = (documents: ArrayLike<number>, frequencies: ArrayLike<number>): Buffer => {
  const count = documents.length;
  if (frequencies.length !== count) throw new KildesvarError('internal', 'A posting row has as many frequencies as documents.');
  let size = varintBytes(count);
  let previous = 0;
  for (let index = 0; index < count; index += 1) {
    const document = documents[index] ?? 0;
    if (index > 0 && document <= previous) throw new KildesvarError('internal', 'A compact posting row needs ascending document numbers.');
    size += varintBytes(document - (index > 0 ? previous : 0)) + varintBytes(frequencies[index] ?? 0);
    previous = document;
  }
  const bytes = Buffer.allocUnsafe(size);
  let at = 0;
  const put = (value: number) => {
    let rest = value;
    while (rest >= 0x80) {
      bytes[at++] = (rest & 0x7f) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    bytes[at++] = rest;
  };
  put(count);
  previous = 0;
  for (let index = 0; index < count; index += 1) {
    const document = documents[index] ?? 0;
    put(document - previous);
    previous = document;
  }
  for (let index = 0; index < count; index += 1) put(frequencies[index] ?? 0);
  return bytes;
};

/** Reads one varint at `at.offset` (advancing it); `index_corrupt` past the end. */
const readVarint = (bytes: Uint8Array, at: { offset: number }): number => {
  let value = 0;
  let scale = 1;
  for (;;) {
    if (at.offset >= bytes.length) throw new KildesvarError('index_corrupt', 'A compact posting row ends inside a number.');
    const byte = bytes[at.offset++] ?? 0;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 0x80;
  }
};

/** The posting count at the head of a compact row. */
export const compactCount = (bytes: Uint8Array): number => readVarint(bytes, { offset: 0 });

/** A compact row's documents and frequencies. */
export const decodeCompact = (bytes: Uint8Array): { documents: Uint32Array; frequencies: Uint16Array } => {
  const at = { offset: 0 };
  const count = readVarint(bytes, at);
  const documents = new Uint32Array(count);
  const frequencies = new Uint16Array(count);
  decodeInto(bytes, at, documents, frequencies);
  return { documents, frequencies };
};

/** The hot loop in a plain function (as `addScaled`): single-byte varints take the fast path. */
const decodeInto = (bytes: Uint8Array, at: { offset: number }, documents: Uint32Array, frequencies: Uint16Array): void => {
  const count = documents.length;
  let offset = at.offset;
  let document = 0;
  for (let index = 0; index < count; index += 1) {
    const byte = bytes[offset] ?? 0x80;
    if (byte < 0x80 && offset < bytes.length) {
      offset += 1;
      document += byte;
    } else {
      at.offset = offset;
      document += readVarint(bytes, at);
      offset = at.offset;
    }
    documents[index] = document;
  }
  for (let index = 0; index < count; index += 1) {
    const byte = bytes[offset] ?? 0x80;
    if (byte < 0x80 && offset < bytes.length) {
      offset += 1;
      frequencies[index] = byte;
    } else {
      at.offset = offset;
      frequencies[index] = readVarint(bytes, at);
      offset = at.offset;
    }
  }
  if (offset !== bytes.length) throw new KildesvarError('index_corrupt', 'A compact posting row has bytes after its postings.');
  at.offset = offset;
};
