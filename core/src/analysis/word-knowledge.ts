import { analyze, analyzeWord } from './analyze';
import { linkingLetters } from './linking-letters';
import { separableParticles } from './prefixed-verbs';
import { emptyLanguageResources, type LanguageResources } from './language-resources';
import { normalizeNynorsk, withoutAccents } from './normalize-nynorsk';
import { isNorwegianStopword } from './stopwords';
import { isDistributive } from './periodic';
import { type Token, tokenize } from './tokenize';
import { LruCache } from '../collections/lru-cache';
import { WordFilter } from './word-filter';

const minPartLength = 3;
/** A split's part this short must be vouched for by the corpus (`usedPart`). */
const maxShortPartLength = 3;
/** Words whose readings (splits, variants, stemmed forms) are kept, per kind. */
const wordCacheSize = 50_000;
/**
 * Two lemmas one form is read as are the same word in bokmål and nynorsk («tjeneste» ~ «teneste»)
 * when they start alike and neither begins the other; «helse» ~ «hel», «leder» ~ «lede» are
 * different words that share a form.
 */
const isVariant = (lemma: string, other: string): boolean => other !== lemma && other[0] === lemma[0] && !other.startsWith(lemma) && !lemma.startsWith(other);
/** At most this many other lemmas per lemma (a form read several ways is a homograph, not a variant). */
const maxVariants = 4;
const minCompoundLength = 7;
/** A hyphen or dash joining the pieces of a compound («KI-forordningen», «IKT–bransjen»), as the tokenizer reads them. */
const HYPHEN = /[-\u2010\u2011\u2013]/u;
const HYPHEN_SPLIT = /[-\u2010\u2011\u2013]/gu;

/** Latinate adjective ending ↔ its quality noun's ending (`latinateCandidates`), read both ways. */
const latinatePairs: readonly [adjective: string, noun: string][] = [
  ['ent', 'ens'],
  ['ant', 'ans'],
  ['ant', 'anse'],
  ['ent', 'anse'],
  ['iv', 'ivitet'],
  ['ell', 'alitet'],
  ['bel', 'bilitet'],
];

/**
 * Latinate adjective ↔ its quality noun, as [adjective, noun] candidates: «-ent/-ant» ↔ «-ens/-ans/-anse» («kompetent» ~
 * «kompetanse», «relevant» ~ «relevans», «transparent» ~ «transparens»), «-iv» ↔ «-ivitet» («effektiv» ~ «effektivitet»),
 * «-ell» ↔ «-alitet» («funksjonell» ~ «funksjonalitet»), «-bel» ↔ «-bilitet» («fleksibel» ~ «fleksibilitet»). Candidates
 * only: the lemma tables decide, and the adjective must inflect as one (`isAdjectiveLemma`), so that an agent noun in «-ent»
 * («konkurrent») is not read as the quality «konkurranse».
 */
export const latinateCandidates = (lemma: string): [adjective: string, noun: string][] =>
  latinatePairs.flatMap(([adjective, noun]): [string, string][] => {
    const cut = (suffix: string): string | null => (lemma.length > suffix.length + 2 && lemma.endsWith(suffix) ? lemma.slice(0, -suffix.length) : null);
    const fromAdjective = cut(adjective);
    const fromNoun = cut(noun);
    return [
      ...(fromAdjective === null ? [] : [[lemma, `${fromAdjective}${noun}`] as [string, string]]),
      ...(fromNoun === null ? [] : [[`${fromNoun}${adjective}`, lemma] as [string, string]]),
    ];
  });

/** Verb and noun endings of regular derivations; the candidates are checked against the lemma tables. */
export const derivedCandidates = (lemma: string): string[] => {
  const found: string[] = [];
  const cut = (suffix: string): string | null => (lemma.length > suffix.length + 2 && lemma.endsWith(suffix) ? lemma.slice(0, -suffix.length) : null);
  const isere = cut('isere');
  const ere = cut('ere');
  const isering = cut('isering');
  const ing = cut('ing');
  const asjon = cut('asjon');
  const het = cut('het');
  const nad = cut('nad');
  const verb = cut('e') ?? cut('a');
  if (ere !== null) found.push(`${ere}ering`, `${ere}asjon`);
  // «-isere» makes verbs of adjectives («digital», «global», «formell», «aktiv»), not of nouns («organ»).
  for (const base of [isere, isering]) if (base !== null && /(?:al|ell|iv|ær)$/u.test(base)) found.push(base);
  if (ing !== null) found.push(`${ing}e`, `${ing}a`);
  if (asjon !== null) found.push(`${asjon}ere`, `${asjon}ering`);
  if (het !== null) found.push(het);
  if (nad !== null) found.push(`${nad}e`, `${nad}a`);
  if (lemma.endsWith('else') && lemma.length > 6) found.push(lemma.slice(0, -3));
  if (verb !== null && ere === null) found.push(`${verb}ing`, `${verb}else`, `${verb}nad`);
  // «løse» ~ «løsning», «tilknytte» ~ «tilknytning».
  if (verb !== null && ere === null && !verb.endsWith('n')) found.push(`${verb.replace(/(\p{L})\1$/u, '$1')}ning`);
  // The «-ft» noun is made of the strong verbs in «-ive» («drive» ~ «drift», «skrive» ~ «skrift», «rive» ~ «rift»), not of any
  // verb in «-ve»: «kraft» is no action of «krave», a reading the tables also give «krav», so «tre i kraft» met «nye krav».
  if (verb?.endsWith('iv')) found.push(`${verb.slice(0, -1)}ft`);
  const ning = cut('ning');
  if (ning !== null) found.push(`${ning}e`, `${ning}${ning.slice(-1)}e`);
  const ft = cut('ft');
  if (ft?.endsWith('i')) found.push(`${ft}ve`);
  if (het === null && !lemma.endsWith('e')) found.push(`${lemma}het`);
  if (/(?:al|ell|iv|ær)$/u.test(lemma)) found.push(`${lemma}isering`, `${lemma}isere`);
  return found;
};

