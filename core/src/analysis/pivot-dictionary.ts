import { analyze } from './analyze';
import { occursInVocabulary, type EnglishDictionary } from './english-dictionary';
import { englishFunctionWords } from './english-function-words';

/**
 * English → Norwegian translations reached through other languages' dictionaries, for the English
 * words the direct English–Norwegian dictionary lacks (Debian's FreeDict eng-nor has 11k headwords,
 * without «meeting», «cost» or «safety»). Each chain is a sequence of dictionaries from English to
 * Norwegian bokmål: ingest uses English → Swedish → bokmål and English → German → Swedish → bokmål
 * (ingest/src/english-pivot.ts). Each hop adds senses the English word never had (safety → Schutz → skydd →
 * «vern»), so a translation is kept only when the corpus uses it, when it is reached by enough
 * separate routes, and among the best few. A route is one chain, or, in a chain that counts routes
 * per word, one word of its first hop (two German words are two routes).
 */
export interface PivotChain {
  /** Names the chain in route keys: `eng-deu-swe`. */
  name: string;
  /** From English to Norwegian, keys lowercase. */
  hops: ReadonlyArray<ReadonlyMap<string, readonly string[]>>;
  /** Count each word of the first hop as its own route (a large dictionary with synonyms), else the chain as one. */
  routePerWord: boolean;
}

export interface PivotSources {
  chains: readonly PivotChain[];
}

export interface PivotSettings {
  /** Separate routes (German words, or the direct Swedish dictionary) a translation needs. */
  minRoutes: number;
  /** Translations kept for one English word, most routes first. */
  maxTranslations: number;
}

/** Chosen on the tune split (English questions and conversation turns): 2 routes, 1 translation. */
export const defaultPivotSettings: PivotSettings = { minRoutes: 2, maxTranslations: 1 };

/** English word → its Norwegian candidates with the number of routes reaching each, most first: corpus-independent, so ingest may cache it. */
export type PivotCandidates = ReadonlyMap<string, ReadonlyArray<readonly [norwegian: string, routes: number]>>;

const SINGLE_WORD = /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u;
const MIN_HEADWORD_LENGTH = 3;

const headwordsOf = (sources: PivotSources): Set<string> => {
  const headwords = new Set<string>();
  for (const chain of sources.chains) {
    for (const headword of chain.hops[0]?.keys() ?? []) {
      if (headword.length >= MIN_HEADWORD_LENGTH && SINGLE_WORD.test(headword) && !englishFunctionWords.has(headword)) headwords.add(headword);
    }
  }
  return headwords;
};

/** The words one chain reaches from `words`, hop by hop from hop `from`. */
const follow = (chain: PivotChain, words: readonly string[], from: number): string[] => {
  let current = words;
  for (const hop of chain.hops.slice(from)) current = [...new Set(current.flatMap((word) => hop.get(word.toLowerCase()) ?? []))];
  return current.map((word) => word.toLowerCase());
};

/** A word's letters as a spelling cognate is compared: «efficiency» and German «Effizienz» both read `efikienk…`. */
const cognateKey = (word: string): string =>
  word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ph/gu, 'f')
    .replace(/th/gu, 't')
    .replace(/[czq]/gu, 'k')
    .replace(/y/gu, 'i')
    .replace(/(.)\1/gu, '$1');

const MIN_COGNATE_PREFIX = 5;
const MIN_COGNATE_SHARE = 0.75;

/**
 * True when a first-hop word is a spelling cognate of the English headword (the same Latin or Greek loan in both
 * languages: «efficiency» ~ «Effizienz», «reservation» ~ «Reservation»): their cognate keys share a prefix of five
 * letters and three quarters of the shorter key.
 */
export const isSpellingCognate = (english: string, other: string): boolean => {
  const left = cognateKey(english);
  const right = cognateKey(other);
  let shared = 0;
  while (shared < left.length && left[shared] === right[shared]) shared += 1;
  return shared >= MIN_COGNATE_PREFIX && shared >= MIN_COGNATE_SHARE * Math.min(left.length, right.length);
};

