import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { EnglishDictionary } from './english-dictionary';

/** Where Debian's `dict-freedict-eng-nor` installs its dictd files (`.index` and `.dict.dz`). */
export const DEFAULT_FREEDICT_ENG_NOR_PATH = '/usr/share/dictd/freedict-eng-nor';

/** Translations a headword keeps in the stored dictionary, after pruning to those the corpus uses. */
export const MAX_TRANSLATIONS_PER_HEADWORD = 3;
/**
 * Translations read per headword of FreeDict eng-nor before pruning: its entries often list nouns of other senses first
 * («keep» → borgtårn, forpleining, underhold, fortsette, beholde …), so the cap applies to those the corpus uses.
 */
export const MAX_READ_TRANSLATIONS_PER_HEADWORD = 12;

/** The dictionary is optional: a missing or unreadable file is an expected outcome with a reason. */
export type DictionaryLoadResult = { dictionary: EnglishDictionary; reason?: undefined } | { dictionary: null; reason: string };

const DICTD_BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd writes offsets and lengths as big-endian base-64 numbers: `BAF` = 1·64² + 0·64 + 5. */
export const decodeDictdNumber = (encoded: string): number => {
  let value = 0;
  for (const character of encoded) {
    const digit = DICTD_BASE64.indexOf(character);
    if (digit < 0) {
      throw new RangeError(`not a dictd base-64 digit: ${JSON.stringify(character)}`);
    }
    value = value * 64 + digit;
  }
  return value;
};

const SENSE_NUMBER_PREFIX = /^\d+\.\s*/u;
const SENSE_NUMBER_SUFFIX = /\s+\d+\.$/u;
const PARENTHESISED = /\([^)]*\)/gu;
/** Markup and grammar notes that mark a translation as unusable for queries (`dess + comp.`, `merkelo/s`). */
const UNUSABLE = /[[\]/+{}<>]|^-|\.$/u;

/** Grammar tags and subject labels some FreeDict dictionaries write beside a translation (`Lösung <fem> [math.]`). */
const ANNOTATION = /<[^>]*>|\[[^\]]*\]/gu;

/** How to read one dictionary's translations: `strip` drops grammar tags and labels, `reject` drops translations that have them. */
export type AnnotationHandling = 'reject' | 'strip';

/** `strip` reads «provide sth» as «provide» and «etw. enthalten» as «enthalten» (see PLACEHOLDERS); `keep` reads them as written. */
export type PlaceholderHandling = 'keep' | 'strip';

/**
 * Object and reflexive placeholders of a valency pattern: FreeDict eng-deu files most transitive verbs
 * under «provide sth», «set sth up», «develop sth» with German «etw. bereitstellen», «jdm. etw. besorgen»,
 * «sich entwickeln»; deu-swe files its verbs bare («bereitstellen»).
 */
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  'sth',
  'sth.',
  'sb',
  'sb.',
  "sb's",
  "sth's",
  'oneself',
  "one's",
  'etw.',
  'jdm.',
  'jdn.',
  'jds.',
  'jd.',
  'sich',
]);

/** The words of a headword or translation without placeholders: «set sth up» → «set up», «etw. enthalten» → «enthalten». */
export const withoutPlaceholders = (text: string): string =>
  text
    .split(/\s+/u)
    .filter((word) => word.length > 0 && !PLACEHOLDERS.has(word))
    .join(' ');

const cleanTranslation = (raw: string, annotations: AnnotationHandling = 'reject', placeholders: PlaceholderHandling = 'keep'): string | null => {
  const stripped = annotations === 'strip' ? raw.replace(ANNOTATION, ' ') : raw;
  const spaced = stripped.replace(PARENTHESISED, ' ').replace(/\s+/gu, ' ').trim();
  const cleaned = placeholders === 'strip' ? withoutPlaceholders(spaced) : spaced;
  if (cleaned.length === 0 || UNUSABLE.test(cleaned)) return null;
  return cleaned;
};

/**
 * The Norwegian translations of one dictd entry. The entry's first line is the headword with its
 * pronunciation and part of speech; the next line holds the translations of the first sense; later
 * senses start on their own line with `2. `, `3. ` …; all other lines are English glosses.
 */
export const parseFreedictEntry = (entry: string, annotations: AnnotationHandling = 'reject', placeholders: PlaceholderHandling = 'keep'): string[] => {
  const lines = entry.split('\n').slice(1);
  const translationLines = lines.filter((line, index) => index === 0 || /^\d+\. /u.test(line));
  const translations: string[] = [];
  for (const line of translationLines) {
    const numbered = line.replace(SENSE_NUMBER_PREFIX, '').replace(SENSE_NUMBER_SUFFIX, '');
    // Stripped before splitting: a tag may hold a comma («entwickeln <v, trans>»).
    const senses = annotations === 'strip' ? numbered.replace(ANNOTATION, ' ') : numbered;
    for (const raw of senses.split(/[,;]/u)) {
      const translation = cleanTranslation(raw, annotations, placeholders);
      if (translation && !translations.includes(translation)) translations.push(translation);
    }
  }
  return translations;
};