/**
 * The office of an agent ↔ the agent's verb, through the agent noun in «-er»/«-ar» and «-skap» («eierskap» ↔ «eie»,
 * «lederskap» ↔ «lede», nynorsk «eigarskap» ↔ «eige», «leiarskap» ↔ «leie»). Candidates only: the lemma tables decide.
 */
export const officeCandidates = (lemma: string): string[] => {
  const found: string[] = [];
  const erskap = /^\p{L}{2,}[ea]rskap$/u.test(lemma) ? lemma.slice(0, -6) : null;
  if (erskap !== null) found.push(`${erskap}e`, `${erskap}a`);
  const verb = /^\p{L}{2,}[ea]$/u.test(lemma) && !lemma.endsWith('ere') ? lemma.slice(0, -1) : null;
  if (verb !== null) found.push(`${verb}erskap`, `${verb}arskap`);
  return found;
};

/**
 * A verb with its particle in a text («greia ut»): the span from verb to particle, the bokmål lemmas they make together
 * (Apertium), and the corpus lemmas that are synonyms of the phrase («følge opp» → «oppfølging»;
 * `LanguageResources.phraseSynonyms`), if any.
 */
export interface ParticleVerb {
  start: number;
  end: number;
  lemmas: readonly string[];
  synonyms?: readonly string[];
}

/** At most this many light words stand between a verb and its particle («går det ut på», «tok dei ikkje i bruk»). */
const maxLightWords = 2;

/** Two words of one clause: only spaces between them. */
const sameClause = (text: string, before: Token | undefined, word: Token): boolean => before !== undefined && /^\s+$/u.test(text.slice(before.end, word.start));

/** A function word (a pronoun, a sentence adverb) right after `before` in the same clause. */
const isLightWord = (text: string, before: Token | undefined, word: Token | undefined): boolean =>
  word !== undefined && sameClause(text, before, word) && isNorwegianStopword(word.text.toLowerCase());

/** Shorter words are left as typed: one edit turns them into too many other words. */
const minCorrectedLength = 5;
/** The shortest and longest clipped names read (`clippedNameOf`): «Brreg», «Helsedir». */
const minClippedLength = 4;
const maxClippedLength = 8;
const alphabet = [...'abcdefghijklmnopqrstuvwxyzæøåé'];

/**
 * Every string one edit away from a word (Norvig's candidates: deletions, swaps of neighbours, changes, insertions), in
 * that order and without repeats. Written here as a generator of ~60 × length strings looked up in the lemma table: the
 * spelling libraries on npm either build a deletion index of their own dictionary or suggest from hunspell's, and the
 * words to correct towards are the index's own forms.
 */
export const oneEditAway = (word: string): string[] => {
  const found = new Set<string>();
  for (let at = 0; at < word.length; at += 1) found.add(word.slice(0, at) + word.slice(at + 1));
  for (let at = 0; at + 1 < word.length; at += 1) found.add(word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2));
  for (let at = 0; at < word.length; at += 1) for (const letter of alphabet) found.add(word.slice(0, at) + letter + word.slice(at + 1));
  for (let at = 0; at <= word.length; at += 1) for (const letter of alphabet) found.add(word.slice(0, at) + letter + word.slice(at));
  found.delete(word);
  return [...found];
};

export interface AcronymExpansion {
  /** The stems of the other spelling: the long form of an acronym, or the acronym of a long form. */
  stems: string[];
}

/**
 * Lookups over the index's language resources: the lemmas of a word form, the lemmas of a
 * compound's parts (from Apertium, or split here into known words when the form is new), and
 * the other spelling of an acronym. One instance per loaded index, shared by every request.
 */
/** The longest of `lemmas` that `form` begins with (the stem its inflection adds to), or undefined. */
const longestLeading = (form: string, lemmas: readonly string[]): string | undefined =>
  lemmas.filter((lemma) => form.startsWith(lemma)).sort((left, right) => right.length - left.length)[0];

