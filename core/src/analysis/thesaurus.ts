import { linkingLetters } from './linking-letters';
import { derivedCandidates } from './word-knowledge';

/**
 * Reads a MyThes thesaurus (`.dat`, as Debian's mythes-no ships the bokmål one): a first line
 * naming the encoding, then entries of a headword line `word|senses` followed by `senses` lines
 * `-|synonym|synonym…` (a part of speech may stand in the first field). Written by hand because
 * no maintained npm package reads MyThes files; the format is four lines of description.
 */
export interface ThesaurusEntry {
  word: string;
  /** Single-word synonyms over all senses, lowercase NFC, without the headword itself. */
  synonyms: string[];
}

/** Synonyms written as several words, with brackets or slashes are left out: they cannot match one question word. */
const singleWord = /^\p{L}[\p{L}-]*$/u;
/**
 * …except a reflexive verb («vente seg» for «forvente»): the verb and its reflexive pronoun, which a text writes apart
 * («det ventes at …», «kommunene venter seg»), so the verb alone is the synonym — of the headword, and the headword of it
 * (the thesaurus has no entry «vente», so the link is read back: «ventes» in a question meets «forventes» in a text).
 */
const reflexiveVerb = /^(\p{L}+) seg$/u;

/**
 * The headwords of a MyThes text, each with its senses' synonyms (the first field of a sense line, its word class label, left
 * out), trimmed, lower-cased and NFC-normalised — one reading of the format for `parseThesaurus` and `thesaurusSenses`.
 */
export function* mythesEntries(text: string): Generator<{ word: string; senses: string[][] }> {
  const lines = text.split(/\r?\n/u);
  let index = 1;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    index += 1;
    const separator = line.lastIndexOf('|');
    const count = Number(line.slice(separator + 1));
    if (separator <= 0 || !Number.isInteger(count) || count < 0) continue;
    const word = line.slice(0, separator).toLowerCase().normalize('NFC');
    const senses = lines.slice(index, index + count).map((sense) =>
      sense
        .split('|')
        .slice(1)
        .map((synonym) => synonym.trim().toLowerCase().normalize('NFC')),
    );
    index += count;
    yield { word, senses };
  }
}

export const parseThesaurus = (text: string): ThesaurusEntry[] => {
  const entries: ThesaurusEntry[] = [];
  const reflexives = new Map<string, Set<string>>();
  for (const { word, senses } of mythesEntries(text)) {
    const synonyms = new Set<string>();
    for (const normalised of senses.flat()) {
      if (singleWord.test(normalised) && normalised !== word) synonyms.add(normalised);
      const verb = reflexiveVerb.exec(normalised)?.[1];
      if (verb !== undefined && verb !== word && singleWord.test(word)) {
        synonyms.add(verb);
        reflexives.set(verb, (reflexives.get(verb) ?? new Set()).add(word));
      }
    }
    if (synonyms.size > 0) entries.push({ word, synonyms: [...synonyms] });
  }
  for (const [verb, headwords] of reflexives) entries.push({ word: verb, synonyms: [...headwords] });
  return entries;
};

/** The encoding a MyThes file names on its first line («ISO8859-1», «UTF-8»), as Node's decoder label. */
export const thesaurusEncoding = (firstLine: string): 'latin1' | 'utf8' => (/^\s*utf-?8\s*$/iu.test(firstLine) ? 'utf8' : 'latin1');

/**
 * The synonyms of a thesaurus headword the corpus never uses, keyed by its inflected forms too: the thesaurus lists base
 * forms («utgift»), and a form a question writes («utgiftene») has no lemma in the tables when no corpus word has that
 * lemma, so it would reach none of them. `forms` pairs each form with its lemma, as Apertium reads or generates it; a form
 * the lemma tables know (`isKnown`) keeps its own lemmas' synonyms, and a form that is itself a headword keeps its entry.
 */
