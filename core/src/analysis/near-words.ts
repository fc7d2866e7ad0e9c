import { analyze } from './analyze';
import type { EnglishDictionary } from './english-dictionary';

/**
 * Of the uncertain translations of one English word (`EnglishDictionary.uncertain`), those the question's other words
 * (`others`, Norwegian) meet in the corpus, best first; none when they meet none of them.
 */
export type NearWords = (candidates: readonly string[], others: readonly string[]) => readonly string[];

/** Passages a word must share with a neighbour: one may hold both by chance. */
export const NEAR_MIN_PASSAGES = 2;
/** How many times more often a word must stand in the passages holding its neighbour than in the corpus's passages at large. */
export const NEAR_LIFT = 5;
/** Neighbours kept per word, most above chance first. */
export const MAX_NEIGHBOURS = 150;
/** A word whose stems are shorter is read through the stemmer as another word («forene» → «for»): not taken. */
const MIN_STEM_LENGTH = 4;
/**
 * A sole reading's stems must be this long: the analyser drops stopwords, so a three-letter stem («årlig» → «årl», «mene» →
 * «men») meets only the word's own forms in the index; shorter ones are too often other words.
 */
const MIN_SOLE_STEM_LENGTH = 3;
/** Uncertain translations kept for one English word. */
export const MAX_NEAR_TRANSLATIONS = 2;

export interface NeighbourSettings {
  minPassages: number;
  lift: number;
  max: number;
}

export const defaultNeighbourSettings: NeighbourSettings = { minPassages: NEAR_MIN_PASSAGES, lift: NEAR_LIFT, max: MAX_NEIGHBOURS };

const readable = (stems: readonly string[]): boolean => stems.length > 0 && stems.every((stem) => stem.length >= MIN_STEM_LENGTH);

/**
 * For each of `words` (Norwegian), the corpus stems it stands beside: stems of passages that hold the word (all its stems) in
 * at least `minPassages` passages, where the word stands at least `lift` times as often among the passages holding the
 * stem as in the corpus's passages at large, most above chance first, at most `max`. Computed at ingest over the indexed
 * passages' stems and saved with the English dictionary (`EnglishDictionary.uncertainNear`), so every store reads the same
 * neighbours. Words the corpus never writes get none.
 */
export const neighbourTable = (
  words: Iterable<string>,
  passages: ReadonlyArray<ReadonlySet<string>>,
  settings: NeighbourSettings = defaultNeighbourSettings,
): Map<string, string[]> => {
  const frequency = new Map<string, number>();
  for (const stems of passages) for (const stem of stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const table = new Map<string, string[]>();
  const total = Math.max(1, passages.length);
  for (const word of new Set(words)) {
    const stems = analyze(word);
    if (!readable(stems)) continue;
    const holding = passages.filter((passage) => stems.every((stem) => passage.has(stem)));
    if (holding.length === 0) continue;
    const together = new Map<string, number>();
    for (const passage of holding) for (const stem of passage) if (!stems.includes(stem)) together.set(stem, (together.get(stem) ?? 0) + 1);
    const share = holding.length / total;
    const neighbours: Array<{ stem: string; lift: number }> = [];
    for (const [stem, count] of together) {
      if (count < settings.minPassages) continue;
      const lift = count / (frequency.get(stem) ?? count) / share;
      if (lift >= settings.lift) neighbours.push({ stem, lift });
    }
    neighbours.sort((left, right) => right.lift - left.lift || (left.stem < right.stem ? -1 : left.stem > right.stem ? 1 : 0));
    if (neighbours.length > 0)
      table.set(
        word,
        neighbours.slice(0, settings.max).map((neighbour) => neighbour.stem),
      );
  }
  return table;
};

/** The dictionary with the neighbours of every uncertain translation (see `neighbourTable`), as `uncertainNear`. */
export const withUncertainNeighbours = (
  dictionary: EnglishDictionary,
  passages: ReadonlyArray<ReadonlySet<string>>,
  settings: NeighbourSettings = defaultNeighbourSettings,
): EnglishDictionary => {
  if (!dictionary.uncertain) return dictionary;
  const table = neighbourTable([...dictionary.uncertain.values()].flat(), passages, settings);
  return table.size > 0 ? { ...dictionary, uncertainNear: table } : dictionary;
};

/**
 * `NearWords` from the neighbours saved with the dictionary: of the uncertain translations, those whose neighbours
 * include at least `minShared` of the question's other words' stems, most shared first (dictionary order among equals),
 * at most `max`. A translation that is already another word of the question is no sense of this one. The corpus decides
 * the sense a single pivot route cannot («surveys» among undersøkelse, utredning, analyse, besøke … is the one the texts
 * write beside the question's other words); read from the index alone, the same in every store. With `soleReading`, a
 * word with only one uncertain translation, one word, keeps it when the other words meet none: there is no sense to choose
 * among («recommend» → «anbefale», «ignore» → «overse», words the corpus writes; the question's other words need not stand
 * beside them).
 */
export const nearWordsOf = (dictionary: EnglishDictionary | null, minShared = 1, max = MAX_NEAR_TRANSLATIONS, soleReading = true): NearWords | undefined => {
  const table = dictionary?.uncertainNear;
  if (!table) return undefined;
  return (candidates, others) => {
    const otherStems = new Set(others.flatMap((other) => analyze(other)));
    const found: Array<{ candidate: string; shared: number; order: number }> = [];
    candidates.forEach((candidate, order) => {
      const stems = analyze(candidate);
      if (!readable(stems) || stems.some((stem) => otherStems.has(stem))) return;
      const shared = (table.get(candidate) ?? []).filter((stem) => otherStems.has(stem)).length;
      if (shared >= minShared) found.push({ candidate, shared, order });
    });
    if (found.length === 0 && soleReading && candidates.length === 1) {
      const [only] = candidates;
      const stems = analyze(only ?? '');
      // A phrase read for one word («consist» → «komme overens») is a route's gloss, not a word the texts would write for it.
      const long = stems.length === 1 && stems.every((stem) => stem.length >= MIN_SOLE_STEM_LENGTH);
      return only !== undefined && long && !stems.some((stem) => otherStems.has(stem)) ? [only] : [];
    }
    return found
      .sort((left, right) => right.shared - left.shared || left.order - right.order)
      .slice(0, max)
      .map((entry) => entry.candidate);
  };
};