/**
 * Norwegian translation → the routes that reach it, for one English word; a route through a spelling cognate of the
 * English word is also listed as `<route>:cognate` (see `pivotCandidates`).
 */
const routesOf = (headword: string, sources: PivotSources): Map<string, Set<string>> => {
  const routes = new Map<string, Set<string>>();
  for (const chain of sources.chains) {
    const first = chain.hops[0]?.get(headword) ?? [];
    const starts = chain.routePerWord ? first.map((word) => [word]) : [first];
    for (const start of starts) {
      const route = chain.routePerWord ? `${chain.name}:${start[0]?.toLowerCase()}` : chain.name;
      const cognate = chain.routePerWord && start.length === 1 && isSpellingCognate(headword, start[0] ?? '');
      for (const norwegian of follow(chain, start, 1)) {
        const reached = (routes.get(norwegian) ?? new Set<string>()).add(route);
        if (cognate) reached.add(`${route}:cognate`);
        routes.set(norwegian, reached);
      }
    }
  }
  return routes;
};

/**
 * Every single English word (not a function word) with the Norwegian words reached by at least
 * `minRoutes` routes, most routes first (ties: the order the dictionaries give). For a word without
 * any, a route through a spelling cognate of it counts twice: a loan both languages share keeps its
 * sense, where the other words of a hop bring senses of their own (efficiency → Effizienz →
 * «effektivitet» is the only route, and no dictionary has «efficient»).
 */
export const pivotCandidates = (sources: PivotSources, minRoutes = defaultPivotSettings.minRoutes): PivotCandidates => {
  const candidates = new Map<string, Array<readonly [string, number]>>();
  for (const headword of [...headwordsOf(sources)].sort()) {
    const routes = [...routesOf(headword, sources)];
    const rank = (count: (reached: Set<string>) => number) =>
      routes
        .map(([norwegian, reached]) => [norwegian, count(reached)] as const)
        .filter(([, count]) => count >= minRoutes)
        .sort((left, right) => right[1] - left[1]);
    // A cognate route counts twice only for a word nothing else translates by enough routes.
    const plain = rank((reached) => [...reached].filter((route) => !route.endsWith(':cognate')).length);
    const ranked = plain.length > 0 ? plain : rank((reached) => reached.size);
    if (ranked.length > 0) candidates.set(headword, ranked);
  }
  return candidates;
};

/** English action nouns a verb may have: «develop» → development, «implement» → implementation, «deliver» → delivery, «coordinate» → coordination. */
export const englishActionNouns = (verb: string): string[] => {
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  return [...new Set([`${verb}ment`, `${verb}ation`, `${stem}ation`, `${stem}ion`, `${verb}y`, `${verb}al`, `${stem}al`, `${verb}ing`, `${stem}ing`])].filter(
    (noun) => noun !== verb,
  );
};

/** Endings of Norwegian action nouns made from a verb's stem: «utvikle» → utvikling, «levere» → leveranse, «lede» → ledelse. */
const NORWEGIAN_ACTION_ENDINGS = ['ing', 'else', 'anse', 'nad', 'sjon'];

/** True when `noun` is an action noun of the Norwegian verb `verb` (an infinitive in -e): «utvikle» ~ «utvikling». */
export const isNorwegianActionNoun = (verb: string, noun: string): boolean => {
  if (!verb.endsWith('e') || verb.includes(' ') || verb.length < 4) return false;
  const stem = verb.slice(0, -1);
  return NORWEGIAN_ACTION_ENDINGS.some((ending) => noun === `${stem}${ending}`);
};

/**
 * The candidates with, for an English verb whose action noun has a translation (in `direct`, else
 * among the noun's own candidates), the Norwegian verb of that noun first: «develop» has «danne» by
 * three routes and «utvikle» by two, but «development» is «utvikling», the action noun of «utvikle».
 * Both languages make action nouns of verbs, so a verb and its noun translate within one family.
 */
