import { analyze, type NearWords } from '../analysis';
import type { IndexedChunk } from './indexed-chunk';
import type { Retriever } from './retriever';

/** Passages searched for a question's other words: the uncertain translations are counted in them. */
export const NEAR_PASSAGES = 10;
/** How many times more often a translation must stand in those passages than in the corpus at large. */
export const NEAR_LIFT = 5;
/** A translation whose stems are shorter is read through the stemmer as another word («forene» → «for»): not taken. */
const MIN_STEM_LENGTH = 4;
/** Uncertain translations kept for one English word. */
export const MAX_NEAR_TRANSLATIONS = 2;

/** Of those passages, how many must hold the translation: one may hold it by chance. */
export const NEAR_MIN_PASSAGES = 2;

export interface NearSettings {
  passages: number;
  lift: number;
  minPassages: number;
  max: number;
}

export const defaultNearSettings: NearSettings = { passages: NEAR_PASSAGES, lift: NEAR_LIFT, minPassages: NEAR_MIN_PASSAGES, max: MAX_NEAR_TRANSLATIONS };

const holds = (chunk: IndexedChunk, stems: readonly string[]): boolean => stems.length > 0 && stems.every((stem) => chunk.terms.stems.has(stem));

/**
 * `NearWords` over the retriever's passages: the lexical search for the question's other words, and of the uncertain
 * translations those that stand in its best `passages` hits at least `lift` times as often as in the corpus's passages at
 * large, most above chance first. A common word («helt», «vise») stands near anything; a translation in the sense the
 * question means stands where the question's other words do («funded» → «finansiere» beside DigiFin and «prosjekt»). A
 * translation that is already another word's of the question is no sense of this one. Only for a retriever that holds
 * its indexes in memory (the file store); undefined for the database store, where such a word stays as written.
 */
export const nearWordsOf = (retriever: Retriever, settings: NearSettings = defaultNearSettings): NearWords | undefined => {
  if (!retriever.inMemory) return undefined;
  const { chunkIndex } = retriever.indexes();
  const all = retriever.chunks;
  const shares = new Map<string, number>();
  const corpusShare = (stems: readonly string[]): number => {
    const key = stems.join(' ');
    const known = shares.get(key);
    if (known !== undefined) return known;
    const share = all.filter((chunk) => holds(chunk, stems)).length / Math.max(1, all.length);
    shares.set(key, share);
    return share;
  };
  return (candidates, others) => {
    const otherStems = new Set(others.flatMap((other) => analyze(other)));
    const hits = chunkIndex.search(others.join(' '), settings.passages).flatMap((hit) => retriever.chunk(hit.id) ?? []);
    if (hits.length === 0) return [];
    const found: Array<{ candidate: string; lift: number }> = [];
    for (const candidate of candidates) {
      const stems = analyze(candidate);
      if (stems.length === 0 || stems.some((stem) => stem.length < MIN_STEM_LENGTH || otherStems.has(stem))) continue;
      const holding = hits.filter((chunk) => holds(chunk, stems)).length;
      const lift = holding / hits.length / Math.max(corpusShare(stems), 1 / Math.max(1, all.length));
      if (holding >= settings.minPassages && lift >= settings.lift) found.push({ candidate, lift });
    }
    return found
      .sort((left, right) => right.lift - left.lift)
      .slice(0, settings.max)
      .map((entry) => entry.candidate);
  };
};
