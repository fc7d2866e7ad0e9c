import { itemAt } from '../collections/item-at';
import { bandBuckets, normalizeForDedup } from './minhash';
import { containedAtLeast, holdersOf, rarestOf, shingleTable, similarAtLeast, type ShingleTable } from './shingle-table';

export interface DedupSentence {
  text: string;
  /** Lower is cleaner: how many characters the cleaner had to repair in this sentence. */
  artefacts: number;
}

export interface DedupDocument {
  file: string;
  sentences: DedupSentence[];
}

export interface SentenceRef {
  document: number;
  sentence: number;
}

export interface DedupSettings {
  shingleSize: number;
  threshold: number;
  /** Sentences shorter than this (normalised) are not clustered by themselves. */
  minChars: number;
  /** A run of copies is folded once its normalised length reaches this. */
  foldMinChars: number;
  /** A fragment (a sentence cut short by a broken page) is a copy when this share of it stands in a longer sentence. */
  containment: number;
  hashes: number;
  bands: number;
}

export const defaultDedupSettings: DedupSettings = {
  shingleSize: 5,
  threshold: 0.8,
  minChars: 30,
  foldMinChars: 80,
  containment: 0.9,
  hashes: 64,
  bands: 16,
};

export interface DedupStats {
  sentences: number;
  duplicateSentences: number;
  foldedSentences: number;
  foldedChars: number;
  clusters: number;
}

export interface DedupResult {
  /** Per document, per sentence: where its canonical copy stands, or null when it is canonical itself. */
  canonicalOf: Array<Array<SentenceRef | null>>;
  /** Per document, per sentence: left out of the chunks (a copy of a kept sentence). */
  folded: boolean[][];
  stats: DedupStats;
}

class UnionFind {
  private readonly parents: Int32Array;
  constructor(size: number) {
    this.parents = Int32Array.from({ length: size }, (_, index) => index);
  }
  find(index: number): number {
    let root = index;
    while (this.parentOf(root) !== root) root = this.parentOf(root);
    while (this.parentOf(index) !== root) {
      const next = this.parentOf(index);
      this.parents[index] = root;
      index = next;
    }
    return root;
  }
  private parentOf(index: number): number {
    return itemAt(this.parents, index);
  }
  union(left: number, right: number): void {
    const leftRoot = this.find(left);
    const rightRoot = this.find(right);
    if (leftRoot !== rightRoot) this.parents[Math.max(leftRoot, rightRoot)] = Math.min(leftRoot, rightRoot);
  }
}

/**
 * Sentence-level deduplication within and across documents. Near-duplicate sentences are
 * clustered (MinHash candidates, verified by exact shingle Jaccard); each cluster keeps one
 * canonical sentence, the cleanest copy. A non-canonical copy is *folded* (left out of the
 * chunks and recorded as `alsoIn` of the chunk that holds its canonical) when it stands in a
 * run of copies long enough to be a repeated passage, not a stray short line. Nothing is
 * folded unless an equivalent sentence stays in the index.
 */