export const preferVerbsOfActionNouns = (candidates: PivotCandidates, direct: EnglishDictionary | null): PivotCandidates => {
  const reordered = new Map(candidates);
  for (const [headword, ranked] of candidates) {
    const nouns = englishActionNouns(headword).flatMap((noun) => direct?.entries.get(noun) ?? candidates.get(noun)?.map(([norwegian]) => norwegian) ?? []);
    if (nouns.length === 0) continue;
    const family = ranked.filter(([norwegian]) => nouns.some((noun) => isNorwegianActionNoun(norwegian, noun)));
    if (family.length === 0 || family[0] === ranked[0]) continue;
    reordered.set(headword, [...family, ...ranked.filter((candidate) => !family.includes(candidate))]);
  }
  return reordered;
};

/**
 * The pivot dictionary for one corpus: for each English word, at most `maxTranslations` of its
 * candidates (those with `minRoutes` routes) that occur in the corpus vocabulary (stems), one per stem.
 */
export const buildPivotDictionary = (
  candidates: PivotCandidates,
  vocabulary: ReadonlySet<string>,
  settings: PivotSettings = defaultPivotSettings,
  source = 'pivot eng→swe/deu→nob',
): EnglishDictionary => {
  const entries = new Map<string, readonly string[]>();
  for (const [headword, ranked] of candidates) {
    const kept: string[] = [];
    const keptStems = new Set<string>();
    for (const [norwegian, routes] of ranked) {
      if (routes < settings.minRoutes || !occursInVocabulary(norwegian, vocabulary)) continue;
      const stems = analyze(norwegian).join(' ');
      if (keptStems.has(stems)) continue;
      keptStems.add(stems);
      kept.push(norwegian);
      if (kept.length >= settings.maxTranslations) break;
    }
    if (kept.length > 0) entries.set(headword, kept);
  }
  return { source, entries };
};

/**
 * The direct dictionary with the pivot's entries for the headwords it lacks; those headwords are
 * listed in `pivotHeadwords`, so query translation can rank the pivot's words after surer ones.
 */
export const withPivotEntries = (direct: EnglishDictionary | null, pivot: EnglishDictionary): EnglishDictionary => {
  const entries = new Map(direct?.entries ?? []);
  const pivotHeadwords = new Set<string>();
  for (const [headword, translations] of pivot.entries) {
    if (entries.has(headword)) continue;
    entries.set(headword, translations);
    pivotHeadwords.add(headword);
  }
  return { source: direct ? `${direct.source}; ${pivot.source}` : pivot.source, entries, pivotHeadwords };
};

/** Corpus words kept per headword that only one route reaches: a question's other words choose among them. */
export const MAX_UNCERTAIN_TRANSLATIONS = 12;

/**
 * The dictionary with, for each English word it has no entry for (nor a base form of it), the corpus words the pivot reaches
 * by a single route (`weak`: candidates of `pivotCandidates(sources, 1)`), most routes and dictionary order first, one per
 * stem, that the corpus uses, as `uncertain`. One route
 * brings every sense of every hop («survey» → undersøkelse, utredning, analyse, besøke …), so none is searched unless the
 * question's other words meet it in the corpus (see `NearWords`).
 */
export const withUncertainEntries = (
  dictionary: EnglishDictionary,
  weak: PivotCandidates,
  vocabulary: ReadonlySet<string>,
  max = MAX_UNCERTAIN_TRANSLATIONS,
): EnglishDictionary => {
  const uncertain = new Map<string, readonly string[]>();
  for (const [headword, ranked] of weak) {
    if (dictionary.entries.has(headword)) continue;
    const kept: string[] = [];
    const keptStems = new Set<string>();
    for (const [norwegian] of ranked) {
      if (!occursInVocabulary(norwegian, vocabulary)) continue;
      const stems = analyze(norwegian).join(' ');
      if (keptStems.has(stems)) continue;
      keptStems.add(stems);
      kept.push(norwegian);
      if (kept.length >= max) break;
    }
    if (kept.length > 0) uncertain.set(headword, kept);
  }
  return uncertain.size > 0 ? { ...dictionary, uncertain } : dictionary;
};