export class WordKnowledge {
  private readonly lemmas: ReadonlyMap<string, readonly string[]>;
  private readonly parts: ReadonlyMap<string, readonly string[]>;
  /** Acronym stem → the stems of each long form it stands for. */
  private readonly longForms = new Map<string, string[][]>();
  /** Acronym stem → its long forms as written. */
  private readonly longTexts = new Map<string, string[]>();
  /** Long forms as stem sequences, with their acronym's stem and spelling, and whether the link was read from initials only. */
  private readonly shortForms: Array<{ stems: string[]; short: string; text: string; byInitials: boolean }> = [];
  /** Acronym stems whose long forms were read from initials (`initialsAcronyms`): a weaker link than one the texts state. */
  private readonly initialsOnly = new Set<string>();
  // Readings that every question asks again, kept per index (bounded: a question may bring new words).
  private readonly splitCache = new LruCache<string, readonly string[]>(wordCacheSize);
  private readonly variants = new LruCache<string, readonly string[]>(wordCacheSize);
  private readonly stemmedForms = new LruCache<string, ReadonlyArray<{ form: string; stem: string }>>(wordCacheSize);
  private readonly synonyms: ReadonlyMap<string, readonly string[]>;
  /** Corpus lemma → how many headwords list it as a synonym, counted when first read (`synonymListings`). */
  private listings: Map<string, number> | undefined;
  private typicalListings: number | undefined;
  /** An inflected form of a headword no corpus word is a form of → its synonyms (see `LanguageResources.formSynonyms`). */
  private readonly formSynonyms: ReadonlyMap<string, readonly string[]>;
  /** A headword → its unused synonyms' derivations the corpus uses (see `LanguageResources.synonymDerivations`). */
  private readonly synonymDerivations: ReadonlyMap<string, readonly string[]>;
  /** A form → the synonyms it reaches only through senses of another word class (see `LanguageResources.synonymsOfOtherClass`). */
  private readonly otherClass: ReadonlyMap<string, ReadonlySet<string>>;
  /** Neighbouring parts of the corpus's compounds, `modifier\u0000head` («trygghet», «alarm» of «trygghetsalarm»). */
  private readonly compoundPairs = new Set<string>();
  /** The modifiers and the heads of the corpus's analysed compounds («fylke» of «fylkesnivå», «kommune» of «nabokommune»). */
  private readonly compoundModifiers = new Set<string>();
  private readonly compoundHeads = new Set<string>();
  /** Stem → the lemmas of the tables' forms with that stem, built when first read (`onlyLemmaOfStem`). */
  private stemLemmas: Map<string, Set<string>> | undefined;
  /** Lemma → the forms listed for it (corpus and word-list forms). */
  private readonly formsByLemma = new Map<string, string[]>();
  /** `lemmasStartingWith`'s answers, per prefix. */
  private readonly prefixedLemmas = new Map<string, readonly string[]>();
  /** «greie ut» → utrede (see `LanguageResources.particleVerbs`), and the most words a particle has. */
  private readonly particleVerbs: ReadonlyMap<string, readonly string[]>;
  /** «følge opp» → oppfølging, «knytte til» → tilknytte, … (see `LanguageResources.phraseSynonyms`). */
  private readonly phraseSynonyms: ReadonlyMap<string, readonly string[]>;
  private readonly particleLength: number;
  /** What may stand before a particle in a key (every proper word prefix: «halde», «halde fram»): a word with no such lemma opens no particle verb. */
  private readonly particleHeads: ReadonlySet<string>;
  /** Proper names and acronyms, lowercase. */
  private readonly names: ReadonlySet<string>;
  /** The word lists' forms (a Bloom filter), or null without them: then nothing is corrected. */
  private readonly knownWords: WordFilter | null;
  /** Noun of time → its periodic adjectives («år» → «årlig», «årleg»). */
  private readonly periodic: ReadonlyMap<string, readonly string[]>;
  /** The forms Apertium reads as a finite verb (`finiteVerbForms`); empty without them. */
  private readonly finiteVerbs: ReadonlySet<string>;

  /**
   * `corpusStems`: the stems the corpus writes (the index's vocabulary). With them, a split's part of three letters or fewer
   * must be a word the corpus uses or a part of the corpus's compounds in the same place (`usedPart`).
   */
  constructor(
    readonly resources: LanguageResources = emptyLanguageResources(),
    private readonly corpusStems?: ReadonlySet<string>,
  ) {
    this.lemmas = new Map(Object.entries(resources.lemmas));
    this.parts = new Map(Object.entries(resources.parts));
    this.synonyms = new Map(Object.entries(resources.synonyms));
    this.formSynonyms = new Map(Object.entries(resources.formSynonyms ?? {}));
    this.otherClass = new Map(Object.entries(resources.synonymsOfOtherClass ?? {}).map(([form, list]) => [form, new Set(list)]));
    this.synonymDerivations = new Map(Object.entries(resources.synonymDerivations ?? {}));
    this.periodic = new Map(Object.entries(resources.periodic ?? {}));
    this.particleVerbs = new Map(Object.entries(resources.particleVerbs));
    this.phraseSynonyms = new Map(Object.entries(resources.phraseSynonyms ?? {}));
    const phrases = [...this.particleVerbs.keys(), ...this.phraseSynonyms.keys()];
    this.particleLength = Math.max(0, ...phrases.map((key) => key.split(' ').length - 1));
    this.particleHeads = new Set(
      phrases.flatMap((key) => {
        const words = key.split(' ');
        return words.slice(1).map((_, index) => words.slice(0, index + 1).join(' '));
      }),
    );
    for (const parts of this.parts.values()) {
      for (let at = 0; at + 1 < parts.length; at += 1) {
        this.compoundPairs.add(`${parts[at]}\u0000${parts[at + 1]}`);
        this.compoundModifiers.add(parts[at] ?? '');
      }
      if (parts.length > 1) this.compoundHeads.add(parts.at(-1) ?? '');
    }
    this.names = new Set(resources.names);
    this.finiteVerbs = new Set(resources.finiteVerbs ?? []);
    this.knownWords = resources.knownWords ? WordFilter.fromData(resources.knownWords) : null;
    for (const [form, lemmas] of this.lemmas) for (const lemma of lemmas) this.formsByLemma.set(lemma, [...(this.formsByLemma.get(lemma) ?? []), form]);
    for (const pair of resources.acronyms) {
      // An acronym that spells a function word in lower case («it») is kept when written in capitals, as a question writes it («IT»).
      const short = analyze(pair.short)[0] ?? analyze(pair.short.toUpperCase())[0];
      // A legal-form suffix («Norsk helsenett SF») is often left out where the body is named.
      const long = analyze(pair.long).filter((stem, index, all) => index < all.length - 1 || stem.length > 2);
      if (!short || long.length === 0) continue;
      this.longForms.set(short, [...(this.longForms.get(short) ?? []), long]);
      // An acronym the texts write far more often than its long form is searched as written (`Acronym.writtenShort`).
      if (!pair.writtenShort) this.longTexts.set(short, [...(this.longTexts.get(short) ?? []), pair.long]);
      const byInitials = pair.source.startsWith('initials:');
      if (byInitials) this.initialsOnly.add(short);
      this.shortForms.push({ stems: long, short, text: pair.short, byInitials });
    }
  }

  get hasMorphology(): boolean {
    return this.lemmas.size > 0;
  }

