import { describe, expect, it } from 'vitest';
import { averageFieldLength, bm25Weights } from '../../lexical/bm25-field';
import { compactCount, decodeCompact, encodeCompact, weighCompact } from './compact-postings';

describe('compact posting rows', () => {
  it('round-trips documents and frequencies, small and large gaps alike', () => {
    const documents = [0, 1, 2, 130, 16_514, 2_113_665, 4_000_000_000];
    const frequencies = [1, 127, 128, 3, 65_535, 1, 2];
    const bytes = encodeCompact(documents, frequencies);
    expect(compactCount(bytes)).toBe(7);
    const decoded = decodeCompact(bytes);
    expect([...decoded.documents]).toEqual(documents);
    expect([...decoded.frequencies]).toEqual(frequencies);
  });

  it('takes about 2 bytes a posting for a dense row (8 packed)', () => {
    const documents = Array.from({ length: 1000 }, (_, index) => 5 * index);
    expect(encodeCompact(documents, documents.map(() => 1)).length).toBe(2 + 2000);
  });

  it('weighs a row as the in-memory index does, to the bit, in a buffer of its own or a given one', () => {
    const lengths = new Uint32Array([12, 40, 7, 300, 1, 55]);
    const documents = new Uint32Array([0, 2, 3, 5]);
    const frequencies = new Uint16Array([1, 4, 9, 2]);
    const parameters = { k1: 1.2, b: 0.75 };
    const expected = bm25Weights(documents, frequencies, lengths, averageFieldLength(lengths), parameters);
    const weighing = { lengths, averageLength: averageFieldLength(lengths), parameters };
    const bytes = encodeCompact(documents, frequencies);
    const own = weighCompact(bytes, weighing);
    expect([...own.documents]).toEqual([...documents]);
    expect(Buffer.from(own.weights.buffer, own.weights.byteOffset, own.weights.byteLength)).toEqual(Buffer.from(expected.buffer));
    const target = new ArrayBuffer(64);
    const placed = weighCompact(bytes, weighing, target);
    expect(placed.weights.buffer).toBe(target);
    expect([...placed.weights]).toEqual([...expected]);
  });

  it('refuses rows out of order, truncated or with bytes left over', () => {
    expect(() => encodeCompact([3, 3], [1, 1])).toThrow(/ascending/);
    const bytes = encodeCompact([1, 300], [1, 1]);
    expect(() => decodeCompact(bytes.subarray(0, bytes.length - 1))).toThrow(/ends inside|index_corrupt|compact/);
    expect(() => decodeCompact(Buffer.concat([bytes, Buffer.from([1])]))).toThrow(/after its postings/);
  });
});
