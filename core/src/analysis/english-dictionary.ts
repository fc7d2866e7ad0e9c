import { z } from 'zod';
import { KildesvarError } from '../errors';
import { analyze } from './analyze';
import { rebuildHint } from '../commands';
import type { WordClass } from './freedict-eng-nor';

/**
 * English → Norwegian translations for query translation: lowercase English headwords or phrases,
 * each with 1–3 Norwegian translations, best first.
 */
export interface EnglishDictionary {
  /** Where the entries came from, e.g. `freedict-eng-nor 2022.11.18`. */
  source: string;
  entries: ReadonlyMap<string, readonly string[]>;
  /** Headwords whose translations were reached through other languages (see pivot-dictionary.ts): less sure than the rest. */
  pivotHeadwords?: ReadonlySet<string>;
  /** As read from a dictionary that tags its entries (FreeDict eng-nor): headword → translation → the word classes it translates. Not stored. */
  wordClasses?: ReadonlyMap<string, ReadonlyMap<string, ReadonlySet<WordClass>>>;
  /** Adjectives and adverbs with the forms the corpus writes of their translations (see `withGradedEntries`): for «faster». */
  graded?: ReadonlyMap<string, readonly string[]>;
  /**
   * For headwords without an entry: the corpus words only one route of the pivot reaches (see `withUncertainEntries`), too
   * doubtful to search on their own; a question takes those of them its other words meet in the corpus (`NearWords`).
   */
  uncertain?: ReadonlyMap<string, readonly string[]>;
  /** For each uncertain translation, the corpus stems it stands beside (see `neighbourTable`): computed at ingest, read by every store. */
  uncertainNear?: ReadonlyMap<string, readonly string[]>;
}

export const SERIALIZED_DICTIONARY_VERSION = 1;

export const serializedDictionarySchema = z.object({
  version: z.literal(SERIALIZED_DICTIONARY_VERSION),
  source: z.string(),
  entries: z.record(z.string(), z.array(z.string().min(1)).min(1)),
  pivotHeadwords: z.array(z.string()).optional(),
  graded: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
  uncertain: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
  uncertainNear: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
});
export type SerializedDictionary = z.infer<typeof serializedDictionarySchema>;

const sortedRecord = (map: ReadonlyMap<string, readonly string[]> | undefined): Record<string, string[]> | undefined => {
  if (!map || map.size === 0) return undefined;
  const record: Record<string, string[]> = {};
  for (const headword of [...map.keys()].sort()) record[headword] = [...(map.get(headword) ?? [])];
  return record;
};

/** A plain JSON value with the entries sorted by headword, so that the file is stable between builds. */
export const serializeDictionary = (dictionary: EnglishDictionary): SerializedDictionary => {
  const headwords = [...dictionary.entries.keys()].sort();
  const entries: Record<string, string[]> = {};
  for (const headword of headwords) entries[headword] = [...(dictionary.entries.get(headword) ?? [])];
  const pivot = [...(dictionary.pivotHeadwords ?? [])].filter((headword) => Object.hasOwn(entries, headword)).sort();
  const graded = sortedRecord(dictionary.graded);
  const uncertain = sortedRecord(dictionary.uncertain);
  const uncertainNear = sortedRecord(dictionary.uncertainNear);
  return {
    version: SERIALIZED_DICTIONARY_VERSION,
    source: dictionary.source,
    entries,
    ...(pivot.length > 0 ? { pivotHeadwords: pivot } : {}),
    ...(graded ? { graded } : {}),
    ...(uncertain ? { uncertain } : {}),
    ...(uncertainNear ? { uncertainNear } : {}),
  };
};

/** Reads what `serializeDictionary` wrote; throws `index_mismatch` for anything else. */
export const deserializeDictionary = (value: unknown): EnglishDictionary => {
  const parsed = serializedDictionarySchema.safeParse(value);
  if (!parsed.success) {
    throw new KildesvarError(
      'index_mismatch',
      `The stored English dictionary is not in the expected format (${parsed.error.issues[0]?.message ?? 'invalid'}); ${rebuildHint}.`,
    );
  }
  const { pivotHeadwords: pivot, graded, uncertain, uncertainNear } = parsed.data;
  return {
    source: parsed.data.source,
    entries: new Map(Object.entries(parsed.data.entries)),
    ...(pivot ? { pivotHeadwords: new Set(pivot) } : {}),
    ...(graded ? { graded: new Map(Object.entries(graded)) } : {}),
    ...(uncertain ? { uncertain: new Map(Object.entries(uncertain)) } : {}),
    ...(uncertainNear ? { uncertainNear: new Map(Object.entries(uncertainNear)) } : {}),
  };
};

/** True when every stem of the Norwegian text occurs in the vocabulary (and it has at least one). */
export const occursInVocabulary = (norwegian: string, vocabulary: ReadonlySet<string>): boolean => {
  const stems = analyze(norwegian);
  return stems.length > 0 && stems.every((stem) => vocabulary.has(stem));
};

const minimumHeadLength = 4;
const minimumModifierLength = 3;
const minimumFirstPartLength = 4;