  /**
   * Whether a word is a finite verb form by Apertium's analysis (present or past, never a function word; see
   * `finiteVerbForms`); null when the index has no such table (built without Apertium, or before version 22).
   */
  isFiniteVerb(word: string): boolean | null {
    return this.finiteVerbs.size > 0 ? this.finiteVerbs.has(word.toLowerCase().normalize('NFC')) : null;
  }

  /**
   * Whether a word, as typed in lowercase, is a proper name or an acronym: one the corpus or the word lists write
   * capitalised («legeforeningen», «ks», «danmark»), in the genitive too («danmarks»), or an acronym the texts define,
   * written as the acronym itself: not a word of the language whose stem only has its letters («liten», stem «lit», is no
   * «LIT»).
   */
  isName(word: string): boolean {
    const lower = word.toLowerCase().normalize('NFC');
    if (this.names.has(lower) || (/[^s]s$/u.test(lower) && this.names.has(lower.slice(0, -1)))) return true;
    const stems = analyzeWord(lower);
    const stem = stems[0] ?? '';
    if (stems.length !== 1 || !this.longForms.has(stem)) return false;
    return this.shortForms.some((form) => form.short === stem && (form.text.toLowerCase() === lower || `${form.text.toLowerCase()}s` === lower));
  }

  /**
   * The word a misspelt question word was meant to be: a word of five letters or more that neither the word lists
   * (`knownWords`), the lemma tables, the names nor the corpus's stems know, that splits into no known
   * compound, and that one edit (a letter left out, added, changed, or two neighbours swapped) turns into known forms
   * (the lemma tables' words and compounds) of one word only — preferring forms whose stem the corpus uses (`vocabulary`) and, among those, the first found.
   * Null when the word is known or the correction is not clear.
   */
  correctionOf(word: string, vocabulary?: ReadonlySet<string>): string | null {
    const lower = word.toLowerCase().normalize('NFC');
    if (lower.length < minCorrectedLength || !this.knownWords || !/^\p{Ll}+$/u.test(lower)) return null;
    if (this.knownWords.has(lower) || this.lemmasOf(lower).length > 0 || this.isName(lower) || this.partsOf(lower).length > 0) return null;
    if (vocabulary && analyzeWord(lower).every((stem) => vocabulary.has(stem))) return null;
    const known = oneEditAway(lower).filter((candidate) => this.lemmas.has(candidate) || this.parts.has(candidate));
    if (known.length === 0) return null;
    const used = vocabulary ? known.filter((candidate) => analyze(candidate).every((stem) => vocabulary.has(stem))) : known;
    const chosen = used.length > 0 ? used : known;
    // One word: every candidate a form of the same lemmas («omsorgsystem», «omsorgssystem»), else the edit is a guess.
    const lemmaSets = new Set(chosen.map((candidate) => [...(this.lemmas.get(candidate) ?? this.parts.get(candidate) ?? [])].sort().join(' ')));
    return lemmaSets.size === 1 ? (chosen[0] ?? null) : null;
  }

  /**
   * The name a clipped name stands for: Norwegian public bodies are called by a clipping of their compound name, the first
   * letters of its parts run together («Brreg» for Brønnøysundregistrene, «Digdir» for Digitaliseringsdirektoratet,
   * «Helsedir» for Helsedirektoratet), which a text may never write while it writes the name in full. A capitalised word of four to eight letters that no name,
   * word list, lemma table or corpus stem knows, whose letters stand in order in exactly one name the corpus writes (its stems
   * in `vocabulary`; in the genitive or inflected, one stem) at least four letters longer, beginning with the same two letters
   * (lowercase). Null when the word is known or no single name fits.
   */
  clippedNameOf(word: string, vocabulary: ReadonlySet<string>): string | null {
    const lower = word.toLowerCase().normalize('NFC');
    if (!/^\p{Lu}/u.test(word) || lower.length < minClippedLength || lower.length > maxClippedLength || !/^\p{Ll}+$/u.test(lower)) return null;
    if (this.isName(lower) || this.knowsWord(lower) || analyzeWord(lower).every((stem) => vocabulary.has(stem))) return null;
    const found = new Map<string, string>();
    for (const name of this.names) {
      if (name.length < lower.length + 4 || !name.startsWith(lower.slice(0, 2)) || !/^\p{Ll}+$/u.test(name)) continue;
      let at = 0;
      for (const letter of name) if (letter === lower[at]) at += 1;
      if (at < lower.length) continue;
      const stems = analyzeWord(name);
      if (stems.length === 0 || !stems.every((stem) => vocabulary.has(stem))) continue;
      const key = stems.join(' ');
      const known = found.get(key);
      if (known === undefined || name.length < known.length) found.set(key, name);
    }
    if (found.size !== 1) return null;
    const [name = ''] = found.values();
    return `${name.slice(0, 1).toUpperCase()}${name.slice(1)}`;
  }

  /** Whether a lowercase word is a Norwegian form the word lists or the lemma tables know. */
  knowsWord(word: string): boolean {
    return this.knownWords?.has(word) === true || this.lemmasOf(word).length > 0;
  }

  /**
   * Lemmas of a lowercased word form, as written or normalised from nynorsk, else without its optional accents («éi»
   * as «ei»: the word lists and Apertium write few accented forms); [] when unknown.
   */
  lemmasOf(word: string): readonly string[] {
    const found = this.lemmas.get(word) ?? this.lemmas.get(normalizeNynorsk(word));
    if (found) return found;
    const plain = withoutAccents(word);
    return plain === word ? [] : this.lemmasOf(plain);
  }

