/**
 * A Bloom filter over the Debian word lists' forms (about 1.3 million: 1,341,626 lowercase forms, bokmål and nynorsk), so a question word can be
 * told to be a real Norwegian word — and left as typed — without holding the lists: about 1.7 MB at 10 bits a word, about
 * 1 % false positives (a misspelling taken for a word, and left uncorrected: the safe side). Written here: it is saved in
 * the index's language.json as base64, and the filter libraries on npm serialise their bits as JSON arrays of numbers.
 */
export interface WordFilterData {
  /** Hash functions per word. */
  hashes: number;
  /** The bit array, base64. */
  bits: string;
}

const bitsPerWord = 10;
const hashCount = 7;

/** FNV-1a over the word's UTF-16 code units, 32 bits, from a seed. */
const fnv1a = (word: string, seed: number): number => {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < word.length; index += 1) {
    hash ^= word.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
};

export class WordFilter {
  private constructor(
    private readonly bits: Uint8Array,
    private readonly hashes: number,
  ) {}

  /** A filter holding `words` (as given: lowercase them first). */
  static build(words: readonly string[]): WordFilter {
    const filter = new WordFilter(new Uint8Array(Math.max(1, Math.ceil((words.length * bitsPerWord) / 8))), hashCount);
    for (const word of words) filter.add(word);
    return filter;
  }

  static fromData(data: WordFilterData): WordFilter {
    return new WordFilter(new Uint8Array(Buffer.from(data.bits, 'base64')), data.hashes);
  }

  toData(): WordFilterData {
    return { hashes: this.hashes, bits: Buffer.from(this.bits).toString('base64') };
  }

  /** Bit positions by double hashing (Kirsch–Mitzenmacher): h1 + i·h2. */
  private positions(word: string): number[] {
    const size = this.bits.length * 8;
    const first = fnv1a(word, 0);
    const second = fnv1a(word, 0x5bd1e995) | 1;
    return Array.from({ length: this.hashes }, (_, index) => (first + Math.imul(index, second)) >>> 0).map((hash) => hash % size);
  }

  private add(word: string): void {
    for (const position of this.positions(word)) this.bits[position >> 3] = (this.bits[position >> 3] ?? 0) | (1 << (position & 7));
  }

  /** False: the word is surely not in the lists; true: it is, or (about 1 % of other words) it seems to be. */
  has(word: string): boolean {
    // The positions of `positions`, tested as they are made and no further than the first clear bit: every word of every
    // question is looked up here (language detection, spelling), and most are absent.
    const size = this.bits.length * 8;
    const first = fnv1a(word, 0);
    const second = fnv1a(word, 0x5bd1e995) | 1;
    for (let index = 0; index < this.hashes; index += 1) {
      const position = ((first + Math.imul(index, second)) >>> 0) % size;
      if (((this.bits[position >> 3] ?? 0) & (1 << (position & 7))) === 0) return false;
    }
    return true;
  }
}
