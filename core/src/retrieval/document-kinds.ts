import { analyze, analyzeWithOffsets, noWordKnowledge, type WordKnowledge } from '../analysis';
import type { CatalogEntry } from '../schemas';
import type { IndexedChunk } from './indexed-chunk';
import { titleReferenceOf, titleWordsOf } from './document-titles';
import type { PreparedQuery } from './query';

/**
 * A question that names a document by what it is — its kind, genre or publisher («i lysarka frå seminaret», «ifølge
 * departementets brev», «vedlegget til KS' innspill», «the ministry's letter») — rather than by its title. Those words
 * are context, not what the answering sentence must say: the slides never write «lysark», the letter never calls itself
 * «brev». Each document's kind words come from its catalog entry: the noun phrase that opens its description
 * («Seminarprogram og lysark fra innlegget …», «Brev fra departementet til …», «KS' strategi og handlingsplan for …»,
 * «KS' underveisinnspill til …»), its subtitle's when that names no more than a kind («Strategi og handlingsplan»), with
 * the parts of their compounds («seminarprogram» → «seminar», «program») and their lemmas.
 */
export interface DocumentKinds {
  /** Per document file, the stems and lemmas of the words that say what it is («brev», «lysark», «vedlegg»). */
  byFile: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per document file, those of who wrote it («ks», «departement»): a reference only as the owner of a kind word. */
  authors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Per document file, the year it was issued (the catalog's `year`): a question may name it by that date (see document-years.ts). */
  years: ReadonlyMap<string, number>;
  /**
   * Per document file, every year that names it: its catalog year, the years of its period («2008–2012», catalog `years`) and
   * the years its title writes. A question that names several documents by one kind word («KS-planen») picks among them by
   * such a year («KS-planen fra 2005», «strategien fram mot 2009»; see `narrowedByYears` in document-years.ts).
   */
  issued: ReadonlyMap<string, readonly number[]>;
  /**
   * Per document file, the words of its title (stems, years as written) and, apart, those no other title writes and no
   * document has as author («helsereformutvalg», «ekommun», «én»): a name written with a capital names the document by
   * them (see `titleReferenceOf`).
   */
  titled: ReadonlyMap<string, { words: ReadonlySet<string>; own: ReadonlySet<string> }>;
}

/**
 * Where the kind phrase of a description ends: the first preposition that is not «fra»/«frå» (a kind is «fra» its
 * author: «Brev fra departementet»), a colon, bracket or quotation mark.
 */
const phraseEnd = /\s(?:for|til|om|med|i|på|over|mellom|mot|under|etter|ved|av|about|on|to|with|in)\s|[:(«»"“”,.;–]/iu;

/** The opening noun phrase of a description or subtitle, as written. */
export const kindPhraseOf = (text: string): string => {
  const end = phraseEnd.exec(text);
  return end ? text.slice(0, end.index) : text;
};

/** What a word is matched as: its stem and lemmas (an acronym's «lemmas» are spellings of its letters, not read). */
const ownKeysOf = (word: string, stem: string, knowledge: WordKnowledge): string[] => {
  const lemmas = /^\p{Lu}{2,}/u.test(word) ? [] : knowledge.lemmasOf(word.toLowerCase());
  return [...new Set([stem, ...lemmas, ...lemmas.flatMap(analyze)])];
};

/** The parts of a compound, each as its stem and lemma («seminarprogram» → seminar, program). */
const partKeysOf = (word: string, knowledge: WordKnowledge): string[][] => {
  const parts = knowledge.partsOf(word.toLowerCase());
  // «innlegg» is no «inn» + «legg» (a verb): a split with a part of three letters or fewer is not read.
  if (parts.some((part) => part.length < 4)) return [];
  return parts.map((part) => [...new Set([part, ...analyze(part)])]);
};

/** A document's own keys: a kind word's stem and lemmas and its parts', so that «seminaret» finds the «seminarprogram». */
export const keysOf = (word: string, stem: string, knowledge: WordKnowledge): string[] => [
  ...new Set([...ownKeysOf(word, stem, knowledge), ...partKeysOf(word, knowledge).flat()]),
];

/**
 * The sections a description names by their kind, each with what it is about («et vedlegg om trinnvis implementering»,
 * «og vedlegg med alle mål og tiltak», «en oversikt over kompetansemiljøer»): a question may refer to the document by them.
 */
const sectionKinds = (description: string, knowledge: WordKnowledge): string[] =>
  [...description.matchAll(/(?<![\p{L}])(?:et|en|ei|og)\s+(\p{Ll}+)\s+(?:om|med|over)\s/gu)]
    .map((match) => match[1] ?? '')
    // In its base form, as a section is named: not «og fylkeskommuner om …», the addressees.
    .filter((word) => knowledge.lemmasOf(word).includes(word));

/** A subtitle names only a kind when its whole text is its opening phrase («Strategi og handlingsplan»), not a topic. */
const subtitleKind = (subtitle: string | undefined): string => {
  if (!subtitle) return '';
  const phrase = kindPhraseOf(subtitle);
  return phrase.trim() === subtitle.trim() && phrase.split(/\s+/u).length <= 4 ? phrase : '';
};

export const documentKindsOf = (catalog: readonly CatalogEntry[], knowledge: WordKnowledge = noWordKnowledge): DocumentKinds => {
  const byFile = new Map<string, ReadonlySet<string>>();
  const authors = new Map<string, ReadonlySet<string>>();
  const years = new Map<string, number>();
  const issued = new Map<string, readonly number[]>();
  for (const entry of catalog) {
    years.set(entry.file, entry.year);
    const titled = [...(entry.title ?? '').matchAll(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu)].map((match) => Number(match[0]));
    issued.set(entry.file, [...new Set([entry.year, ...(entry.years ?? []), ...titled])]);
    const phrase = [kindPhraseOf(entry.description ?? ''), subtitleKind(entry.subtitle), ...sectionKinds(entry.description ?? '', knowledge)].join(' ');
    const keys = new Set<string>();
    const by = new Set<string>(analyze(entry.publisher).flatMap((stem) => [stem, ...partKeysOf(stem, knowledge).flat()]));
    for (const term of analyzeWithOffsets(phrase)) {
      if (term.kind === 'number') continue;
      const written = phrase.slice(term.start, term.end);
      // The owner («KS'», «KS sitt») and the author after «fra» («Brev fra departementet») say who wrote it, not what it is.
      const owner = /['’]$/u.test(phrase.slice(term.start, term.end + 1)) || /(?:fra|frå)\s+$/iu.test(phrase.slice(0, term.start));
      for (const key of keysOf(written, term.stem, knowledge)) (owner ? by : keys).add(key);
    }
    byFile.set(entry.file, keys);
    authors.set(entry.file, by);
  }
  return { byFile, authors, years, issued, titled: titleWordsOf(catalog, authors) };
};

/**
 * What a word naming a document's author counts for in the share of reference words pointing to it, beside a kind word that
 * fits it (full eval against counting it not at all: tune +2 −1, test +0 −0; counted in full: test −1 supported single).
 */
const authorShare = 0.5;

/** The question's words besides a title that names its document, for the title to be context (as for a circumstance). */
const minAskedBesideTitle = 2;

/** Prepositions and words of source before a reference («i», «ifølge», «frå», «etter», «according to», «in»). */
const sourceWord = /^(?:i|ifølge|ifølgje|fra|frå|etter|fylgje|in|from|according)$/iu;
/** A possessive: «KS'», «departementets», «KS's», «ministry's». */
const possessiveWord = /(?:'s?|’s?|\p{L}{3,}s)$/u;
/** «KS sitt», «KS si»: the possessive pronoun after its owner. */
const possessivePronoun = /^(?:sitt|sin|si|sine)$/iu;
/** English determiners that make a kind noun a reference to one document («the letter», «this plan»). */
const englishDeterminer = /^(?:the|this|its|their)$/iu;
/** English prepositions of source before a reference («in the slides», «according to the plan», «from the letter»). */
const englishSource = /^(?:in|to|from)$/iu;

/**
 * A kind word ends in `head` as its last part («handlingsplan» in «plan», «underveisinnspill» in «innspill»), at least four
 * letters before it: «KS-planen» names KS' action plan as «KS-handlingsplanen» does, a plan being what an action plan is.
 */
export const endsIn = (kind: string, head: string): boolean => kind.length >= head.length + 4 && kind.endsWith(head);

/**
 * An English word's translations: its own source's («plan»), or those of the phrase it stands in when that was translated
 * whole («action plan» → «handlingsplan», so «plan» and «action» both read as the action plan).
 */
export const englishKeysOf = (sources: ReadonlyMap<string, readonly string[]>, word: string): string[] => {
  const lower = word.toLowerCase();
  const own = sources.get(lower);
  if (own) return [...own];
  return [...sources].filter(([source]) => source.includes(' ') && source.split(/\s+/u).includes(lower)).flatMap(([, stems]) => stems);
};

/** The words of a question that refer to a document by its kind or author, as stems, and the documents they point to. */
export interface DocumentReferenceWords {
  stems: ReadonlySet<string>;
  /** Per document a kind word fits, the share of those words that are its kind words (its author's, beside one, at `authorShare`). */
  files: ReadonlyMap<string, number>;
}

const noReference: DocumentReferenceWords = { stems: new Set(), files: new Map() };

/**
 * The words of `question` (as typed; `prepared` gives an English question's translations) that refer to a document by its
 * kind or author: a kind word of some document that is definite («brevet»), follows a possessive («departementets brev»,
 * «KS sitt innspill») or a word of source («i vedlegg 1», «ifølge handlingsplanen»), or in English follows a determiner or
 * possessive («the letter», «the ministry's letter»); and a possessive or «fra»/«frå» phrase attached to one that names a
 * kind word too («departementets», «frå seminaret»).
 */
export const documentReferenceWords = (
  question: string,
  prepared: Pick<PreparedQuery, 'language' | 'sources'>,
  kinds: DocumentKinds,
  knowledge: WordKnowledge = noWordKnowledge,
): DocumentReferenceWords => {
  const matches = [...question.matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)];
  const words = matches.map((match) => match[0]);
  const english = prepared.language === 'en';
  const sources = new Map((prepared.sources ?? []).map((source) => [source.source.toLowerCase(), source.stems]));
  const all = new Set([...kinds.byFile.values()].flatMap((keys) => [...keys]));
  const kindHas = (keys: ReadonlySet<string>, key: string): boolean => keys.has(key) || (key.length >= 4 && [...keys].some((kind) => endsIn(kind, key)));
  const owners = new Set([...kinds.authors.values()].flatMap((keys) => [...keys]));
  const keysAt = (index: number): string[] => {
    const word = (words[index] ?? '').replace(/['’]s?$/u, '');
    if (english) return englishKeysOf(sources, word);
    return analyzeWithOffsets(word).flatMap((term) => ownKeysOf(word, term.stem, knowledge));
  };
  // A compound is a kind word when it is one, or when its head is and every part before it is a kind word or an author
  // («seminarprogrammet», «KS-strategien»), not when only its head is: «KI-strategien», «HØYKOM-programmet» name a
  // strategy and a programme the texts are about.
  const isKind = (index: number): boolean => {
    if (english) return keysAt(index).some((key) => kindHas(all, key));
    const word = (words[index] ?? '').replace(/['’]s?$/u, '');
    const terms = analyzeWithOffsets(word);
    const hyphenated = terms.filter((term) => term.kind === 'part').map((term) => ownKeysOf(term.word, term.stem, knowledge));
    const parts = hyphenated.length > 1 ? hyphenated : partKeysOf(word, knowledge);
    if (parts.length > 1) {
      const head = parts.at(-1) ?? [];
      return head.some((key) => kindHas(all, key)) && parts.slice(0, -1).every((keys) => keys.some((key) => all.has(key) || owners.has(key)));
    }
    return terms.some((term) => ownKeysOf(word, term.stem, knowledge).some((key) => kindHas(all, key)));
  };
  /** «KS-innspillet», «KS-planen»: a hyphenated kind word whose modifiers are its authors names the document by itself. */
  const ownerCompound = (index: number): boolean => {
    if (english) return false;
    const word = (words[index] ?? '').replace(/['’]s?$/u, '');
    const hyphenated = analyzeWithOffsets(word)
      .filter((term) => term.kind === 'part')
      .map((term) => ownKeysOf(term.word, term.stem, knowledge));
    return hyphenated.length > 1 && hyphenated.slice(0, -1).every((keys) => keys.some((key) => owners.has(key)));
  };
  const isOwner = (index: number): boolean => keysAt(index).some((key) => owners.has(key) || all.has(key));
  /**
   * A Norwegian kind noun written with a capital inside the question opens a name, the title of something the texts speak
   * of («etter Program for digital kompetanse», «i Strategi for …»), not a reference to a document by its kind: Norwegian
   * writes a common noun in lower case.
   */
  const opensName = (index: number): boolean => !english && index > 0 && /^\p{Lu}\p{Ll}/u.test(words[index] ?? '');
  /** Whether the noun at `index` (its modifiers from `start`) follows a word of source, a possessive or a determiner's preposition. */
  const framedAt = (index: number, start = index): boolean => {
    const before = words[start - 1] ?? '';
    // «in the letter», «according to the ministry's letter»: the preposition may stand before a determiner.
    const preposition = englishDeterminer.test(before) ? (words[start - 2] ?? '') : before;
    return english
      ? /['’]s?$/u.test(before) || englishSource.test(preposition)
      : sourceWord.test(before) || possessivePronoun.test(before) || (possessiveWord.test(before) && isOwner(index - 1)) || /['’]$/u.test(before);
  };
  /** The noun a name at `start` is attached to by «til», «om», «for», «to», «on» («notatet til Helsereformutvalget»). */
  const nounBefore = (start: number): number | undefined => {
    let at = start - 1;
    if (english && englishDeterminer.test(words[at] ?? '')) at -= 1;
    if (!/^(?:til|om|for|to|on|about)$/iu.test(words[at] ?? '')) return undefined;
    const noun = at - 1;
    // A document, as a definite noun or after a determiner or possessive: not «i forhold til», «in relation to».
    const before = words[noun - 1] ?? '';
    const definite = english ? englishDeterminer.test(before) || /['’]s?$/u.test(before) : /\p{Ll}(?:et|en|a|ene)$/u.test(words[noun] ?? '');
    return noun >= 1 && definite ? noun : undefined;
  };
  const referring = new Set<number>();
  for (let index = 0; index < words.length; index += 1) {
    if (!isKind(index) || opensName(index)) continue;
    // «the 2005 KS action plan»: in English an author, a year or a word of the same phrase may stand between the determiner
    // and the kind word, as the modifiers of a Norwegian compound do («KS-handlingsplanen»).
    let start = index;
    // A possessive frames the kind word by itself («the ministry's letter»): the walk stops there.
    const modifier = (at: number): boolean => !/['’]s?$/u.test(words[at] ?? '') && (isOwner(at) || /^(?:19|20)\d{2}$/u.test(words[at] ?? ''));
    while (english && start > 0 && modifier(start - 1)) start -= 1;
    if (framedAt(index, start) || ownerCompound(index)) {
      referring.add(index);
      for (let modifier = start; modifier < index; modifier += 1) if (isOwner(modifier)) referring.add(modifier);
    }
  }
  // The owner before a reference («departementets brev», «KS' innspill», «KS sitt innspill») and «frå seminaret» after it.
  for (const index of [...referring]) {
    const owner = possessivePronoun.test(words[index - 1] ?? '') ? index - 2 : index - 1;
    if (owner >= 0 && isOwner(owner)) referring.add(owner);
    if (/^(?:fra|frå|from|by)$/iu.test(words[index + 1] ?? '') && isOwner(index + 2)) referring.add(index + 2);
  }
  const keyed = [...referring].map((index) => keysAt(index));
  const files = new Map<string, number>();
  for (const [file, keys] of kinds.byFile) {
    // Only what a document is points to it: its author writes other documents too, and others quote it. Beside a kind word
    // that fits it, a word naming its author («departementets brev», «the ministry's letter») points to it in part.
    const kind = keyed.filter((set) => set.some((key) => kindHas(keys, key))).length;
    if (kind === 0) continue;
    const by = kinds.authors.get(file) ?? new Set<string>();
    const author = keyed.filter((set) => !set.some((key) => kindHas(keys, key)) && set.some((key) => by.has(key))).length;
    const share = (kind + authorShare * author) / keyed.length;
    files.set(file, share);
  }
  // A title names its document whole, and picks it among those a kind word fits («vedlegget i eKommune 2009»); one a kind word
  // does not fit is what the document speaks of («i lysarka om eKommune»), not a reference.
  const phraseAt = (index: number): boolean =>
    [...sources.keys()].some((source) => source.includes(' ') && source.split(/\s+/u).includes((words[index] ?? '').toLowerCase()));
  const yearAfter = (index: number): string | undefined => {
    const match = matches[index];
    return match ? /^\s+((?:19|20)\d{2})(?!\d)/u.exec(question.slice((match.index ?? 0) + match[0].length))?.[1] : undefined;
  };
  const fitting = [...titleReferenceOf(words, keysAt, kinds, english, phraseAt, yearAfter)].filter(([file]) => files.size === 0 || files.has(file));
  // A title is context only where the question asks something besides it («Hvem har undertegnet brevet om Én digital offentlig
  // sektor?» asks of the letter's title words as much as of «undertegnet»).
  /** A reference word's stems: its keys in English, the word without a possessive ending in Norwegian. */
  const stemsAt = (index: number): readonly string[] => (english ? keysAt(index) : analyze((words[index] ?? '').replace(/['’]s?$/u, '')));
  const attached = fitting.map(([, indices]) => nounBefore(Math.min(...indices)));
  const named = new Set(
    [...fitting.flatMap(([, indices]) => [...indices]), ...attached.flatMap((noun) => (noun === undefined ? [] : [noun])), ...referring].flatMap(stemsAt),
  );
  const asked = english ? (prepared.sources ?? []).flatMap((source) => source.stems) : analyze(question);
  if (fitting.length > 0 && asked.filter((stem) => !named.has(stem)).length >= minAskedBesideTitle) {
    files.clear();
    for (const [position, [file, indices]] of fitting.entries()) {
      for (const index of indices) referring.add(index);
      files.set(file, 1);
      // «KS-notatet til Helsereformutvalget», «ifølge brevet om Én digital offentlig sektor», «KS's submission to the health
      // reform committee»: the noun a title name is attached to, framed as a reference, is that document, whatever it calls it.
      const noun = attached[position];
      if (noun !== undefined && (framedAt(noun) || ownerCompound(noun))) {
        referring.add(noun);
        const owner = possessivePronoun.test(words[noun - 1] ?? '') ? noun - 2 : noun - 1;
        if (owner >= 0 && /['’]s?$/u.test(words[owner] ?? '') && isOwner(owner)) referring.add(owner);
      }
    }
  }
  if (referring.size === 0) return noReference;
  return { stems: new Set([...referring].flatMap(stemsAt)), files };
};

/**
 * The question with its document-reference words as context (weight factor `factor`): counted where a passage carries
 * them, not missed where it does not.
 */
export const withDocumentReferences = (prepared: PreparedQuery, reference: DocumentReferenceWords, factor: number): PreparedQuery => {
  const { stems } = prepared.terms;
  if (reference.stems.size === 0 || !stems.some((stem) => reference.stems.has(stem))) return prepared;
  const weights = stems.map((stem, index) => {
    const own = prepared.terms.weights?.[index] ?? 1;
    return reference.stems.has(stem) ? Math.min(own, factor) : own;
  });
  return { ...prepared, terms: { ...prepared.terms, weights } };
};

/**
 * The weight factor of a reference word, as a follow-up's referent (0.5), and the rerank bonus for the documents the
 * reference words name (`rerank.title` is 0.2 for a title): both set once, not swept (tune: q474, c102#0, c060#3 gained,
 * nothing lost; test: no outcome changes).
 */
export const documentReferenceWeight = 0.5;
export const documentReferenceBonus = 0.1;

/** The rerank bonus for passages of the documents a question refers to by kind: `bonus` × the share of its reference words. */
export const documentPrior = (reference: DocumentReferenceWords, bonus: number): ((chunk: IndexedChunk) => number) | undefined =>
  reference.files.size === 0 || bonus === 0 ? undefined : (chunk) => bonus * (reference.files.get(chunk.file) ?? 0);