export const deduplicate = (documents: DedupDocument[], settings: DedupSettings = defaultDedupSettings): DedupResult => {
  const refs: SentenceRef[] = [];
  const normalized: string[] = [];
  documents.forEach((document, documentIndex) => {
    document.sentences.forEach((sentence, sentenceIndex) => {
      refs.push({ document: documentIndex, sentence: sentenceIndex });
      normalized.push(normalizeForDedup(sentence.text));
    });
  });

  const eligible = normalized.map((text, index) => (text.length >= settings.minChars ? index : -1)).filter((index) => index >= 0);
  const table = shingleTable(
    eligible.map((index) => itemAt(normalized, index)),
    settings.shingleSize,
  );
  const signatures = table.sets.map((ids) => table.signature(ids, settings.hashes));
  const unionFind = new UnionFind(refs.length);
  // The similar candidate pairs (`candidatePairs`) united, without listing the pairs: a bucket of b copies holds b²/2
  // of them, and the copies of a sentence grow with the corpus. A pair already in one cluster is not read (uniting it
  // changes nothing: the clusters are the connected components, in whatever order they are joined), nor one found
  // dissimilar in an earlier band.
  const dissimilar = new Set<number>();
  for (const bucket of bandBuckets(signatures, settings))
    for (let left = 0; left < bucket.length; left += 1) {
      const leftIndex = itemAt(bucket, left);
      for (let right = left + 1; right < bucket.length; right += 1) {
        const rightIndex = itemAt(bucket, right);
        if (unionFind.find(itemAt(eligible, leftIndex)) === unionFind.find(itemAt(eligible, rightIndex))) continue;
        const key = leftIndex * signatures.length + rightIndex;
        if (dissimilar.has(key)) continue;
        if (similarAtLeast(itemAt(table.sets, leftIndex), itemAt(table.sets, rightIndex), settings.threshold))
          unionFind.union(itemAt(eligible, leftIndex), itemAt(eligible, rightIndex));
        else dissimilar.add(key);
      }
    }

  const clusters = new Map<number, number[]>();
  for (const index of eligible) {
    const root = unionFind.find(index);
    const members = clusters.get(root);
    if (members) members.push(index);
    else clusters.set(root, [index]);
  }

  const canonicalOf = documents.map((document) => document.sentences.map((): SentenceRef | null => null));
  const refAt = (index: number): SentenceRef => itemAt(refs, index);
  const sentenceOf = (index: number): DedupSentence => {
    const ref = refAt(index);
    return itemAt(itemAt(documents, ref.document).sentences, ref.sentence);
  };
  let clusterCount = 0;
  let duplicateSentences = 0;
  for (const members of clusters.values()) {
    if (members.length < 2) continue;
    clusterCount += 1;
    // The cleanest copy wins; on a tie, the one that comes first (document order, then position).
    const canonical = members.reduce((best, index) => (sentenceOf(index).artefacts < sentenceOf(best).artefacts ? index : best));
    for (const index of members) {
      if (index === canonical) continue;
      setCanonical(canonicalOf, refAt(index), refAt(canonical));
      duplicateSentences += 1;
    }
  }

  duplicateSentences += markFragments(canonicalOf, refs, eligible, table, settings.containment);
  const folded = foldRuns(documents, canonicalOf, normalized, refs, settings);
  let foldedSentences = 0;
  let foldedChars = 0;
  folded.forEach((flags, documentIndex) => {
    flags.forEach((isFolded, sentenceIndex) => {
      if (!isFolded) return;
      foldedSentences += 1;
      foldedChars += itemAt(itemAt(documents, documentIndex).sentences, sentenceIndex).text.length;
    });
  });
  return {
    canonicalOf,
    folded,
    stats: { sentences: refs.length, duplicateSentences, foldedSentences, foldedChars, clusters: clusterCount },
  };
};

const canonicalAt = (canonicalOf: Array<Array<SentenceRef | null>>, ref: SentenceRef): SentenceRef | null =>
  itemAt(itemAt(canonicalOf, ref.document), ref.sentence);

const setCanonical = (canonicalOf: Array<Array<SentenceRef | null>>, ref: SentenceRef, canonical: SentenceRef | null): void => {
  itemAt(canonicalOf, ref.document)[ref.sentence] = canonical;
};

/**
 * A fragment of a sentence (the truncated copy of a repeated block, cut at a page break) has a
 * low Jaccard similarity to the whole sentence but is contained in it: it becomes a copy of it.
 * Its candidates are the longer sentences that hold one of its four rarest shingles, read in corpus order; the first
 * that holds `threshold` of its shingles is its whole.
 */
