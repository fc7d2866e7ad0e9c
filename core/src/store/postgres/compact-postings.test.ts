import { describe, expect, it } from 'vitest';
import { compactCount, decodeCompact, encodeCompact } from './compact-postings';

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
    expect(
      encodeCompact(
        documents,
        documents.map(() => 1),
      ).length,
    ).toBe(2 + 2000);
  });

  it('refuses rows out of order, truncated or with bytes left over', () => {
    expect(() => encodeCompact([3, 3], [1, 1])).toThrow(/ascending/);
    const bytes = encodeCompact([1, 300], [1, 1]);
    expect(() => decodeCompact(bytes.subarray(0, bytes.length - 1))).toThrow(/ends inside|index_corrupt|compact/);
    expect(() => decodeCompact(Buffer.concat([bytes, Buffer.from([1])]))).toThrow(/after its postings/);
  });
});