  /**
   * Lemmas the corpus uses that the thesaurus gives as synonyms of a word form, of any of its lemmas, or of the
   * infinitive it inflects when that infinitive is a headword the lemma tables read only as another lemma's form
   * (`ownHeadwordsOf`).
   */
  synonymsOf(word: string): readonly string[] {
    const found = new Set<string>();
    for (const key of [word, ...this.lemmasOf(word), ...this.ownHeadwordsOf(word)]) for (const synonym of this.synonyms.get(key) ?? []) found.add(synonym);
    return this.ofOwnClass(word, [...found]);
  }

  /**
   * How many thesaurus headwords list a corpus lemma as their synonym (0 when none does): a word listed under many headwords
   * («styre», «plan») is the thesaurus's word for many senses, one listed under few names one thing.
   */
  synonymListings(lemma: string): number {
    return this.listingCounts().get(lemma) ?? 0;
  }

  /** The median of `synonymListings` over the corpus lemmas some headword lists (1 when none does). */
  typicalSynonymListings(): number {
    if (this.typicalListings === undefined) {
      const counts = [...this.listingCounts().values()].sort((a, b) => a - b);
      this.typicalListings = counts[Math.floor(counts.length / 2)] ?? 1;
    }
    return this.typicalListings;
  }

  /** Corpus lemma → how many headwords list it, counted once when first asked (the thesaurus does not change after loading). */
  private listingCounts(): ReadonlyMap<string, number> {
    if (!this.listings) {
      const listings = new Map<string, number>();
      for (const synonyms of this.synonyms.values()) for (const synonym of synonyms) listings.set(synonym, (listings.get(synonym) ?? 0) + 1);
      this.listings = listings;
    }
    return this.listings;
  }

  /** Synonyms less those the form reaches only through a thesaurus sense of a word class it cannot be («dyrt» ↛ menneske). */
  private ofOwnClass(word: string, synonyms: readonly string[]): readonly string[] {
    const other = this.otherClass.get(word) ?? this.otherClass.get(normalizeNynorsk(word));
    return other ? synonyms.filter((synonym) => !other.has(synonym)) : synonyms;
  }

  /**
   * The thesaurus headword a present («-er») or passive («-es») form inflects, when the lemma tables read that headword
   * only as a form of another lemma and so lose its own reading: «rådes» is «råde» + s, but Apertium files the verb under
   * its variant «rå» (whose thesaurus entry is the adjective «raw»), and a word-list form whose own lemma the corpus never
   * uses keeps only its nynorsk→bokmål link («bestemmer» → beslutte). The headword must share a lemma with the form (the
   * same paradigm), and a form that is a noun's plural in «-er» («skatter»: skatt) is left to its own lemmas. Written here
   * because the tables keep only lemmas the corpus uses, and Apertium has no separate verb «råde».
   */
  private ownHeadwordsOf(word: string): string[] {
    const headword = /(?<=e)[rs]$/u.test(word) ? word.slice(0, -1) : '';
    if (headword.length < 4 || !this.synonyms.has(headword)) return [];
    const own = this.lemmasOf(word);
    const its = this.lemmasOf(headword);
    if (its.length === 0 || its.includes(headword) || !its.some((lemma) => own.includes(lemma))) return [];
    return word.endsWith('r') && own.includes(word.slice(0, -2)) ? [] : [headword];
  }

  /** The corpus's derivations of the thesaurus synonyms of a word form or its lemmas that the corpus never uses («regnet» → beregning). */
  synonymDerivationsOf(word: string): readonly string[] {
    const found = new Set<string>();
    for (const key of [word, ...this.lemmasOf(word)]) for (const derived of this.synonymDerivations.get(key) ?? []) found.add(derived);
    return [...found];
  }

  /**
   * Lemmas the corpus uses that the thesaurus gives as synonyms of the headword a form inflects, for a form of a headword
   * no corpus word is a form of («hemmes» → hindre), which `synonymsOf` cannot reach: for ranking passages only.
   */
  formSynonymsOf(word: string): readonly string[] {
    return this.ofOwnClass(word, this.formSynonyms.get(word) ?? this.formSynonyms.get(normalizeNynorsk(word)) ?? []);
  }

  /**
   * Lemmas of the same root in another word class, by Norwegian's regular derivations, kept only
   * when the tables know the derived lemma: verb ↔ action noun («formidle» ↔ «formidling»,
   * «lede» ↔ «ledelse», «koste» ↔ «kostnad», «løse» ↔ «løsning», «drive» ↔ «drift», «organisere» ↔ «organisering», «organisasjon»), «-isere/-isering» ↔ its
   * adjective («digitalisering» ↔ «digital»), adjective ↔ «-het» noun («sikker» ↔ «sikkerhet»), office ↔ verb («eierskap» ↔ «eie»).
   * Written by hand: the Debian tables list inflections, not derivations.
   */
  derivationsOf(word: string): readonly string[] {
    const own = this.lemmasOf(word);
    const found = new Set<string>();
    for (const lemma of own.length > 0 ? own : [word]) {
      for (const candidate of [...derivedCandidates(lemma), ...officeCandidates(lemma)])
        if (this.formsByLemma.has(candidate) && !own.includes(candidate)) found.add(candidate);
      for (const [adjective, noun] of latinateCandidates(lemma)) {
        const other = adjective === lemma ? noun : adjective;
        if (this.formsByLemma.has(other) && !own.includes(other) && this.isAdjectiveLemma(adjective)) found.add(other);
      }
    }
    found.delete(word);
    return [...found];
  }

  /**
   * A lemma that may be an adjective: the tables know an adjective's plural of it («kompetente», «fleksible» of «fleksibel»),
   * or do not know it at all; an agent noun the tables inflect only as a noun («konkurrent») is none.
   */
  private isAdjectiveLemma(lemma: string): boolean {
    const forms = this.formsByLemma.get(lemma);
    return forms === undefined || forms.includes(`${lemma}e`) || forms.includes(`${lemma.replace(/e(\p{L})$/u, '$1')}e`);
  }

