import type { EnglishDictionary } from './english-dictionary';

/**
 * What WordNet 3.0 (Debian's `wordnet-base`) adds to English query translation, read at ingest:
 * - irregular forms (`verb.exc`, `noun.exc`, `adj.exc`): «made» → make, «children» → child, «meant» → mean;
 * - multiword verbs (`index.verb`, `data.verb`): «set up», «carry out», read through the other words
 *   of their most frequent sense («set up» → establish, found; «carry out» → execute).
 * Pure parsing here; ingest reads the files (ingest/src/english-wordnet.ts).
 */

/** Irregular English forms and their base forms: «made» → make, «children» → child. */
export type EnglishExceptions = ReadonlyMap<string, readonly string[]>;

/** Reads exception lists: one `form base [base…]` per line; multiword forms use `_` (skipped). */
export const parseWordnetExceptions = (texts: readonly string[]): EnglishExceptions => {
  const exceptions = new Map<string, string[]>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const [form, ...bases] = line.trim().split(/\s+/u);
      if (!form || bases.length === 0 || form.includes('_')) continue;
      const known = exceptions.get(form) ?? [];
      for (const base of bases) if (!base.includes('_') && !known.includes(base)) known.push(base);
      if (known.length > 0) exceptions.set(form, known);
    }
  }
  return exceptions;
};

/** A multiword verb («set up») → the words of its synsets, most frequent sense first. */
export type MultiwordSenses = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;

/** The lemma words of a `data.verb` line: «establish set_up found launch». */
const synsetWords = (line: string): string[] => {
  const fields = line.split(' ');
  const count = Number.parseInt(fields[3] ?? '0', 16);
  return Array.from({ length: count }, (_, index) =>
    (fields[4 + 2 * index] ?? '')
      .replace(/\(.*\)$/u, '')
      .replaceAll('_', ' ')
      .toLowerCase(),
  ).filter((word) => word.length > 0);
};

