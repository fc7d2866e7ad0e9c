import { analyze, analyzeWithOffsets, noWordKnowledge, type WordKnowledge } from '../analysis';
import { endsIn, englishKeysOf, keysOf, type DocumentKinds, type DocumentReferenceWords } from './document-kinds';
import type { PreparedQuery } from './query';

/**
 * A year written beside a word that names a document by its kind or author, when it is the year that document was issued:
 * «Hva mente direktoratet i 2017 om skytjenester?», «Kva tilrår rapporten frå 2014 om breiband?», «What did the agency's 2017
 * report recommend?», «the report from 2014». The year dates the document the question asks about, as a title names it: a
 * report writes its date once, not in every passage, so a sentence that states the year («… siden 2017», «… i mars 2014») says
 * nothing more of what is asked, and one that does not state it misses nothing.
 */
export interface DocumentYears {
  /** The years that date a named document, as written. */
  years: string[];
  /** The documents they date. */
  files: string[];
  /** The stems of the words that name those documents («direktorat», «rapport», «brev») and the years: reference words, context. */
  stems: string[];
}

const noYears: DocumentYears = { years: [], files: [], stems: [] };

const isYear = (token: string): boolean => /^(?:19|20)\d{2}$/u.test(token);
/** «direktoratet i 2017», «rapporten frå 2014», «the report from 2014», «the plan of 2012»: a date after what it dates. */
const dateWord = /^(?:i|fra|frå|in|from|of)$/iu;
/** «i rapporten sin frå 2014»: the possessive pronoun after its owner stands between the document word and its date. */
const possessivePronoun = /^(?:sitt|sin|si|sine)$/iu;
/** «the agency's 2017 report», «the 2017 report»: a date before the kind word, after a possessive or determiner. */
const beforeDate = /^(?:the|this|its|their)$|['’]s?$/iu;
/** How far after a date written before it the kind word may stand («the agency's 2017 broadband action plan»). */
const kindReach = 4;
/** A Norwegian definite noun (bokmål, nynorsk): «direktoratet», «rapporten», «handlingsplanen», «notata». */
const definite = /\p{L}{2,}(?:et|en|a|ene|ane|na)$/iu;
/**
 * Whether a word before a date names one document: a name («KS»), a Norwegian definite noun («direktoratet», «rapporten»), or an
 * English noun after a determiner or possessive («the report from 2014»). A word of an author's long name used as a common word
 * names none: «hvor mange hadde digital kompetanse i 2009» asks about that year, not about a document by a «Senter for digital
 * kompetanse».
 */
const namesOne = (word: string, before: string): boolean => /^\p{Lu}/u.test(word) || definite.test(word) || beforeDate.test(before);

/**
 * The years `question` (as typed; `prepared` gives an English question's translations) writes as the date of a document it names
 * by a kind or author word (`kinds`): a year right after such a word and «i», «fra», «frå» («from», «of», «in»), or before a kind
 * word after a possessive or determiner; only when a document of that kind or author was issued that year (`kinds.years`).
 */
export const documentYearsIn = (
  question: string,
  prepared: Pick<PreparedQuery, 'language' | 'sources'>,
  kinds: DocumentKinds,
  knowledge: WordKnowledge = noWordKnowledge,
): DocumentYears => {
  const tokens = [...question.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].map((match) => match[0]);
  if (!tokens.some(isYear)) return noYears;
  const sources = new Map((prepared.sources ?? []).map((source) => [source.source.toLowerCase(), source.stems]));
  const bare = (token: string): string => token.replace(/['’]s?$/u, '');
  /** What a word is matched as: an English word by its translations, a Norwegian one by its stems, lemmas and parts. */
  const keysAt = (token: string): string[] =>
    prepared.language === 'en'
      ? englishKeysOf(sources, bare(token))
      : analyzeWithOffsets(bare(token)).flatMap((term) => keysOf(term.word, term.stem, knowledge));
  /** The documents issued in `year` that the words name by their kind or author. */
  const datedBy = (year: string, words: string[], kindOnly: boolean): string[] =>
    [...kinds.years].flatMap(([file, issued]) => {
      if (String(issued) !== year) return [];
      const own = new Set([...(kinds.byFile.get(file) ?? []), ...(kindOnly ? [] : (kinds.authors.get(file) ?? []))]);
      // A kind word's head names it as the Norwegian reference does («the 2005 KS action plan»: «plan» of «handlingsplan»).
      const names = (key: string): boolean => own.has(key) || (key.length >= 4 && [...own].some((kind) => endsIn(kind, key)));
      return words.some((word) => keysAt(word).some(names)) ? [file] : [];
    });
  const found: DocumentYears = { years: [], files: [], stems: [] };
  const add = (year: string, files: string[], words: string[]): void => {
    if (files.length === 0) return;
    found.years.push(year);
    found.files.push(...files.filter((file) => !found.files.includes(file)));
    const stems = [...words.flatMap((word) => (prepared.language === 'en' ? keysAt(word) : analyze(bare(word)))), year];
    found.stems.push(...stems.filter((stem) => !found.stems.includes(stem)));
  };
  tokens.forEach((token, index) => {
    if (!isYear(token) || found.years.includes(token)) return;
    // After what it dates: «direktoratet i 2017», «i rapporten sin frå 2014».
    if (dateWord.test(tokens[index - 1] ?? '')) {
      const at = possessivePronoun.test(tokens[index - 2] ?? '') ? index - 3 : index - 2;
      const word = tokens[at];
      if (word !== undefined && namesOne(word, tokens[at - 1] ?? '')) add(token, datedBy(token, [word], false), [word]);
      if (found.years.includes(token)) return;
    }
    // Before the kind word: «the agency's 2017 report»; the possessive owner names it with the kind, not alone.
    const before = tokens[index - 1] ?? '';
    if (!beforeDate.test(before)) return;
    const kind = tokens.slice(index + 1, index + 1 + kindReach).find((word) => datedBy(token, [word], true).length > 0);
    if (kind !== undefined) add(token, datedBy(token, [kind], true), /['’]s?$/u.test(before) ? [before, kind] : [kind]);
  });
  return found.years.length > 0 ? found : noYears;
};

/** The reference words with the dated documents' words and the documents themselves, named in full. */
export const withDatedDocuments = (reference: DocumentReferenceWords, dated: DocumentYears): DocumentReferenceWords => {
  if (dated.years.length === 0) return reference;
  const files = new Map(reference.files);
  for (const file of dated.files) files.set(file, 1);
  return { stems: new Set([...reference.stems, ...dated.stems]), files };
};

/**
 * The reference words' documents narrowed to those a year of the question names (`kinds.issued`: catalog year, period,
 * title year), when the reference points to several and the year names some of them only: «KS-planen fra 2005», «i
 * strategien fram mot 2009», «i planen for IKT i helse og omsorg 2008–2012» pick one of KS' two plans. A year that names
 * none of them, or all, leaves the reference as it is.
 */
export const narrowedByYears = (reference: DocumentReferenceWords, question: string, kinds: DocumentKinds): DocumentReferenceWords => {
  if (reference.files.size < 2) return reference;
  const asked = new Set([...question.matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((match) => Number(match[0])));
  if (asked.size === 0) return reference;
  const named = [...reference.files].filter(([file]) => (kinds.issued.get(file) ?? []).some((year) => asked.has(year)));
  if (named.length === 0 || named.length === reference.files.size) return reference;
  return { stems: reference.stems, files: new Map(named) };
};

/**
 * The question with the years that date a document it names (`documentYearsIn`) as no number a passage must state: they stay
 * search words, as the document's other reference words do (context, `withDocumentReferences`), since a sentence that dates
 * what it says by the same year («… lagt fram våren 2017») may still be the answer; kept as `documentYears` so the
 * answer's check for an asked year passes them by.
 */
export const withoutDocumentYears = (prepared: PreparedQuery, dated: DocumentYears): PreparedQuery => {
  if (dated.years.length === 0) return prepared;
  const years = new Set(dated.years);
  return { ...prepared, documentYears: dated.years, terms: { ...prepared.terms, numbers: prepared.terms.numbers.filter((number) => !years.has(number)) } };
};