  /**
   * The periodic adjectives of the noun of time `surface` that starts at `start` of `text`, when it is read
   * distributively («hvert år», «per år», «i året» → «årlig», «årleg»; see `isDistributive`); else none.
   */
  periodicAt(text: string, start: number, surface: string): readonly string[] {
    if (this.periodic.size === 0) return [];
    const lemmas = [surface, ...this.lemmasOf(surface)];
    const found = new Set<string>();
    for (const lemma of lemmas) for (const adjective of this.periodic.get(lemma) ?? []) found.add(adjective);
    return found.size > 0 && isDistributive(text, start, surface, lemmas) ? [...found] : [];
  }

  /** The lemmas of the tables that begin with a prefix (read once per prefix). */
  lemmasStartingWith(prefix: string): readonly string[] {
    let found = this.prefixedLemmas.get(prefix);
    if (!found) {
      found = [...this.formsByLemma.keys()].filter((lemma) => lemma.startsWith(prefix)).sort();
      this.prefixedLemmas.set(prefix, found);
    }
    return found;
  }

  /** The forms of a lemma (any inflection the tables know). */
  formsOf(lemma: string): readonly string[] {
    return this.formsByLemma.get(lemma) ?? [];
  }

  /**
   * The other lemmas a lemma's forms are read as, in bokmål and nynorsk: «sykepleier» ~ «sjukepleiar».
   * A compound's parts are kept as one lemma each (its first reading), so a question's part and a
   * text's part in the other written standard meet only through these.
   */
  variantsOf(lemma: string): readonly string[] {
    return this.variants.get(lemma, () => {
      const found = new Set<string>();
      for (const form of this.formsOf(lemma)) for (const other of this.lemmasOf(form)) if (isVariant(lemma, other)) found.add(other);
      return [...found].slice(0, maxVariants);
    });
  }

  /** The forms of a lemma that analyse to one stem, with that stem: read once per lemma, as every question asks again. */
  stemmedFormsOf(lemma: string): ReadonlyArray<{ form: string; stem: string }> {
    return this.stemmedForms.get(lemma, () =>
      this.formsOf(lemma).flatMap((form) => {
        const stems = analyze(form);
        return stems.length === 1 && stems[0] ? [{ form, stem: stems[0] }] : [];
      }),
    );
  }

  /**
   * Lemmas of a compound's parts: from the analyser, or a split into two known words; [] for a simple word. A compound
   * written with hyphens («ki-forordningen», «e-helse-løsning») is read by its pieces (`hyphenatedPartsOf`).
   */
  partsOf(word: string): readonly string[] {
    if (HYPHEN.test(word)) return this.hasMorphology ? this.splitCache.get(word, () => this.hyphenatedPartsOf(word)) : [];
    const known = this.parts.get(word);
    if (known) return known;
    if (this.lemmas.has(word) || word.length < minCompoundLength || !this.hasMorphology) return [];
    return this.splitCache.get(word, () => this.split(word));
  }

  /**
   * The parts of a word of the texts: `partsOf`, and for a compound the lemma tables list as a word of its own, the parts
   * the corpus vouches for (`lexicalisedPartsOf`: its modifier), so that a question's «fylkene» meets the texts' «fylkeskommunene».
   * Read on the texts' side only: a question's own compound keeps its reading (split on both sides, tune lost 9 conversation turns).
   */
  writtenPartsOf(word: string): readonly string[] {
    const parts = this.partsOf(word);
    if (parts.length > 0 || word.length < minCompoundLength || !this.hasMorphology || !this.lemmas.has(word)) return parts;
    return this.splitCache.get(`\u0001${word}`, () => this.lexicalisedPartsOf(word));
  }

  /**
   * The modifier of a compound the lemma tables list as a word of its own («fylkeskommune», «fylkeskommunale», «grunnskole»,
   * «informasjonssikkerhet»), which Apertium reads as one lemma and so leaves unsplit: «fylkene» then never met the texts'
   * «fylkeskommunene», however often a question says the one for the other. Such a word is split only where
   * the corpus's own analysed compounds vouch for the split: its modifier is a modifier of theirs, and its head is a head of
   * theirs or follows the linking «-s-». A modifier of five letters or more: the short ones («data-», «nett-», «fag-», «lov-»,
   * «mål-») modify so many compounds that a question's «dataene» met the texts' «databaser» (tune lost 2 follow-ups with them).
   * A separable particle or a function word is no modifier («innsats», «undersøke», «tilgang» are prefixed words, not
   * compounds of «sats», «søke», «gang»). Without
   * that check a split into any two known words reads «samarbeid» as «samme» + «arbeid» and «endring» as «ende» + «ring».
   */
  private lexicalisedPartsOf(word: string): readonly string[] {
    const parts = this.split(word);
    if (parts.length !== 2) return [];
    const [modifier = '', head = ''] = parts;
    if (modifier.length < 5 || !this.compoundModifiers.has(modifier) || separableParticles.includes(modifier) || isNorwegianStopword(modifier)) return [];
    const linked = word.startsWith(`${modifier}s`);
    // The modifier only: what a lexicalised compound adds to its head is its modifier («fylke-» of «fylkeskommune»), while its
    // head alone is as often another thing (the texts' «velferdskontor» met a question's «NAV-kontor» by «kontor»: with the
    // head too, tune lost 9 conversation turns).
    return this.compoundHeads.has(head) || linked ? [modifier] : [];
  }