/** The lemmas of an `index.*` file that `keeps`, with the words of the synsets of their first `maxSenses` senses (WordNet orders senses by frequency). */
const parseSenses = (index: string, data: string, keeps: (lemma: string) => boolean, maxSenses: number): MultiwordSenses => {
  const senses = new Map<string, string[][]>();
  for (const line of index.split('\n')) {
    if (line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    const synsetCount = Number.parseInt(fields[2] ?? '0', 10);
    if (!lemma || !(synsetCount > 0) || !keeps(lemma)) continue;
    const offsets = fields.slice(-synsetCount).map((offset) => Number.parseInt(offset, 10));
    const words = offsets.slice(0, maxSenses).map((offset) => {
      const end = data.indexOf('\n', offset);
      return synsetWords(data.slice(offset, end < 0 ? undefined : end));
    });
    senses.set(lemma.replaceAll('_', ' '), words);
  }
  return senses;
};

/**
 * The multiword verbs of WordNet's `index.verb` with the words of the synsets of their first
 * `maxSenses` senses (WordNet orders senses by frequency). `data` is `data.verb` read as latin1, so
 * that its byte offsets are string offsets.
 */
export const parseMultiwordVerbs = (index: string, data: string, maxSenses = 1): MultiwordSenses =>
  parseSenses(index, data, (lemma) => lemma.includes('_'), maxSenses);

/** The single-word lemmas of an `index.*` file (noun, verb, adjective) with the words of the synsets of their first `maxSenses` senses. */
export const parseWordSenses = (index: string, data: string, maxSenses = 2): MultiwordSenses =>
  parseSenses(index, data, (lemma) => !lemma.includes('_'), maxSenses);

/** The lemmas an `index.*` file lists (its lines that do not start with a space), `_` read as a space. */
export const parseIndexLemmas = (index: string): Set<string> => {
  const lemmas = new Set<string>();
  for (const line of index.split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    lemmas.add((line.split(' ')[0] ?? '').replaceAll('_', ' '));
  }
  return lemmas;
};

/**
 * Single-word verbs that WordNet knows only as verbs (not in `otherLemmas`, the lemmas of its noun and
 * adjective indexes), with the other words of their most frequent sense: «provide» → supply, render,
 * furnish. A word that is a noun too («hook», «plan») is left out: its question may mean the noun.
 */
export const parseVerbSynonyms = (index: string, data: string, otherLemmas: ReadonlySet<string>): MultiwordSenses => {
  const verbs = new Map<string, string[][]>();
  for (const line of index.split('\n')) {
    if (line.startsWith(' ') || line.includes('_')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0];
    const synsetCount = Number.parseInt(fields[2] ?? '0', 10);
    if (!lemma || !(synsetCount > 0) || otherLemmas.has(lemma)) continue;
    const offset = Number.parseInt(fields[fields.length - synsetCount] ?? '', 10);
    const end = data.indexOf('\n', offset);
    const words = synsetWords(data.slice(offset, end < 0 ? undefined : end)).filter((word) => word !== lemma);
    if (words.length > 0) verbs.set(lemma, [words]);
  }
  return verbs;
};

/** British and American spellings of one verb are one synonym: «utilise» = «utilize», «analyse» = «analyze». */
const spellingKey = (word: string): string => word.replace(/is(e|ed|ing)$/u, 'iz$1').replace(/ys(e|ed|ing)$/u, 'yz$1');

/** Synonyms of a verb's most frequent sense that must reach a Norwegian verb before it is added to the verb's own translations. */
const MIN_AGREEING_SYNONYMS = 2;

/**
 * A Norwegian verb that at least two synonyms of the English verb's most frequent sense translate to,
 * not yet among its own translations: «provide» (pivot: «tilby») gets «levere», which «supply» and
 * «furnish» both reach. Added after the verb's own translations, as another reading of the same word.
 */
const agreedBySynonyms = (own: readonly string[], synonyms: readonly string[], dictionary: EnglishDictionary): string[] => {
  const reached = new Map<string, Set<string>>();
  for (const synonym of synonyms) {
    if (synonym.includes(' ')) continue;
    for (const translation of dictionary.entries.get(synonym) ?? []) {
      if (!looksLikeVerb(translation) || translation.includes(' ') || own.includes(translation)) continue;
      reached.set(translation, (reached.get(translation) ?? new Set<string>()).add(spellingKey(synonym)));
    }
  }
  return [...reached]
    .filter(([, agreeing]) => agreeing.size >= MIN_AGREEING_SYNONYMS)
    .map(([translation]) => translation)
    .slice(0, 1);
};

/** Cap on the translations a WordNet entry gets. */
const MAX_TRANSLATIONS = 3;

/**
 * A Norwegian verb as dictionaries give it: the infinitive, which ends in -e in bokmål and nynorsk
 * («etablere», «utføre», «grunnlegge»; a phrase by its first word). The dictionaries give no part of
 * speech, and a verb's synonyms have noun and adjective senses too («appropriate» → «hensiktsmessig»).
 */
const looksLikeVerb = (norwegian: string): boolean => /e$/u.test(norwegian.split(' ')[0] ?? '');

/** Verb translations of the single words of `senses` (in order) that the dictionary has, leaving out the multiword's own words. */
const translationsThrough = (phrase: string, senses: ReadonlyArray<readonly string[]>, dictionary: EnglishDictionary): string[] => {
  const own = new Set(phrase.split(' '));
  const found: string[] = [];
  for (const words of senses) {
    for (const word of words) {
      if (word.includes(' ') || own.has(word)) continue;
      for (const translation of dictionary.entries.get(word) ?? []) if (looksLikeVerb(translation) && !found.includes(translation)) found.push(translation);
    }
    // The first sense that reaches a translation decides; later ones are other meanings.
    if (found.length > 0) break;
  }
  return found.slice(0, MAX_TRANSLATIONS);
};

/**
 * The dictionary with entries for what it lacks: irregular forms get the translations of their base
 * forms («meant» → those of «mean»), multiword verbs those of the other words of their most frequent
 * sense («set up» → those of «establish»); a verb WordNet knows only as a verb also gets a Norwegian verb
 * two synonyms of its most frequent sense agree on («provide» → «levere» through supply and furnish).
 * Entries reached from a pivot headword stay pivot headwords.
 */
export const withWordnetEntries = (
  dictionary: EnglishDictionary,
  exceptions: EnglishExceptions,
  multiwordVerbs: MultiwordSenses,
  verbSynonyms: MultiwordSenses = new Map(),
): EnglishDictionary => {
  const entries = new Map(dictionary.entries);
  const pivot = new Set(dictionary.pivotHeadwords ?? []);
  for (const [verb, senses] of verbSynonyms) {
    const own = dictionary.entries.get(verb);
    if (!own) continue;
    const agreed = agreedBySynonyms(own, senses[0] ?? [], dictionary);
    if (agreed.length > 0) entries.set(verb, [...own, ...agreed]);
  }
  for (const [form, bases] of exceptions) {
    if (entries.has(form)) continue;
    const translated = bases.filter((base) => dictionary.entries.has(base));
    const translations = [...new Set(translated.flatMap((base) => entries.get(base) ?? []))];
    if (translations.length === 0) continue;
    entries.set(form, translations);
    if (translated.every((base) => pivot.has(base))) pivot.add(form);
  }
  for (const [phrase, senses] of multiwordVerbs) {
    if (entries.has(phrase)) continue;
    const translations = translationsThrough(phrase, senses, dictionary);
    if (translations.length > 0) entries.set(phrase, translations);
  }
  return { source: `${dictionary.source}; WordNet 3.0`, entries, ...(pivot.size > 0 ? { pivotHeadwords: pivot } : {}) };
};

/** A headword shorter than this gets no reading through its synonyms: short words are mostly abbreviations and names in WordNet. */
const MIN_SYNONYM_HEADWORD_LENGTH = 4;
/** Cap on the translations a headword gets through its synonyms. */
const MAX_SYNONYM_TRANSLATIONS = 2;

/**
 * The dictionary with entries for single English words it holds no reading of, through WordNet synonyms a dictionary
 * translates directly (not through the pivot): «annual» → «årlig» through «yearly». `senses` holds
 * one map per word class (noun, verb, adjective), each lemma's senses most frequent first; senses are tried by rank across
 * the classes (every class's first sense, then every class's second), and the first sense whose other words reach a
 * translation `accepts` (a word the corpus writes) decides. Left out: a word WordNet also files as an adverb (`adverbs`:
 * «behind», «well»), an inflected form of a headword («giving» of «give»: `baseForms`), and a word with an entry or a
 * doubtful reading (`uncertain`) already. A word whose deciding sense holds a request word (`requestWords`: «cite» beside
 * «mention») is a reporting verb, which carries no search content: it gets none. The new headwords are pivot headwords:
 * reached through other words.
 */
export const withSynonymEntries = (
  dictionary: EnglishDictionary,
  senses: readonly MultiwordSenses[],
  accepts: (norwegian: string) => boolean,
  adverbs: ReadonlySet<string>,
  baseForms: (word: string) => readonly string[],
  requestWords: ReadonlySet<string> = new Set(),
): EnglishDictionary => {
  const entries = new Map(dictionary.entries);
  const pivot = new Set(dictionary.pivotHeadwords ?? []);
  const known = (word: string): boolean => dictionary.entries.has(word) || (dictionary.uncertain?.has(word) ?? false);
  const lemmas = new Set(senses.flatMap((byLemma) => [...byLemma.keys()]));
  for (const lemma of lemmas) {
    if (lemma.length < MIN_SYNONYM_HEADWORD_LENGTH || !/^[a-z]+$/u.test(lemma) || adverbs.has(lemma) || known(lemma)) continue;
    if (baseForms(lemma).some((base) => base !== lemma && dictionary.entries.has(base))) continue;
    const ranked = senses.map((byLemma) => byLemma.get(lemma) ?? []);
    const depth = Math.max(...ranked.map((list) => list.length));
    for (let rank = 0; rank < depth; rank += 1) {
      const found: string[] = [];
      for (const words of ranked.map((list) => list[rank] ?? [])) {
        for (const word of words) {
          if (word === lemma || word.includes(' ')) continue;
          if (dictionary.pivotHeadwords?.has(word)) continue;
          for (const translation of dictionary.entries.get(word) ?? []) if (accepts(translation) && !found.includes(translation)) found.push(translation);
        }
      }
      if (found.length === 0) continue;
      if (ranked.some((list) => list[rank]?.some((word) => requestWords.has(word)))) break;
      entries.set(lemma, found.slice(0, MAX_SYNONYM_TRANSLATIONS));
      pivot.add(lemma);
      break;
    }
  }
  return { ...dictionary, entries, ...(pivot.size > 0 ? { pivotHeadwords: pivot } : {}) };
};
