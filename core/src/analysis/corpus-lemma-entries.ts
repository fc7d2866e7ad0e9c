import type { EnglishDictionary } from './english-dictionary';
import { englishFunctionWords } from './english-function-words';
import { defaultPivotSettings, type PivotCandidates, type PivotSettings } from './pivot-dictionary';

/** Where the translations of a headword every other step left without one may come from: FreeDict eng-nor and the pivot's candidates. */
export interface CorpusLemmaSources {
  dictionary: EnglishDictionary | null;
  pivot: PivotCandidates | null;
}

/**
 * The stored dictionary with entries for the headwords it lacks, from translations the corpus writes only in other forms:
 * a Norwegian lemma whose own stem the corpus never has, but one of whose inflections it does (`isCorpusLemma`, from the
 * lemma tables): «own» → «eie», which the texts write «eies», «eide»; «politician» → «politiker», written
 * «politikerne». Pruning by stems drops them, since Snowball reads those forms apart from the lemma. FreeDict's translations
 * come first (up to `maxKept`), then the pivot's best candidate with enough routes (`settings`), marked as a pivot headword.
 * A headword that already has an entry keeps it unchanged: this only fills gaps. A headword with an English function word
 * («how», «have to», «my») is left out: it carries no search content, and its translations are function words too.
 */
export const withCorpusLemmaEntries = (
  translated: EnglishDictionary,
  sources: CorpusLemmaSources,
  isCorpusLemma: (norwegian: string) => boolean,
  maxKept: number,
  settings: PivotSettings = defaultPivotSettings,
): EnglishDictionary => {
  const entries = new Map(translated.entries);
  const pivotHeadwords = new Set(translated.pivotHeadwords ?? []);
  const isOpen = (headword: string): boolean => !entries.has(headword) && !headword.split(' ').some((word) => englishFunctionWords.has(word));
  for (const [headword, translations] of sources.dictionary?.entries ?? []) {
    if (!isOpen(headword)) continue;
    const kept = translations.filter(isCorpusLemma).slice(0, maxKept);
    if (kept.length > 0) entries.set(headword, kept);
  }
  for (const [headword, ranked] of sources.pivot ?? []) {
    if (!isOpen(headword)) continue;
    const kept = ranked
      .filter(([norwegian, routes]) => routes >= settings.minRoutes && isCorpusLemma(norwegian))
      .map(([norwegian]) => norwegian)
      .slice(0, settings.maxTranslations);
    if (kept.length === 0) continue;
    entries.set(headword, kept);
    pivotHeadwords.add(headword);
  }
  return { ...translated, entries, ...(pivotHeadwords.size > 0 ? { pivotHeadwords } : {}) };
};
