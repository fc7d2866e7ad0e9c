/**
 * The deduplicator's sentences as shingle ids: each distinct shingle of the corpus is stored, hashed and compared as one
 * number, and each sentence as its distinct ids in ascending order. The same sets, signatures and decisions as the string
 * sets of `shingles`, `minhashSignature` and `jaccard` (see the tests), at a fraction of their memory and time: a corpus a
 * hundred times the size holds some 30 million (sentence, shingle) pairs, each a string in a `Set` before.
 *
 * @module
 */
import { itemAt } from '../collections/item-at';
import { fnv1a } from '../hash/fnv1a';
import { shingles } from './minhash';

export interface ShingleTable {
  /** Per id, the shingle. */
  texts: readonly string[];
  /** Per sentence, its distinct shingle ids, ascending. */
  sets: readonly Int32Array[];
  /** The MinHash signature of a sentence's ids: `minhashSignature` of its shingles. */
  signature(ids: Int32Array, hashes: number): Uint32Array;
}

/** The shingles of the (normalised) texts, each distinct one given an id in order of first appearance. */
export const shingleTable = (texts: readonly string[], size: number): ShingleTable => {
  const idOf = new Map<string, number>();
  const table: string[] = [];
  const sets = texts.map((text) => {
    const ids: number[] = [];
    for (const shingle of shingles(text, size)) {
      let id = idOf.get(shingle);
      if (id === undefined) {
        id = table.length;
        idOf.set(shingle, id);
        table.push(shingle);
      }
      ids.push(id);
    }
    return Int32Array.from(ids).sort();
  });
  // Both hashes of each shingle, once for the corpus (`minhashSignature` hashes a shingle once per sentence holding it).
  const bases = Uint32Array.from(table, (shingle) => fnv1a(shingle, 0));
  const steps = Uint32Array.from(table, (shingle) => fnv1a(shingle, 0x9e3779b9) | 1);
  const signature = (ids: Int32Array, hashes: number): Uint32Array => {
    const result = new Uint32Array(hashes).fill(0xffffffff);
    // Plain indexing in the loops: every id is below the table's length, every index below `hashes`.
    for (const id of ids) {
      const base = bases[id] as number;
      const step = steps[id] as number;
      for (let index = 0; index < hashes; index += 1) {
        const value = (base + Math.imul(index, step)) >>> 0;
        if (value < (result[index] as number)) result[index] = value;
      }
    }
    return result;
  };
  return { texts: table, sets, signature };
};

/**
 * `jaccard(left, right) >= threshold` of two sentences' ids, by one merge of the sorted ids that stops once the pair can
 * no longer reach the threshold: the ratio only grows with the shared count, so its value with every id left shared
 * bounds it (the division is rounded the same way, and rounding keeps the order).
 */
export const similarAtLeast = (left: Int32Array, right: Int32Array, threshold: number): boolean => {
  if (left.length === 0 && right.length === 0) return 1 >= threshold;
  const total = left.length + right.length;
  let shared = 0;
  let at = 0;
  let other = 0;
  while (at < left.length && other < right.length) {
    const mine = left[at] as number;
    const theirs = right[other] as number;
    if (mine === theirs) {
      shared += 1;
      at += 1;
      other += 1;
      continue;
    }
    if (mine < theirs) at += 1;
    else other += 1;
    const most = shared + Math.min(left.length - at, right.length - other);
    if (most / (total - most) < threshold) return false;
  }
  return shared / (total - shared) >= threshold;
};

/**
 * Whether at least `threshold` of the part's ids stand in the whole (`shared / part.length >= threshold`), by one merge
 * that stops once too many are missing to reach it.
 */
export const containedAtLeast = (part: Int32Array, whole: Int32Array, threshold: number): boolean => {
  let shared = 0;
  let other = 0;
  for (let at = 0; at < part.length; at += 1) {
    const id = part[at] as number;
    while (other < whole.length && (whole[other] as number) < id) other += 1;
    if (other < whole.length && whole[other] === id) {
      shared += 1;
      other += 1;
    } else if ((shared + part.length - at - 1) / part.length < threshold) return false;
  }
  return shared / part.length >= threshold;
};

/** Per shingle id, the sentences holding it, ascending: `positions[offsets[id]]` up to `positions[offsets[id + 1]]`. */
export interface Holders {
  offsets: Int32Array;
  positions: Int32Array;
}

export const holdersOf = (table: ShingleTable): Holders => {
  const offsets = new Int32Array(table.texts.length + 1);
  for (const set of table.sets) for (const id of set) offsets[id + 1] = itemAt(offsets, id + 1) + 1;
  for (let id = 0; id < table.texts.length; id += 1) offsets[id + 1] = itemAt(offsets, id + 1) + itemAt(offsets, id);
  const positions = new Int32Array(itemAt(offsets, table.texts.length));
  const filled = offsets.slice(0, table.texts.length);
  table.sets.forEach((set, position) => {
    for (const id of set) {
      positions[itemAt(filled, id)] = position;
      filled[id] = itemAt(filled, id) + 1;
    }
  });
  return { offsets, positions };
};

/**
 * The `count` ids of a set held by the fewest sentences, fewest first and, among as many, by their shingle's text: the
 * first `count` of the set sorted that way, chosen in one pass.
 */
export const rarestOf = (set: Int32Array, table: ShingleTable, holders: Holders, count: number): number[] => {
  const held = (id: number): number => itemAt(holders.offsets, id + 1) - itemAt(holders.offsets, id);
  const before = (left: number, right: number): boolean => {
    const difference = held(left) - held(right);
    return difference < 0 || (difference === 0 && itemAt(table.texts, left) < itemAt(table.texts, right));
  };
  const chosen: number[] = [];
  for (const id of set) {
    if (chosen.length === count && !before(id, itemAt(chosen, count - 1))) continue;
    let place = Math.min(chosen.length, count - 1);
    if (chosen.length < count) chosen.push(id);
    while (place > 0 && before(id, itemAt(chosen, place - 1))) {
      chosen[place] = itemAt(chosen, place - 1);
      place -= 1;
    }
    chosen[place] = id;
  }
  return chosen;
};