const markFragments = (
  canonicalOf: Array<Array<SentenceRef | null>>,
  refs: SentenceRef[],
  eligible: number[],
  table: ShingleTable,
  threshold: number,
): number => {
  const { sets } = table;
  const holders = holdersOf(table);
  // Canonical sentences of clusters have no canonicalOf but are not fragments either.
  const inCluster = new Set<string>();
  for (const row of canonicalOf) for (const ref of row) if (ref) inCluster.add(`${ref.document}:${ref.sentence}`);
  const clustered = (position: number) => {
    const ref = itemAt(refs, itemAt(eligible, position));
    return canonicalAt(canonicalOf, ref) !== null || inCluster.has(`${ref.document}:${ref.sentence}`);
  };
  let marked = 0;
  sets.forEach((set, position) => {
    if (clustered(position)) return;
    const candidates: number[] = [];
    for (const id of rarestOf(set, table, holders, 4))
      for (let at = itemAt(holders.offsets, id); at < itemAt(holders.offsets, id + 1); at += 1) {
        const other = itemAt(holders.positions, at);
        if (other !== position && itemAt(sets, other).length > set.length) candidates.push(other);
      }
    candidates.sort((left, right) => left - right);
    for (let index = 0; index < candidates.length; index += 1) {
      const other = itemAt(candidates, index);
      if (index > 0 && other === candidates[index - 1]) continue;
      if (!containedAtLeast(set, itemAt(sets, other), threshold)) continue;
      const ref = itemAt(refs, itemAt(eligible, position));
      const holder = itemAt(refs, itemAt(eligible, other));
      setCanonical(canonicalOf, ref, holder);
      marked += 1;
      return;
    }
  });
  // A holder may itself be a copy (or a fragment marked later): point every copy at the root.
  for (const row of canonicalOf) {
    row.forEach((ref, index) => {
      let root = ref;
      while (root && canonicalAt(canonicalOf, root)) root = canonicalAt(canonicalOf, root);
      row[index] = root;
    });
  }
  return marked;
};

/** Marks runs of copies as folded; then folds short lines sandwiched in folded runs that have an exact kept copy. */
const foldRuns = (
  documents: DedupDocument[],
  canonicalOf: Array<Array<SentenceRef | null>>,
  normalized: string[],
  refs: SentenceRef[],
  settings: DedupSettings,
): boolean[][] => {
  const folded = documents.map((document) => document.sentences.map(() => false));
  documents.forEach((document, documentIndex) => {
    let runStart = -1;
    let runChars = 0;
    const flags = itemAt(folded, documentIndex);
    const closeRun = (end: number): void => {
      if (runStart >= 0 && runChars >= settings.foldMinChars) for (let index = runStart; index < end; index += 1) flags[index] = true;
      runStart = -1;
      runChars = 0;
    };
    document.sentences.forEach((sentence, sentenceIndex) => {
      if (canonicalAt(canonicalOf, { document: documentIndex, sentence: sentenceIndex })) {
        if (runStart < 0) runStart = sentenceIndex;
        runChars += normalizeForDedup(sentence.text).length;
      } else closeRun(sentenceIndex);
    });
    closeRun(document.sentences.length);
  });

  // A short line (a heading such as «TILTAK») between two folded sentences is folded too when
  // the very same line stays in the index elsewhere.
  const keptByText = new Map<string, SentenceRef>();
  refs.forEach((ref, index) => {
    const text = itemAt(normalized, index);
    if (!itemAt(itemAt(folded, ref.document), ref.sentence) && !canonicalAt(canonicalOf, ref) && !keptByText.has(text)) keptByText.set(text, ref);
  });
  let offset = 0;
  documents.forEach((document, documentIndex) => {
    const flags = itemAt(folded, documentIndex);
    document.sentences.forEach((_, sentenceIndex) => {
      const index = offset + sentenceIndex;
      const ref = { document: documentIndex, sentence: sentenceIndex };
      if (flags[sentenceIndex] || canonicalAt(canonicalOf, ref)) return;
      if (!flags[sentenceIndex - 1] || !flags[sentenceIndex + 1]) return;
      const kept = keptByText.get(itemAt(normalized, index));
      if (!kept || (kept.document === documentIndex && kept.sentence === sentenceIndex)) return;
      setCanonical(canonicalOf, ref, kept);
      flags[sentenceIndex] = true;
    });
    offset += document.sentences.length;
  });
  return folded;
};