  /**
   * The parts of a compound written with hyphens: the pieces before the last as written (a one-letter piece joined to the
   * next: «e-helse» is «ehelse», as the tokenizer writes it), or their own parts when compounds; then the last piece read
   * as its lemma, or its own parts when a compound: «ki-forordningen» → ki, forordning; «e-helse-løsning» → ehelse, løsning.
   */
  private hyphenatedPartsOf(word: string): readonly string[] {
    const pieces: string[] = [];
    let pending = '';
    for (const piece of word.split(HYPHEN_SPLIT).filter(Boolean)) {
      if (piece.length < 2) pending += piece;
      else {
        pieces.push(pending + piece);
        pending = '';
      }
    }
    if (pending) pieces.push((pieces.pop() ?? '') + pending);
    const head = pieces.pop();
    if (!head || pieces.length === 0) return this.partsOf(word.replace(HYPHEN_SPLIT, ''));
    const modifiers = pieces.flatMap((piece) => (this.parts.get(piece) ?? [piece]) as string[]);
    const headLemmas = this.lemmasOf(head);
    const headParts =
      headLemmas.length > 0 ? [headLemmas.includes(head) ? head : (longestLeading(head, headLemmas) ?? headLemmas[0] ?? head)] : this.partsOf(head);
    return [...modifiers, ...(headParts.length > 0 ? headParts : [head])];
  }

  /**
   * The best split of an unknown word into a known modifier and the longest known head. A modifier that is no word is split
   * in turn («spesialisthelse-» of «spesialisthelsetenesta» → spesialist + helse). Of the lemmas a part may be read as (a
   * nynorsk word links to its bokmål lemmas), the pair of modifier and head that a corpus compound joins is taken
   * («tryggleiksalarm» → trygghet + alarm, as «trygghetsalarm» is, not «sikkerhet», the first lemma of «tryggleik»).
   */
  private split(word: string): readonly string[] {
    for (let cut = minPartLength; cut <= word.length - minPartLength; cut += 1) {
      const head = word.slice(cut);
      // Parts are looked up as whole words are (`lemmasOf`): a nynorsk or mixed spelling («-tenesten») is read through its
      // bokmål form, so it is not passed over for a shorter head further in («nesten», «omsorgste-» split in turn).
      const headLemmas = this.lemmasOf(head);
      // A function word heads no compound: «meningen» is no «men» + «ingen», «sammenligningen» no «sammenligne» + «ingen»,
      // «forkortinga» no «for» + «kor» + «ting» (question words the lemma tables lack, read by the first split into known
      // forms). A preposition may still begin one («for» + «ordning»), as prefixes do.
      if (!headLemmas?.[0] || isNorwegianStopword(head)) continue;
      // A head that is a lemma itself is read as that word («-runde» the noun, not the adjective «rund»); else as the
      // longest lemma it begins with, the noun a compound's head inflects («-forbundet» is «forbund», not the verb
      // «forbinde» whose participle it also is), else as its first lemma.
      const headLemma = headLemmas.includes(head) ? head : (longestLeading(head, headLemmas) ?? headLemmas[0]);
      for (const link of linkingLetters) {
        const end = cut - link.length;
        if (end < minPartLength || word.slice(end, cut) !== link) continue;
        const modifier = word.slice(0, end);
        // A modifier that is a lemma itself is read as that word («for-» of «forordningen», not the verb «fare» it also spells).
        const modifierLemmas = this.lemmasOf(modifier);
        const known = this.parts.get(modifier);
        if (known) {
          const paired = this.pairedLemma(known.at(-1) ?? '', headLemmas, headLemma);
          if (!this.vouchedHead(paired, headLemma)) continue;
          return [...known, paired];
        }
        if (modifierLemmas?.[0]) {
          const read = modifierLemmas.includes(modifier) ? [modifier] : modifierLemmas;
          const paired = read.flatMap((lemma) =>
            headLemmas.filter((candidate) => this.compoundPairs.has(`${lemma}\u0000${candidate}`)).map((candidate) => [lemma, candidate]),
          );
          if (paired[0]) return paired[0];
          const first = read[0] ?? modifier;
          if (!this.usedPart(first, this.compoundModifiers) || !this.usedPart(headLemma, this.compoundHeads)) continue;
          return [first, headLemma];
        }
        const translated = this.translatedPair(modifier, headLemmas);
        if (translated) return translated;
        if (modifier.length >= 2 * minPartLength) {
          const inner = this.splitCache.get(modifier, () => this.split(modifier));
          if (inner.length > 1) {
            const paired = this.pairedLemma(inner.at(-1) ?? '', headLemmas, headLemma);
            if (!this.vouchedHead(paired, headLemma)) continue;
            return [...inner, paired];
          }
        }
      }
    }
    return [];
  }

  /**
   * A modifier the lemma tables do not hold, read through its ranking synonyms (`formSynonyms`: a nynorsk word's bokmål
   * translation by Apertium's nynorsk→bokmål dictionary, and that translation's synonyms): «hovud-» of «hovudårsaka» → hode,
   * as the texts' «hovedårsaken» is read (hode + årsak). Only a reading that a corpus compound joins to one of the head's
   * lemmas: the synonyms («leder», «topp» of «hovud») are no reading of the modifier itself. Undefined when none does.
   */
  private translatedPair(modifier: string, headLemmas: readonly string[]): string[] | undefined {
    for (const lemma of this.formSynonymsOf(modifier)) {
      const head = headLemmas.find((candidate) => this.compoundPairs.has(`${lemma}\u0000${candidate}`));
      if (head) return [lemma, head];
    }
    return undefined;
  }