/** The word classes FreeDict eng-nor tags its entries with (`<n>`, `<v>`, `<adj>`, `<adv>`), as the query reads them. */
export type WordClass = 'noun' | 'verb' | 'adjective' | 'adverb';

const WORD_CLASS_TAGS: Readonly<Record<string, WordClass>> = { n: 'noun', v: 'verb', adj: 'adjective', adv: 'adverb' };

/** The word class of one dictd entry, from the tag on its headword line («plan //plæn// <v>» → verb), or null when it has none. */
export const wordClassOfEntry = (entry: string): WordClass | null => {
  const tag = /<([a-z]+)>/u.exec(entry.split('\n')[0] ?? '')?.[1];
  return (tag && WORD_CLASS_TAGS[tag]) || null;
};

/** How to read a FreeDict dictionary: its name (for `source`), the cap on translations a headword, and its annotations. */
export interface FreedictReading {
  name: string;
  maxTranslations: number;
  annotations: AnnotationHandling;
  /** Placeholders in headwords and translations (default `keep`). */
  placeholders?: PlaceholderHandling;
}

const engNorReading: FreedictReading = {
  name: 'freedict-eng-nor',
  maxTranslations: MAX_READ_TRANSLATIONS_PER_HEADWORD,
  annotations: 'reject',
  placeholders: 'keep',
};

/** Builds the dictionary from the `.index` text and the decompressed `.dict` bytes (any FreeDict pair; English–Norwegian by default). */
export const parseFreedict = (indexText: string, dictionaryBytes: Buffer, reading: Partial<FreedictReading> = {}): EnglishDictionary => {
  const { name, maxTranslations, annotations, placeholders } = { ...engNorReading, ...reading };
  const entries = new Map<string, string[]>();
  const wordClasses = new Map<string, Map<string, Set<WordClass>>>();
  let source = name;
  for (const line of indexText.split('\n')) {
    const [headword, offset, length] = line.split('\t');
    if (!headword || !offset || !length) continue;
    const start = decodeDictdNumber(offset);
    const entry = dictionaryBytes.subarray(start, start + decodeDictdNumber(length)).toString('utf8');
    if (headword === '00databaseshort') {
      const edition = /ver\. (\S+)/u.exec(entry)?.[1];
      if (edition) source = `${name} ${edition}`;
      continue;
    }
    if (headword.startsWith('00database')) continue;
    const key = placeholders === 'strip' ? withoutPlaceholders(headword.toLowerCase()) : headword.toLowerCase();
    if (key.length === 0) continue;
    const known = entries.get(key) ?? [];
    const wordClass = wordClassOfEntry(entry);
    for (const translation of parseFreedictEntry(entry, annotations, placeholders)) {
      if (known.length < maxTranslations && !known.includes(translation)) known.push(translation);
      if (wordClass && known.includes(translation)) {
        const classes = wordClasses.get(key) ?? new Map<string, Set<WordClass>>();
        classes.set(translation, (classes.get(translation) ?? new Set<WordClass>()).add(wordClass));
        wordClasses.set(key, classes);
      }
    }
    if (known.length > 0) entries.set(key, known);
  }
  return { source, entries, ...(wordClasses.size > 0 ? { wordClasses } : {}) };
};

/**
 * Loads a FreeDict dictionary from dictd files (`<path>.index`, `<path>.dict.dz`). Returns
 * `{ dictionary: null, reason }` when the files are missing or unreadable, for the caller to log.
 */
export const loadFreedict = (path: string, reading: Partial<FreedictReading> = {}): DictionaryLoadResult => {
  const indexPath = `${path}.index`;
  const dictionaryPath = `${path}.dict.dz`;
  for (const required of [indexPath, dictionaryPath]) {
    if (!existsSync(required)) return { dictionary: null, reason: `${required} is missing` };
  }
  try {
    const dictionary = parseFreedict(readFileSync(indexPath, 'utf8'), gunzipSync(readFileSync(dictionaryPath)), reading);
    if (dictionary.entries.size === 0) return { dictionary: null, reason: `${indexPath} has no entries.` };
    return { dictionary };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { dictionary: null, reason: `${path}.* could not be read as a dictd dictionary: ${message}` };
  }
};

/**
 * Loads FreeDict's English–Norwegian dictionary (Debian's `dict-freedict-eng-nor`). Returns
 * `{ dictionary: null, reason }` when the files are missing or unreadable, for the caller to log.
 */
export const loadFreedictEngNor = (path = DEFAULT_FREEDICT_ENG_NOR_PATH): DictionaryLoadResult => {
  const loaded = loadFreedict(path);
  if (loaded.dictionary || !loaded.reason.endsWith('is missing')) return loaded;
  return {
    dictionary: null,
    reason: `${loaded.reason}: English questions are translated with the built-in glossary only (install the Debian package dict-freedict-eng-nor for more).`,
  };
};