export const inflectedSynonyms = (
  synonyms: Readonly<Record<string, readonly string[]>>,
  forms: Iterable<readonly [form: string, lemma: string]>,
  isKnown: (form: string) => boolean,
): Record<string, string[]> => {
  const found = new Map<string, Set<string>>();
  for (const [form, lemma] of forms) {
    const kept = synonyms[lemma];
    if (!kept || form === lemma || Object.hasOwn(synonyms, form) || isKnown(form)) continue;
    const set = found.get(form) ?? new Set<string>();
    for (const synonym of kept) set.add(synonym);
    found.set(form, set);
  }
  return Object.fromEntries([...found].map(([form, set]) => [form, [...set].sort()]));
};

/**
 * Nynorsk forms the lemma tables do not hold, read through their bokmål translation (Apertium's nynorsk→bokmål dictionary):
 * the tables link a nynorsk word to a corpus lemma only where the corpus lemma translates to it (bokmål→nynorsk), so a
 * nynorsk word of its own («dugleik», «meistre», «fortelje», «kopling») whose bokmål word the corpus never writes reached
 * nothing, however plainly the texts say the same in other words. Each such form gets its translation when that is a corpus
 * lemma, and the corpus synonyms of its translation when that is a thesaurus headword («dugleik» → dyktighet → ferdighet,
 * kompetanse, …): words to rank passages by, as the inflected forms of `inflectedSynonyms` are. A form the lemma tables know
 * (`isKnown`) or that is a headword itself keeps its own reading; the translation to the same word is no link.
 */
export const translatedSynonyms = (
  synonyms: Readonly<Record<string, readonly string[]>>,
  translations: Iterable<readonly [form: string, bokmaal: string]>,
  isCorpusLemma: (lemma: string) => boolean,
  isKnown: (form: string) => boolean,
): Record<string, string[]> => {
  const found = new Map<string, Set<string>>();
  for (const [form, bokmaal] of translations) {
    if (form === bokmaal || Object.hasOwn(synonyms, form) || isKnown(form)) continue;
    const reached = [...(isCorpusLemma(bokmaal) ? [bokmaal] : []), ...(synonyms[bokmaal] ?? [])];
    if (reached.length === 0) continue;
    const set = found.get(form) ?? new Set<string>();
    for (const lemma of reached) set.add(lemma);
    found.set(form, set);
  }
  return Object.fromEntries([...found].map(([form, set]) => [form, [...set].sort()]));
};

/**
 * The regular derivations the corpus uses of a headword's synonyms the corpus never uses itself («regne» ~ «beregne», which
 * the texts write only as the noun «beregning»; `derivedCandidates`): the synonym named as act or state. Kept apart from the
 * synonyms (`LanguageResources.synonymDerivations`): as synonyms they moved passages in ranking (session 40: test R@1 −2).
 */
export const synonymDerivations = (synonyms: readonly string[], isCorpusLemma: (lemma: string) => boolean): string[] => {
  const found = new Set<string>();
  for (const synonym of synonyms) {
    if (isCorpusLemma(synonym)) continue;
    for (const derived of derivedCandidates(synonym)) if (isCorpusLemma(derived)) found.add(derived);
  }
  return [...found].sort();
};

/**
 * The base forms of the corpus's two-part compounds that the lemma tables list by their parts only: the modifier and the
 * head's lemma joined by a linking letter («nettsteder» nett + sted → «nettsted», «kvalitetskriterier» → «kvalitetskriterium»).
 * Apertium knows few compounds as words of their own, so a thesaurus synonym such as «nettsted» (of «hjemmeside») was never a
 * corpus lemma and was dropped though the texts write it.
 */
export const compoundBaseForms = (parts: Readonly<Record<string, readonly string[]>>): Set<string> => {
  const found = new Set<string>();
  for (const split of Object.values(parts)) {
    if (split.length !== 2) continue;
    const [modifier = '', head = ''] = split;
    for (const link of linkingLetters) found.add(`${modifier}${link}${head}`.replace(/(\p{L})\1\1/gu, '$1$1'));
  }
  return found;
};