  /**
   * Whether a split may read a part as `lemma`: a lemma of more than three letters, or one the corpus writes (as itself, or
   * by a stem that only its forms have: «slått»), or a part the corpus's compounds have in the same place (`place`: their
   * modifiers or their heads). A short lemma that neither vouches for is a homograph of a longer word's tail or inside, not a
   * part: «personalet» is no «person» + «al» (an awl, which the corpus writes only as «alene», alone), «helsevesenet» no «hel»
   * + «eve» + «nett». Without the corpus's stems (`corpusStems`), every part is read.
   */
  private usedPart(lemma: string, place: ReadonlySet<string>): boolean {
    const corpus = this.corpusStems;
    if (lemma.length > maxShortPartLength || !corpus || place.has(lemma)) return true;
    if (analyzeWord(lemma).some((stem) => corpus.has(stem))) return true;
    return this.stemmedFormsOf(lemma).some(({ stem }) => corpus.has(stem) && this.onlyLemmaOfStem(stem) === lemma);
  }

  /** Whether a split's head may be read as `paired`: one a corpus compound joins to the modifier, or a part the corpus vouches for (`usedPart`). */
  private vouchedHead(paired: string, headLemma: string): boolean {
    return paired !== headLemma || this.usedPart(headLemma, this.compoundHeads);
  }

  /** The one lemma every form of the tables with stem `stem` is read as, if there is one (`usedPart`). */
  private onlyLemmaOfStem(stem: string): string | undefined {
    if (!this.stemLemmas) {
      const found = new Map<string, Set<string>>();
      for (const [form, lemmas] of this.lemmas) {
        const [formStem] = analyzeWord(form);
        if (!formStem) continue;
        const set = found.get(formStem) ?? new Set<string>();
        for (const lemma of lemmas) set.add(lemma);
        found.set(formStem, set);
      }
      this.stemLemmas = found;
    }
    const lemmas = this.stemLemmas.get(stem);
    return lemmas?.size === 1 ? [...lemmas][0] : undefined;
  }

  /** Of a head's lemmas, one a corpus compound joins to `modifier`, else `fallback`. */
  private pairedLemma(modifier: string, headLemmas: readonly string[], fallback: string): string {
    return headLemmas.find((candidate) => this.compoundPairs.has(`${modifier}\u0000${candidate}`)) ?? fallback;
  }

  /**
   * The verbs standing before their particle in a text (right before it, or before one or two light words and then it),
   * by any lemma of the verb: «Kven skal greia ut …» → «greia ut» with «utrede», the word bokmål texts write for it. The longest particle wins («halde fram med» before «halde fram»).
   */
  particleVerbsIn(text: string): ParticleVerb[] {
    if (this.particleHeads.size === 0) return [];
    const words = tokenize(text).filter((token) => token.kind === 'word');
    const found: ParticleVerb[] = [];
    words.forEach((verb, index) => {
      const lemmas = [...new Set([verb.text, ...this.lemmasOf(verb.text)])];
      if (!lemmas.some((lemma) => this.particleHeads.has(lemma))) return;
      // Light words may stand between a verb and its particle: an unstressed pronoun or a sentence adverb («Hva går det ut
      // på?», «følger den opp», «tok ikke i bruk»); a noun object follows the particle instead.
      let gap = 0;
      while (gap < maxLightWords && isLightWord(text, words[index + gap], words[index + 1 + gap])) gap += 1;
      for (let skipped = 0; skipped <= gap; skipped += 1) {
        const phraseFound = this.phraseAt(text, words, index, skipped, lemmas);
        if (!phraseFound) continue;
        found.push(phraseFound);
        return;
      }
    });
    return found;
  }

  /** The longest particle phrase after the verb at `index` and `skipped` light words, or null. */
  private phraseAt(text: string, words: readonly Token[], index: number, skipped: number, lemmas: readonly string[]): ParticleVerb | null {
    const verb = words[index];
    if (!verb) return null;
    const from = index + 1 + skipped;
    for (let length = Math.min(this.particleLength, words.length - from); length > 0; length -= 1) {
      const particle = words.slice(from, from + length);
      if (!particle.every((word, at) => sameClause(text, at === 0 ? words[from - 1] : particle[at - 1], word))) continue;
      const phrase = particle.map((word) => word.text).join(' ');
      const bokmaal = [...new Set(lemmas.flatMap((lemma) => this.particleVerbs.get(`${lemma} ${phrase}`) ?? []))];
      const synonyms = [...new Set(lemmas.flatMap((lemma) => this.phraseSynonyms.get(`${lemma} ${phrase}`) ?? []))].filter(
        (synonym) => !bokmaal.includes(synonym),
      );
      if (bokmaal.length === 0 && synonyms.length === 0) continue;
      const end = particle[particle.length - 1]?.end ?? verb.end;
      return { start: verb.start, end, lemmas: bokmaal, ...(synonyms.length > 0 ? { synonyms } : {}) };
    }
    return null;
  }

  /** The long forms of an acronym stem («nhn» → [[norsk, helsenett, sf]]). */
  longFormsOf(stem: string): readonly string[][] {
    return this.longForms.get(stem) ?? [];
  }

  /** The long forms of an acronym stem as written, for a lexical query. */
  longFormTextsOf(stem: string): readonly string[] {
    return this.longTexts.get(stem) ?? [];
  }

  /** Whether an acronym stem's long forms were read from initials only (`initialsAcronyms`), not stated by the texts. */
  byInitialsOnly(stem: string): boolean {
    return this.initialsOnly.has(stem);
  }

  /** Acronyms whose long form stands in a run of stems: the acronym's stem and spelling, and whether the link was read from initials. */
  shortFormsIn(stems: readonly string[]): Array<{ short: string; text: string; byInitials: boolean; long: readonly string[] }> {
    const found: Array<{ short: string; text: string; byInitials: boolean; long: readonly string[] }> = [];
    for (const { stems: long, short, text, byInitials } of this.shortForms) {
      for (let from = 0; from + long.length <= stems.length; from += 1) {
        if (long.every((stem, offset) => stems[from + offset] === stem)) found.push({ short, text, byInitials, long });
      }
    }
    return found;
  }
}

export const noWordKnowledge = new WordKnowledge();
