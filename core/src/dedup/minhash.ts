/**
 * MinHash signatures and locality-sensitive hashing over character shingles: finds
 * near-duplicate candidate pairs without comparing every pair.
 *
 * @module
 */
import { itemAt } from '../collections/item-at';
import { fnv1a } from '../hash/fnv1a';

/** Normalises a passage for duplicate detection: case, accents kept, punctuation and spacing dropped. */
export const normalizeForDedup = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const shingles = (normalized: string, size = 5): Set<string> => {
  const compact = normalized.replace(/ /g, '_');
  const result = new Set<string>();
  if (compact.length <= size) {
    if (compact.length > 0) result.add(compact);
    return result;
  }
  for (let index = 0; index + size <= compact.length; index += 1) result.add(compact.slice(index, index + size));
  return result;
};

export const jaccard = (left: Set<string>, right: Set<string>): number => {
  if (left.size === 0 && right.size === 0) return 1;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared += 1;
  return shared / (left.size + right.size - shared);
};

export interface MinHashOptions {
  hashes: number;
  bands: number;
}

export const minhashSignature = (items: Set<string>, hashes: number): Uint32Array => {
  const signature = new Uint32Array(hashes).fill(0xffffffff);
  for (const item of items) {
    const base = fnv1a(item, 0);
    const step = fnv1a(item, 0x9e3779b9) | 1;
    for (let index = 0; index < hashes; index += 1) {
      const value = (base + Math.imul(index, step)) >>> 0;
      if (value < (signature[index] ?? 0xffffffff)) signature[index] = value;
    }
  }
  return signature;
};

/** Per band, the groups (two or more, ascending) of signatures that agree on every row of that band. */
export function* bandBuckets(signatures: readonly Uint32Array[], options: MinHashOptions): Generator<number[]> {
  const rows = Math.floor(options.hashes / options.bands);
  for (let band = 0; band < options.bands; band += 1) {
    const buckets = new Map<string, number[]>();
    signatures.forEach((signature, index) => {
      // The band's values as 16-bit halves: equal keys exactly when the values are equal, without a string per value.
      let key = '';
      for (let row = band * rows; row < (band + 1) * rows; row += 1) {
        const value = signature[row] ?? 0;
        key += String.fromCharCode(value >>> 16, value & 0xffff);
      }
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    });
    for (const bucket of buckets.values()) if (bucket.length > 1) yield bucket;
  }
}

/** Candidate pairs (i < j) whose signatures agree on every row of at least one band. */
export const candidatePairs = (signatures: Uint32Array[], options: MinHashOptions): Array<[number, number]> => {
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const bucket of bandBuckets(signatures, options)) {
    for (let left = 0; left < bucket.length; left += 1) {
      const leftIndex = itemAt(bucket, left);
      for (let right = left + 1; right < bucket.length; right += 1) {
        const rightIndex = itemAt(bucket, right);
        const key = leftIndex * signatures.length + rightIndex;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([leftIndex, rightIndex]);
      }
    }
  }
  return pairs;
};