/** A set derived from a vocabulary once, cached for as long as the vocabulary lives. */
const perVocabulary = (derive: (vocabulary: ReadonlySet<string>) => Set<string>) => {
  const cache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();
  return (vocabulary: ReadonlySet<string>): ReadonlySet<string> => {
    const known = cache.get(vocabulary);
    if (known) return known;
    const derived = derive(vocabulary);
    cache.set(vocabulary, derived);
    return derived;
  };
};

/** Every ending of the vocabulary's words that could be the last part of a compound («alarm» of «trygghetsalarm»). */
const compoundHeadsOf = perVocabulary((vocabulary) => {
  const heads = new Set<string>();
  for (const word of vocabulary) for (let start = minimumModifierLength; start <= word.length - minimumHeadLength; start += 1) heads.add(word.slice(start));
  return heads;
});

/**
 * Every beginning of the vocabulary's words that could be the first part of a compound, as it is written there («brev»
 * of «brevpost», «fiber» of «fiberkabler»): at least four letters, and a last part of at least four after it.
 */
const compoundFirstPartsOf = perVocabulary((vocabulary) => {
  const parts = new Set<string>();
  for (const word of vocabulary) for (let end = minimumFirstPartLength; end <= word.length - minimumHeadLength; end += 1) parts.add(word.slice(0, end));
  return parts;
});

/**
 * True when every stem of the Norwegian text occurs in the vocabulary, alone or as the last part of
 * a compound («alarm» in «trygghetsalarm», «bølge» in «eldrebølgen»).
 */
export const occursInCompounds = (norwegian: string, vocabulary: ReadonlySet<string>): boolean => {
  const stems = analyze(norwegian);
  return stems.length > 0 && stems.every((stem) => stemOccursInCompounds(stem, vocabulary));
};

/**
 * True when the corpus writes the one-word Norwegian text as the first part of a compound («brev» in «brevpost», «fiber»
 * in «fiberkabler»). A first part keeps its written form, so it is compared as written, not as its stem.
 */
export const occursAsFirstPart = (norwegian: string, vocabulary: ReadonlySet<string>): boolean => {
  const written = norwegian.toLowerCase();
  return /^\p{L}+$/u.test(written) && written.length >= minimumFirstPartLength && compoundFirstPartsOf(vocabulary).has(written);
};

/** `occursInCompounds` for one stem. */
export const stemOccursInCompounds = (stem: string, vocabulary: ReadonlySet<string>): boolean =>
  vocabulary.has(stem) || (stem.length >= minimumHeadLength && compoundHeadsOf(vocabulary).has(stem));

/**
 * Keeps only the translations whose stems all occur in the corpus vocabulary (alone or as the last
 * part of a compound), the first `maxKept` of them, and only the headwords left with a translation: what ingest stores
 * beside the index.
 */
export const pruneDictionary = (dictionary: EnglishDictionary, vocabulary: ReadonlySet<string>, maxKept = Number.POSITIVE_INFINITY): EnglishDictionary => {
  const entries = new Map<string, readonly string[]>();
  for (const [headword, translations] of dictionary.entries) {
    const kept = translations.filter((translation) => occursInCompounds(translation, vocabulary)).slice(0, maxKept);
    if (kept.length > 0) entries.set(headword, kept);
  }
  return {
    source: dictionary.source,
    entries,
    ...(dictionary.pivotHeadwords ? { pivotHeadwords: dictionary.pivotHeadwords } : {}),
    ...(dictionary.wordClasses ? { wordClasses: dictionary.wordClasses } : {}),
  };
};

/** A translation the dictionary writes as the first part of compounds: «hoved-», «kommune-», «markeds-». */
const PREFIX_FORM = /^\p{L}+-$/u;

/**
 * The dictionary's entries for the headwords `translated` lacks, each with the translations the corpus writes only as the
 * first part of a compound («letter» → «brev», as in «brevpost»; «fibre» → «fiber», as in «fiberkabler»): a last resort
 * after the whole words, last parts and pivot, since a first part may be a name's («brønn» of «Brønnøysund»). A translation the
 * dictionary writes with a trailing hyphen («main» → «hoved-») is read as the first part it names.
 */
export const withFirstPartEntries = (
  translated: EnglishDictionary,
  dictionary: EnglishDictionary,
  vocabulary: ReadonlySet<string>,
  maxKept = Number.POSITIVE_INFINITY,
): EnglishDictionary => {
  const entries = new Map(translated.entries);
  for (const [headword, translations] of dictionary.entries) {
    if (entries.has(headword)) continue;
    // A translation written with a trailing hyphen is a first part as the dictionary gives it: «main» → «hoved-».
    const written = translations.map((translation) => (PREFIX_FORM.test(translation) ? translation.slice(0, -1) : translation));
    const kept = [...new Set(written)].filter((translation) => occursAsFirstPart(translation, vocabulary)).slice(0, maxKept);
    if (kept.length > 0) entries.set(headword, kept);
  }
  return { ...translated, entries };
};
