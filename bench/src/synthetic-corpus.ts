import { createHash } from 'node:crypto';
import { createSeededRandom } from '@kildesvar/core';
import { itemAt } from '@kildesvar/core';

/**
 * A larger corpus made from the real one for scale runs: copy 0 of every text is the original,
 * each further copy shuffles the sentences inside every paragraph, renames the entities (words
 * that are only ever written capitalised, and acronyms) and swaps a share of the other word types
 * for other words of the corpus, so that copies are new text to the deduplicator but keep the
 * corpus's vocabulary, layout and PDF artefacts (hyphenated line ends, lists, headings).
 */
export interface SyntheticSource {
  file: string;
  text: string;
}

export interface SyntheticDocument {
  file: string;
  /** The real file this copy was made from. */
  source: string;
  copy: number;
  text: string;
}

export interface SyntheticCorpusOptions {
  /** How many copies of every text, the original included: 10 gives a corpus ten times the size. */
  scale: number;
  seed: number;
  /** Share of ordinary word types replaced in each perturbed copy. */
  wordSwapShare?: number;
}

const wordPattern = /\p{L}+/gu;
const sentenceBoundary = /(?<=[.!?:])(\s+)(?=[\p{Lu}\p{N}«-])/u;
const syllables = ['ka', 'vi', 'lo', 'ne', 'sar', 'tum', 'bre', 'dal', 'mo', 'ri', 'sven', 'ha', 'gel', 'fjor', 'un', 'te'];

const seedOf = (seed: number, file: string, copy: number): number => createHash('sha256').update(`${seed}\u0000${file}\u0000${copy}`).digest().readUInt32LE(0);

const shuffleInPlace = <T>(items: T[], random: () => number): T[] => {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    const item = itemAt(items, index);
    items[index] = itemAt(items, other);
    items[other] = item;
  }
  return items;
};

/** Writes `word` in the case pattern of `model`: lower, Capitalised or UPPER. */
export const matchCase = (word: string, model: string): string => {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  const first = model.charAt(0);
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
};

interface Vocabulary {
  /** Lowercase forms of words that are only ever written capitalised or in capitals. */
  entities: Set<string>;
  /** Ordinary lowercase words by length, to swap words for others of about the same length. */
  byLength: Map<number, string[]>;
}

const vocabularyOf = (sources: readonly SyntheticSource[]): Vocabulary => {
  const lowercase = new Set<string>();
  const capitalised = new Set<string>();
  for (const { text } of sources) {
    for (const [word] of text.matchAll(wordPattern)) {
      if (word === word.toLowerCase()) lowercase.add(word);
      else capitalised.add(word.toLowerCase());
    }
  }
  const byLength = new Map<number, string[]>();
  for (const word of [...lowercase].sort()) {
    if (word.length < 3) continue;
    const bucket = Math.min(word.length, 14);
    byLength.set(bucket, [...(byLength.get(bucket) ?? []), word]);
  }
  return { entities: new Set([...capitalised].filter((word) => !lowercase.has(word) && word.length >= 2)), byLength };
};

const pseudonym = (random: () => number, length: number): string => {
  let name = '';
  while (name.length < Math.max(2, Math.min(length, 10))) name += syllables[Math.floor(random() * syllables.length)];
  return name;
};

/** The word map of one copy: every entity renamed, a share of the other words swapped. */
const wordMapOf = (vocabulary: Vocabulary, random: () => number, swapShare: number): ((word: string) => string) => {
  const chosen = new Map<string, string>();
  return (word) => {
    const lower = word.toLowerCase();
    let replacement = chosen.get(lower);
    if (replacement === undefined) {
      if (vocabulary.entities.has(lower)) replacement = pseudonym(random, lower.length);
      else if (lower.length >= 3 && random() < swapShare) {
        const candidates = vocabulary.byLength.get(Math.min(lower.length, 14)) ?? [lower];
        replacement = itemAt(candidates, Math.floor(random() * candidates.length));
      } else replacement = lower;
      chosen.set(lower, replacement);
    }
    return replacement === lower ? word : matchCase(replacement, word);
  };
};

/** Shuffles the sentences of each paragraph, keeping the whitespace between them where it stood. */
const shuffleSentences = (paragraph: string, random: () => number): string => {
  const parts = paragraph.split(sentenceBoundary);
  const sentences = parts.filter((_, index) => index % 2 === 0);
  const separators = parts.filter((_, index) => index % 2 === 1);
  if (sentences.length < 2) return paragraph;
  shuffleInPlace(sentences, random);
  return sentences.map((sentence, index) => sentence + (separators[index] ?? '')).join('');
};

const perturbText = (text: string, vocabulary: Vocabulary, random: () => number, swapShare: number): string => {
  const mapWord = wordMapOf(vocabulary, random, swapShare);
  const pieces = text.split(/(\n{2,})/);
  return pieces
    .map((piece, index) => (index % 2 === 1 ? piece : shuffleSentences(piece, random)))
    .join('')
    .replace(wordPattern, (word) => mapWord(word));
};

export const syntheticFileName = (file: string, copy: number): string =>
  copy === 0 ? file : file.replace(/\.txt$/, `-copy${String(copy).padStart(3, '0')}.txt`);

/** `scale` copies of every source text, deterministic for a given seed. */
export const buildSyntheticCorpus = (sources: readonly SyntheticSource[], options: SyntheticCorpusOptions): SyntheticDocument[] => {
  if (!Number.isInteger(options.scale) || options.scale < 1) throw new RangeError(`scale must be a whole number from 1 up, got ${options.scale}`);
  const vocabulary = vocabularyOf(sources);
  const swapShare = options.wordSwapShare ?? 0.3;
  const documents: SyntheticDocument[] = [];
  for (let copy = 0; copy < options.scale; copy += 1) {
    for (const source of sources) {
      const text = copy === 0 ? source.text : perturbText(source.text, vocabulary, createSeededRandom(seedOf(options.seed, source.file, copy)), swapShare);
      documents.push({ file: syntheticFileName(source.file, copy), source: source.file, copy, text });
    }
  }
  return documents;
};
