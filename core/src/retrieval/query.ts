import { specificityShare } from './synonym-specificity';
import {
  analyze,
  analyzeWithOffsets,
  analyzeWord,
  englishLemmas,
  isDistributiveWord,
  isStopword,
  legalForms,
  linkingLetters,
  noWordKnowledge,
  occursInVocabulary,
  particleKin,
  togetherKin,
  type TogetherKinSources,
  searchWordsOf,
  separableParticles,
  stem as stemOf,
  stemOccursInCompounds,
  translateQueryTerms,
  type AnalyzedTerm,
  type EnglishDictionary,
  type ParticleVerb,
  type TranslatedTerm,
  type WordKnowledge,
  type WordLanguages,
} from '../analysis';
import { namedQualifiers, type NamedQualifier } from './named-qualifiers';
import { extractNumbers, stemPairs, type QueryTerms, type QueryWord } from './evidence';
import { detectLanguage, markedNynorsk, type AnswerLanguage } from './language';
import { answerBearing, askedYearStems, complexPrepositionStems, confirmingWord, inflectedFrameStems, isFrameStem, unframedStems } from './question-frame';
import { definitionFocus, letterClosing, signingWords } from './answer-cue';
import { periodYearsIn } from '../answer/answer-type';
import { formatNumberValue, readNumberWords } from '../text/number-words';

/** A question made ready for retrieval: English is translated to Norwegian terms first. */
export interface PreparedQuery {
  original: string;
  /** What the lexical and dense sides search with. */
  text: string;
  /** The question in Norwegian words as asked (translated when English), without the added forms: what a sentence is compared with as a whole. */
  plainText: string;
  /**
   * An English question's translations term by term (each word's alternatives one term), without the added forms: what
   * the dense side embeds instead of `text`, each term weighing as one word however many translations it has (`termsVector`).
   */
  denseTerms?: string[][];
  language: AnswerLanguage;
  terms: QueryTerms;
  /** Stems of the names the question uses (capitalised words after the first, acronyms): what a near-miss gets wrong. */
  entities: string[];
  /** The same names as written together: «KS Digital» is one name of two stems. */
  names: string[][];
  /** Lowercase compounds of a name and a common word («finnmarkskommunene»), see `namedQualifiers`; a Norwegian question's only. */
  namedQualifiers?: NamedQualifier[];
  /** For a definition question, the stems of the word it asks about (translated when English): «Hva menes med infrastruktur?» → infrastruktur. */
  definitionFocus?: string[];
  /** The same word as the corpus would write it (the translation of an English one), to search for its definition. */
  definitionFocusText?: string;
  /** An English question's words as written, each with the stems of its translations: what a Norwegian term stands for in the asker's words. */
  sources?: { source: string; stems: string[] }[];
  /** The years it writes as the date of a document it names («departementet i 2019»; see document-years.ts): no year it asks about. */
  documentYears?: string[];
}

const ACRONYM_COMPOUND = /^(\p{Lu}{2,}|\p{N}+\p{Lu}+)-\p{Ll}/u;
/**
 * An acronym as typed: two capitals or more («KS», «IKT»), or a number glued to capitals («5G», «3D»), which names a generation or
 * a standard as letters alone do. (Read from its letters on, «5G» was the name «G», a word no text writes.)
 */
const ACRONYM = /^(?:\p{Lu}{2,}|\p{N}+\p{Lu})/u;
/** A word of a question as names are read: from its first letter, with a number glued before that letter («5G-nettet»). */
const QUESTION_WORD = /(?:(?<![\p{L}\p{N}])\p{N}+(?=\p{L}))?\p{L}[\p{L}\p{N}@-]*/gu;
/** A name joined to a common noun written in lowercase after it («Altinn-plattformen», «FoU-arbeidet», «DigiFin-ordningen»). */
const NAME_COMPOUND = /^(\p{Lu}[\p{L}\p{N}]*)-\p{Ll}+$/u;

/** Whether a word, as typed, is a name in the corpus or the word lists (none known by default). */
export type NameCheck = (word: string) => boolean;
const noNames: NameCheck = () => false;

/**
 * Whether a word of a question is a name, and what of it names: a capitalised word that does not open the question, an
 * acronym, or a word known as a name however it is typed («legeforeningen», «ks»; `known`). «IKT-kompetanse»,
 * «PLO-system», «ki-forordningen»: an acronym or name joined to a common noun names the thing by its first part only.
 */
const nameIn = (word: string, first: boolean, known: NameCheck): string | null => {
  const head = ACRONYM_COMPOUND.exec(word)?.[1];
  if (head) return head;
  if (ACRONYM.test(word) || (!first && /^\p{Lu}/u.test(word)) || known(word)) return word;
  const [part] = word.split('-');
  return part !== undefined && part !== word && known(part) ? part : null;
};

/** `WordKnowledge.isName` for one question: its names and entities read the same words, each looked up once. */
const nameCheckOf = (knowledge: WordKnowledge): NameCheck => {
  const read = new Map<string, boolean>();
  return (word) => {
    let isName = read.get(word);
    if (isName === undefined) {
      isName = knowledge.isName(word);
      read.set(word, isName);
    }
    return isName;
  };
};

/** How many lowercase words may stand between a name's capitalised word and its legal form («Norsk helsenett SF»). */
const legalFormReach = 2;

/**
 * The offsets of the words of `text` that are the legal form ending a name (`legalForms`: «SF» of «Norsk helsenett SF», «AS»
 * of «KS Digitale fellestjenester AS», «RHF» of «Helse Midt-Norge RHF»): the abbreviation written as such, right after (only
 * spaces between) a name's word or up to `legalFormReach` lowercase words that follow one, none of them a function word
 * («samarbeid med KS» is the body KS). It belongs to the name before it: the texts name the body with or without it.
 */
export const legalFormSuffixes = (text: string, known: NameCheck = noNames): Set<number> => {
  const suffixes = new Set<number>();
  // Lowercase words since the last name word of the current run, or -1 when no name opens it.
  let since = -1;
  let lastEnd = -1;
  for (const match of text.matchAll(QUESTION_WORD)) {
    const word = match[0];
    const adjacent = lastEnd >= 0 && /^\s+$/u.test(text.slice(lastEnd, match.index));
    lastEnd = match.index + word.length;
    if (!adjacent) since = -1;
    if (legalForms.has(word) && since >= 0) {
      suffixes.add(match.index);
      since = -1;
    } else if (nameIn(word, match.index === 0, known) !== null) since = 0;
    else if (since >= 0 && since < legalFormReach && /^\p{Ll}/u.test(word) && !isStopword(word)) since += 1;
    else since = -1;
  }
  return suffixes;
};

/** Runs of consecutive names (see `nameIn`), as stems; a legal form ending a name (`legalFormSuffixes`) is none. */
export const nameGroups = (text: string, known: NameCheck = noNames): string[][] => {
  const groups: string[][] = [];
  let current: string[] = [];
  let lastEnd = -1;
  const suffixes = legalFormSuffixes(text, known);
  for (const match of text.matchAll(QUESTION_WORD)) {
    const word = match[0];
    const name = suffixes.has(match.index) ? null : nameIn(word, match.index === 0, known);
    const isName = name !== null;
    const adjacent = /^\s+$/u.test(text.slice(lastEnd, match.index));
    // Only a name's stems are kept: other words are not analysed.
    const named = name === null ? [] : analyzeWord(name);
    if (isName && current.length > 0 && adjacent) current.push(...named);
    else {
      if (current.length > 0) groups.push(current);
      current = named;
    }
    lastEnd = match.index + word.length;
  }
  if (current.length > 0) groups.push(current);
  return groups.filter((group) => group.length > 0);
};

/**
 * Names in a question: capitalised words that do not open it, acronyms («KS», «Helse Finnmark»), and words `known` as names however typed; not a legal form ending a name (`legalFormSuffixes`).
 * An acronym or name joined to a common noun («IKT-utstyr», «KS-planen», «PC-tettheten», «Altinn-plattformen», «FoU-arbeidet»)
 * names the thing by its first part, as `nameIn` reads an acronym: its common noun is a word of the question, not a name a
 * passage must carry (a paraphrase writes «IKT-infrastruktur» for «IKT-utstyr»). The compound as a whole stays a name where
 * the texts write it (`vocabulary`: «PLO-system»).
 */
export const entityStems = (text: string, known: NameCheck = noNames, vocabulary?: ReadonlySet<string>): string[] => {
  const stems: string[] = [];
  const suffixes = legalFormSuffixes(text, known);
  for (const match of text.matchAll(QUESTION_WORD)) {
    const word = match[0];
    if (suffixes.has(match.index)) continue;
    const acronym = ACRONYM.test(word);
    if (!acronym && (match.index === 0 || !/^\p{Lu}/u.test(word)) && !known(word)) continue;
    const head = vocabulary ? (ACRONYM_COMPOUND.exec(word)?.[1] ?? NAME_COMPOUND.exec(word)?.[1]) : undefined;
    if (head) {
      const whole = analyzeWord(word.replace(/-/gu, ''));
      stems.push(...analyzeWord(head), ...whole.filter((stem) => vocabulary?.has(stem)));
    } else stems.push(...analyzeWord(word));
  }
  return [...new Set(stems)];
};

/**
 * An English word the translation had to leave as it was (lowercase, unknown to the corpus) says
 * nothing about whether the documents cover the question; a name («Sweden», «Microsoft») does.
 */
const untranslated = (stem: string, original: string, language: AnswerLanguage, vocabulary?: ReadonlySet<string>): boolean => {
  if (language !== 'en' || !vocabulary || stemOccursInCompounds(stem, vocabulary)) return false;
  const lowercaseWords = original.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? [];
  return lowercaseWords.some((word) => analyze(word).includes(stem));
};

/**
 * An English word no dictionary translates, kept as written, that the Norwegian lemma tables know as a form of a lemma the
 * corpus uses («internet», a form of «internett») and that the stemmer reads apart from that lemma, is searched as the
 * lemma: kept as written, the stemmer would read it as another word («internet» → «intern», the stem of «interne»).
 */
const asNorwegianLemma = (term: TranslatedTerm, knowledge: WordKnowledge, vocabulary?: ReadonlySet<string>): TranslatedTerm => {
  const [kept] = term.norwegian;
  if (!vocabulary || term.norwegian.length !== 1 || kept !== term.source || kept !== kept.toLowerCase()) return term;
  // Only where the stemmer reads the word apart from its lemma: «data» stems as its lemma «date» does and stays «data».
  const own = analyze(kept).join(' ');
  const lemmas = knowledge.lemmasOf(kept).filter((lemma) => analyze(lemma).join(' ') !== own && occursInVocabulary(lemma, vocabulary));
  return lemmas.length > 0 ? { ...term, norwegian: lemmas } : term;
};

/** A text's terms and particle verbs, read once for the several readings of a question that need them. */
interface TextReading {
  text: string;
  terms: readonly AnalyzedTerm[];
  particleVerbs: readonly ParticleVerb[];
}

/**
 * The periodic adjectives a distributive word stands for before its noun of time (`WordKnowledge.periodicAt`): «hvert år» is
 * «årlig» as a whole, so the determiner is carried where the adjective stands, not only the noun. The determiners are
 * function words of any question («hver», «per»), but their neuter and nynorsk forms are no stopwords of the analyser.
 */
const distributivePeriodic = (text: string, terms: readonly AnalyzedTerm[], index: number, knowledge: WordKnowledge): readonly string[] => {
  const term = terms[index];
  const next = terms[index + 1];
  if (!term || !next || term.kind !== 'word' || next.kind !== 'word') return [];
  if (!isDistributiveWord(text.slice(term.start, term.end))) return [];
  return knowledge.periodicAt(text, next.start, text.slice(next.start, next.end).toLowerCase().normalize('NFC'));
};

const readText = (text: string, knowledge: WordKnowledge): TextReading => ({
  text,
  terms: analyzeWithOffsets(text),
  particleVerbs: knowledge.particleVerbsIn(text),
});

/**
 * A compound no text writes whose head is a form of a thesaurus headword no corpus word is a form of either: its head's
 * synonyms among the corpus's lemmas («teknologiutgiftene»: the texts never write «utgift», they write «kostnad»). Such a
 * compound cannot be split by the lemma tables, which know the corpus's words only; the head's absence from every text is
 * no sign that the texts do not speak of it, only of their choosing another word (a compound whose head the texts write,
 * «KI-forordning», keeps no synonyms: there the missing compound is the sign). The modifier must be a word the tables know.
 */
const unknownHeadSynonyms = (surface: string, knowledge: WordKnowledge): { headSynonyms?: readonly string[] } => {
  for (let cut = 3; cut <= surface.length - 4; cut += 1) {
    const synonyms = knowledge.formSynonymsOf(surface.slice(cut));
    if (synonyms.length === 0) continue;
    const known = linkingLetters.some((link) => surface.slice(0, cut).endsWith(link) && knowledge.lemmasOf(surface.slice(0, cut - link.length)).length > 0);
    if (known) return { headSynonyms: synonyms };
  }
  return {};
};

/**
 * A compound no text writes that the texts write with a synonym of its head in the head's place, the modifier as written
 * («nettforbindelser» → «nettilknytning», «videomøte» → «videokonferanse», «engangstilskudd» → «engangsstøtte»): the same
 * compound with a synonymous head names the same thing, a closer link than the head's synonyms alone (`headSynonyms`, which a
 * compound no text writes does not get: there the missing compound is the sign that the texts do not speak of it). Norwegian
 * writes three equal consonants at the seam as two («nett» + «tilknytning»). Returns the corpus lemmas of those compounds, read
 * and stems (the lemma tables may not know a compound of the corpus: «nettilknytning»), read as the word's synonyms
 * (`QueryWord.compoundSynonyms`). Hand-written because no resource lists compounds' synonyms; the thesaurus lists simple words.
 */
export const synonymousCompounds = (surface: string, parts: readonly string[], knowledge: WordKnowledge, vocabulary: ReadonlySet<string>): string[] => {
  const head = parts[parts.length - 1] ?? '';
  if (parts.length < 2 || head.length < 3) return [];
  const at = surface.lastIndexOf(head.slice(0, Math.min(4, head.length)));
  if (at < 3) return [];
  const modifier = surface.slice(0, at);
  // A separable particle before the head makes a prefixed word, no compound of two things («innlegg» is no «inn» + «legg»,
  // whose synonym «side» would make it an «innside»).
  if (separableParticles.includes(modifier)) return [];
  const found = new Set<string>();
  for (const synonym of knowledge.synonymsOf(head)) {
    const compound = `${modifier}${synonym}`.replace(/(\p{L})\1\1/gu, '$1$1');
    const compoundStem = analyze(compound)[0];
    if (compoundStem === undefined || !vocabulary.has(compoundStem)) continue;
    found.add(compoundStem);
    for (const lemma of knowledge.lemmasOf(compound)) found.add(lemma);
  }
  return [...found];
};

/**
 * The thesaurus synonyms the texts write as compounds the lemma tables know by their parts only («nettsted», written
 * «nettsteder»: `compoundBaseForms`), as the stems those texts write: no sentence has them among its lemmas.
 */
export const compoundsAmong = (synonyms: readonly string[], knowledge: WordKnowledge, vocabulary: ReadonlySet<string>): string[] => {
  const found: string[] = [];
  for (const synonym of synonyms) {
    if (knowledge.lemmasOf(synonym).length > 0) continue;
    const stem = analyze(synonym)[0];
    if (stem !== undefined && vocabulary.has(stem)) found.push(stem);
  }
  return found;
};

/** The endings of Norwegian action nouns made of verbs («finansiering», «anskaffelse», «søknad», «organisasjon», «drift»). */
const actionNoun = /(?:ing|else|nad|sjon|ft)$/u;

/**
 * A synonym in the other word class of a verb and its action noun: the action nouns of the thesaurus synonyms of a question's
 * verb, or of the verb of a question's action noun («betale» ~ «finansiere» → «finansiering»; «kartlegging» → «kartlegge» ~
 * «undersøke» → «undersøkelse»), lemmas the tables know and not already the word's own. Norwegian says an act by verb or by
 * noun as it pleases («hvem skal betale» – «ansvarlig for finansiering»); the thesaurus lists synonyms within one word class
 * and the derivations (`WordKnowledge.derivationsOf`) stay in one root, so neither alone joins the two. Only a verb the tables
 * know an action noun of (or such a noun): the derivations of any word's synonyms (an adjective's «-het», a noun's verb) also
 * took the thesaurus's other senses along («helt» ~ «hel» → «helhet»; tune −4 +2).
 */
const synonymKinOf = (surface: string, knowledge: WordKnowledge): { synonymKin?: readonly string[] } => {
  const lemmas = [surface, ...knowledge.lemmasOf(surface)];
  const derived = knowledge.derivationsOf(surface);
  const verbs = derived.some((noun) => actionNoun.test(noun))
    ? lemmas.filter((lemma) => /[ea]$/u.test(lemma))
    : lemmas.some((lemma) => actionNoun.test(lemma))
      ? derived.filter((verb) => /[ea]$/u.test(verb))
      : [];
  if (verbs.length === 0) return {};
  const own = new Set([...lemmas, ...derived, ...knowledge.synonymsOf(surface)]);
  const found = new Set<string>();
  for (const verb of verbs)
    for (const synonym of knowledge.synonymsOf(verb))
      for (const noun of knowledge.derivationsOf(synonym)) if (actionNoun.test(noun) && !own.has(noun)) found.add(noun);
  return found.size > 0 ? { synonymKin: [...found] } : {};
};

/**
 * A proper name (`WordKnowledge.isName`: one the corpus or the word lists write capitalised) that no text writes: «Finland»,
 * which the decompounder reads as «finn» + «land», «Harstad» as «ha» + «stad». A name is no compound of the common words its
 * letters spell, so it is not met by its parts (the «land» of «land som Estland og Ukraina» does not mention Finland) nor
 * searched by them: the texts do not name it, which is what an answer about it must see. A name the texts write keeps its
 * parts, as every corpus word does, and a hyphenated name is read by its pieces («Helse-Bergen»).
 */
const unwrittenName = (stem: string, surface: string, knowledge: WordKnowledge, vocabulary?: ReadonlySet<string>): boolean =>
  vocabulary !== undefined && !vocabulary.has(stem) && knowledge.isName(surface);

/** Each synonym's `specificityShare` where it is not 1; undefined when none is. */
const sharesOf = (synonyms: readonly string[], knowledge: WordKnowledge): Record<string, number> | undefined => {
  const typical = knowledge.typicalSynonymListings();
  const shares: Record<string, number> = {};
  let any = false;
  for (const synonym of synonyms) {
    const share = specificityShare(knowledge.synonymListings(synonym), typical);
    if (share === 1) continue;
    shares[synonym] = share;
    any = true;
  }
  return any ? shares : undefined;
};

/**
 * What each stem of a text may also match: its word's lemmas, compound parts and thesaurus
 * synonyms (and, for a compound the corpus writes, its head's; for a form of a headword the corpus never uses, the
 * headword's, to rank by only), and the value of a number in digits or words («tre» meets «3», «12» meets «tolv»)
 * (first occurrence wins).
 */
const queryWords = ({ text, terms, particleVerbs }: TextReading, knowledge: WordKnowledge, vocabulary?: ReadonlySet<string>): Map<string, QueryWord> => {
  const words = new Map<string, QueryWord>();
  const mentions = readNumberWords(text);
  for (const [index, term] of terms.entries()) {
    if (words.has(term.stem)) continue;
    if (term.kind === 'number') {
      words.set(term.stem, { lemmas: [], parts: [], numbers: extractNumbers(term.word) });
      continue;
    }
    const surface = term.kind === 'compound' ? term.word : text.slice(term.start, term.end).toLowerCase().normalize('NFC');
    const numbers = mentions.filter((mention) => mention.start <= term.start && term.end <= mention.end).map((mention) => formatNumberValue(mention.value));
    // A hyphenated compound is split where it is written («KI-forordningen» → ki, forordning); a proper name the texts never
    // write is not split at all (`unwrittenName`).
    const parts =
      term.kind !== 'compound' && unwrittenName(term.stem, surface, knowledge, vocabulary)
        ? []
        : knowledge.partsOf(term.kind === 'compound' ? text.slice(term.start, term.end).toLowerCase().normalize('NFC') : surface);
    // A verb and its particle («greia ut») are both carried by the one word bokmål writes for them («utredes»).
    const spanning = particleVerbs.filter((verb) => verb.start <= term.start && term.end <= verb.end);
    const joined = spanning.flatMap((verb) => verb.lemmas);
    // The one word the corpus writes for the phrase («følge opp» → «oppfølging») is a synonym of its words: partial evidence.
    const phraseSynonyms = spanning.flatMap((verb) => verb.synonyms ?? []);
    const rankingSynonyms = knowledge.formSynonymsOf(surface);
    const synonymDerivations = knowledge.synonymDerivationsOf(surface);
    // A verb's particle-prefixed kin the texts write («koble» ~ «tilkoblede»): a synonym, one way only (`particleKin`).
    const kin = vocabulary ? particleKinOf(knowledge.lemmasOf(surface), knowledge, vocabulary) : [];
    // «sammen» / «saman» is carried by the texts' «sam-» words («samarbeid», «samspiller»): a synonym (`togetherKin`).
    const together = vocabulary ? togetherKinOf([surface, ...knowledge.lemmasOf(surface)], knowledge, vocabulary) : [];
    const ownSynonyms = [...phraseSynonyms, ...kin, ...together];
    const writtenCompounds = parts.length > 1 && vocabulary && !vocabulary.has(term.stem) ? synonymousCompounds(surface, parts, knowledge, vocabulary) : [];
    const synonymCompounds = vocabulary ? compoundsAmong(knowledge.synonymsOf(surface), knowledge, vocabulary) : [];
    const compoundSynonyms = [...new Set([...writtenCompounds, ...synonymCompounds])];
    const synonyms = ownSynonyms.length > 0 ? [...new Set([...knowledge.synonymsOf(surface), ...ownSynonyms])] : knowledge.synonymsOf(surface);
    // Only for a compound the corpus writes: a word no text writes is the plainest sign that the texts do not speak of
    // it («KI-forordning»), and its head's synonyms would hide that (tune: one unanswerable question answered).
    const heads =
      parts.length > 1 && vocabulary?.has(term.stem)
        ? { headSynonyms: knowledge.synonymsOf(parts[parts.length - 1] ?? '') }
        : parts.length <= 1 && vocabulary && !vocabulary.has(term.stem)
          ? unknownHeadSynonyms(surface, knowledge)
          : {};
    const synonymShares = sharesOf([...synonyms, ...rankingSynonyms, ...(heads.headSynonyms ?? []), ...compoundSynonyms], knowledge);
    words.set(term.stem, {
      lemmas: joined.length > 0 ? [...new Set([...knowledge.lemmasOf(surface), ...joined])] : knowledge.lemmasOf(surface),
      parts,
      ...(parts.length > 1 ? { partVariants: parts.map((part) => knowledge.variantsOf(part)) } : {}),
      ...heads,
      synonyms,
      ...(synonymShares ? { rankingSynonymShares: synonymShares } : {}),
      ...(compoundSynonyms.length > 0 ? { compoundSynonyms } : {}),
      derived: [
        ...new Set([
          ...knowledge.derivationsOf(surface),
          ...joined.flatMap((lemma) => knowledge.derivationsOf(lemma)),
          // «hvert år», «per år», «i året» is «årlig» in the texts.
          ...knowledge.periodicAt(text, term.start, surface),
          // …and so is the distributive word itself: «hvert» of «hvert år» is carried by «årlig» as «år» is.
          ...distributivePeriodic(text, terms, index, knowledge),
        ]),
      ],
      ...synonymKinOf(surface, knowledge),
      ...(rankingSynonyms.length > 0 ? { rankingSynonyms } : {}),
      ...(synonymDerivations.length > 0 ? { synonymDerivations } : {}),
      ...(numbers.length > 0 ? { numbers } : {}),
      ...(vocabulary && !vocabulary.has(term.stem) ? { hosts: compoundHostsOf(term.stem, vocabulary) } : {}),
    });
  }
  return words;
};

/**
 * The lemma tables and the corpus as `particleKin` and `togetherKin` ask for them, «written by the corpus» meaning some form of
 * the lemma has a corpus stem.
 */
const kinSources = (knowledge: WordKnowledge, vocabulary: ReadonlySet<string>): TogetherKinSources => ({
  isFiniteVerb: (form) => knowledge.isFiniteVerb(form),
  lemmasOf: (form) => knowledge.lemmasOf(form),
  corpusWrites: (lemma) => knowledge.formsOf(lemma).some((form) => occursInVocabulary(form, vocabulary)),
  lemmasStartingWith: (prefix) => knowledge.lemmasStartingWith(prefix),
});

/** `togetherKin` read through the lemma tables. */
const togetherKinOf = (lemmas: readonly string[], knowledge: WordKnowledge, vocabulary: ReadonlySet<string>): string[] =>
  togetherKin(lemmas, kinSources(knowledge, vocabulary));

/** `particleKin` read through the lemma tables. */
const particleKinOf = (lemmas: readonly string[], knowledge: WordKnowledge, vocabulary: ReadonlySet<string>): string[] =>
  particleKin(lemmas, kinSources(knowledge, vocabulary));

/**
 * Norwegian endings that make a noun of a verb or an adjective («autentiser» → «autentisering», «sikker» → «sikkerhet»): a word
 * with one of them after the question's stem names the same act or quality, as a word of the same family does. A closed class of
 * the grammar (not «-sk», «-ikk», «-iker», which make words of another family from the same letters: «politi», «politisk»).
 */
const NOMINAL_ENDINGS = new Set(['ing', 'ning', 'else', 'sel', 'het', 'lig', 'ling']);

/** After a compound's first part: a word the texts write, as written or as its stem («distrikt»), with or without a linking s or e. */
const isCompoundHead = (rest: string, vocabulary: ReadonlySet<string>): boolean =>
  rest === '' || [rest, rest.replace(/^[se]/u, '')].some((part) => part.length >= 3 && (vocabulary.has(part) || vocabulary.has(stemOf(part))));

/** Hosts found per vocabulary and stem (a question's words the texts never write are few; the vocabulary lives as long as the index). */
const hostsCache = new WeakMap<ReadonlySet<string>, Map<string, readonly string[]>>();

/**
 * The stems of the vocabulary that hold `stem` (one the texts never write) as a compound part: before it nothing or a first part
 * of three letters or more («basestasjon»), after it nothing, a word the texts write («politidistrikt») or a noun-making
 * ending («autentisering»), not another ending («politisk», «politikern»).
 */
const compoundHostsOf = (stem: string, vocabulary: ReadonlySet<string>): readonly string[] => {
  let byStem = hostsCache.get(vocabulary);
  if (!byStem) {
    byStem = new Map();
    hostsCache.set(vocabulary, byStem);
  }
  const known = byStem.get(stem);
  if (known) return known;
  const hosts: string[] = [];
  for (const candidate of vocabulary) {
    if (candidate.length <= stem.length) continue;
    for (let at = candidate.indexOf(stem); at >= 0; at = candidate.indexOf(stem, at + 1)) {
      const before = candidate.slice(0, at);
      const after = candidate.slice(at + stem.length);
      if ((before === '' || before.length >= 3) && (NOMINAL_ENDINGS.has(after) || isCompoundHead(after, vocabulary))) {
        hosts.push(candidate);
        break;
      }
    }
  }
  if (byStem.size >= 256) byStem.clear();
  byStem.set(stem, hosts);
  return hosts;
};

/** The other spelling of the acronyms and long forms in a question, for the lexical search («Digdir» → «digitaliseringsdirektoratet»). */
const acronymExpansions = (stems: string[], knowledge: WordKnowledge): string[] => [
  ...stems.flatMap((stem) => knowledge.longFormTextsOf(stem)),
  ...knowledge
    .shortFormsIn(stems)
    .filter((found) => !stems.includes(found.short))
    .map((found) => found.text),
];

/** At most this many other forms are added to the lexical query per question word. */
const maxFormsPerWord = 2;

/**
 * The compounds the corpus writes for a verb and a neighbouring noun of the question (no content word between them): the
 * noun's lemma (or a compound noun's first part), with or without a linking -s-/-e-, before the verb's action noun
 * («utveksle meldinger» → «meldingsutveksling», «deles kunnskap» → «kunnskapsdeling», «dele informasjon» →
 * «informasjonsdeling»). Norwegian names an action on a thing by one compound where a question may say it as verb and
 * object; the lexical search meets only the words as written, so a passage writing the compound is found by neither.
 * Only compounds whose stem the texts use, no more than `maxFormsPerWord` per pair; only action nouns as heads
 * (`WordKnowledge.derivationsOf`), since two neighbouring nouns («tjenester heime») are seldom one compound's parts
 * (with nouns as heads too: test +2 −3, tune +2 −3; with an action noun of the question as a head too, «fordelingen av
 * kostnadene» → «kostnadsfordeling»: test +0 −1). Hand-written: no resource lists which phrases a compound stands for.
 */
const phraseCompounds = (terms: readonly AnalyzedTerm[], text: string, knowledge: WordKnowledge, vocabulary: ReadonlySet<string>): string[] => {
  const added: string[] = [];
  const readings = terms.map((term) => {
    if (term.kind !== 'word' || term.word.length < 3) return null;
    const surface = text.slice(term.start, term.end).toLowerCase().normalize('NFC');
    const lemmas = knowledge.lemmasOf(surface);
    if (lemmas.length === 0) return null;
    // A compound noun's first part may stand as the modifier too, where the texts write that shorter compound.
    const parts = knowledge.partsOf(surface);
    const modifiers = parts.length > 1 && parts[0] !== undefined && parts[0].length >= 3 ? [...lemmas, parts[0]] : lemmas;
    return { stem: term.stem, modifiers, heads: knowledge.derivationsOf(surface) };
  });
  const asked = new Set(terms.map((term) => term.stem));
  for (let index = 0; index + 1 < readings.length; index += 1) {
    const left = readings[index];
    const right = readings[index + 1];
    if (!left || !right || left.stem === right.stem) continue;
    for (const [modifier, head] of [
      [left, right],
      [right, left],
    ] as const) {
      const found = new Set<string>();
      for (const lemma of modifier.modifiers)
        for (const headLemma of head.heads)
          for (const link of linkingLetters) {
            // A head of two or three letters ends too many compounds by chance.
            if (headLemma.length < 4) continue;
            if (lemma.endsWith('e') && link === 'e') continue;
            const compound = `${lemma}${link}${headLemma}`;
            const compoundStem = analyze(compound)[0];
            if (compoundStem !== undefined && !asked.has(compoundStem) && vocabulary.has(compoundStem)) found.add(compound);
          }
      added.push(...[...found].slice(0, maxFormsPerWord));
    }
  }
  return added;
};

/**
 * Other spellings of the question's words that the corpus uses, for the lexical search: an
 * inflection Snowball stems differently («skrev» → «skrevet»), the parts of a compound the
 * corpus does not have as one word («journalsystemet» → «journal system»), or the periodic
 * adjective of a noun of time read distributively («hvert år» → «årlig»).
 */
const morphologicalExpansions = ({ text, terms, particleVerbs }: TextReading, knowledge: WordKnowledge, vocabulary?: ReadonlySet<string>): string[] => {
  if (!vocabulary || !knowledge.hasMorphology) return [];
  const added: string[] = [];
  for (const term of terms) {
    if (term.kind !== 'word') continue;
    const surface = text.slice(term.start, term.end).toLowerCase().normalize('NFC');
    const forms = knowledge
      .lemmasOf(surface)
      .flatMap((lemma) => knowledge.stemmedFormsOf(lemma))
      .filter(({ stem }) => stem !== term.stem && vocabulary.has(stem))
      .map(({ form }) => form);
    added.push(...[...new Set(forms)].slice(0, maxFormsPerWord));
    if (!vocabulary.has(term.stem) && !unwrittenName(term.stem, surface, knowledge, vocabulary)) added.push(...knowledge.partsOf(surface));
    // «hvert år», «i året» is searched as «årlig» too, where the corpus writes it.
    added.push(...knowledge.periodicAt(text, term.start, surface).filter((adjective) => analyze(adjective).every((stem) => vocabulary.has(stem))));
  }
  // A verb with its particle is searched as the one word bokmål writes for it («greie ut» → «utrede»).
  for (const verb of particleVerbs) {
    const forms = verb.lemmas.flatMap((lemma) => knowledge.stemmedFormsOf(lemma)).filter(({ stem }) => vocabulary.has(stem));
    added.push(...[...new Set(forms.map(({ form }) => form))].slice(0, maxFormsPerWord));
  }
  return added;
};

/**
 * For the lexical search, the compounds the texts write for a compound of the question they never write: the same modifier
 * with a synonymous head («omsorgsansatte» → «omsorgspersonell», «digitaliseringsplanen» → «digitaliseringsstrategi»;
 * `compoundSynonyms`), at most `maxFormsPerWord` per word, of the words asked about only (not a frame word, not a signing verb
 * searched as «hilsen»). A word no text writes adds nothing to the lexical search as written, so the passages naming the same
 * thing by the texts' own compound were found only by the question's other words. A written word's synonyms stay out (there
 * they rank passages saying something else first; session 44: test +6 −25), and so do the thesaurus synonyms of a word no text
 * writes (`rankingSynonyms`: another sense as often as not, «brevet» → «anvisning»; measured with them: test +4 −2, tune +4 −4).
 * Names the texts never write stay unread (`unwrittenName`).
 */
const unwrittenWordForms = (
  reading: TextReading,
  words: ReadonlyMap<string, QueryWord>,
  asked: ReadonlySet<string>,
  knowledge: WordKnowledge,
  vocabulary?: ReadonlySet<string>,
): string[] => {
  if (!vocabulary) return [];
  const added: string[] = [];
  for (const term of reading.terms) {
    if (term.kind === 'number' || vocabulary.has(term.stem) || !asked.has(term.stem)) continue;
    const surface = reading.text.slice(term.start, term.end).toLowerCase().normalize('NFC');
    if (unwrittenName(term.stem, surface, knowledge, vocabulary)) continue;
    const word = words.get(term.stem);
    if (!word || word.lemmas.some((lemma) => vocabulary.has(stemOf(lemma)))) continue;
    const written = (word.compoundSynonyms ?? []).filter((synonym) => {
      const stems = analyze(synonym);
      return stems.length > 0 && stems.every((stem) => vocabulary.has(stem));
    });
    added.push(...[...new Set(written)].slice(0, maxFormsPerWord));
  }
  return added;
};

/**
 * The question terms of a translated English question. The Norwegian words offered for one English
 * word are one term, not several: the first translation's stems, met by any other translation
 * («work» → «jobb», met by «arbeid» too). Translations of question-frame words («stand for»,
 * «mean») and frame terms («what share of») are not answer-bearing.
 */
const englishTerms = (stems: string[], translated: readonly TranslatedTerm[]): { stems: string[]; alternatives: Map<string, string[]> } => {
  const alternatives = new Map<string, string[]>();
  const primary = new Set<string>();
  const secondary = new Set<string>();
  for (const term of translated) {
    const source = analyze(term.source);
    const translations = term.norwegian.map((norwegian) => analyze(norwegian));
    if (term.frame || (source.length > 0 && source.every(isFrameStem))) {
      for (const stem of translations.flat()) secondary.add(stem);
      continue;
    }
    const [first = [], ...others] = translations;
    for (const stem of first) primary.add(stem);
    const singles = [...new Set(others.filter((other) => other.length === 1).flat())].filter((stem) => !first.includes(stem));
    for (const stem of singles) secondary.add(stem);
    // A phrase offered as another reading («forskning og utvikling» beside «FoU») is searched, not required word by word.
    for (const stem of others.filter((other) => other.length > 1).flat()) if (!first.includes(stem)) secondary.add(stem);
    for (const stem of first) alternatives.set(stem, [...new Set([...(alternatives.get(stem) ?? []), ...singles])]);
  }
  const kept = stems.filter((stem) => primary.has(stem) || !secondary.has(stem));
  return { stems: kept.length > 0 ? kept : stems, alternatives };
};

/**
 * Per stem of a compound read from English words written apart («safety alarm» → «trygghetsalarm»), the stems of the words
 * it joins: the compound weighs as they did (`QueryWord.weighAs`), so reading it as one word does not make a question of
 * two words one of one (a passage meeting it met two of the question's words before).
 */
const joinedParts = (translated: readonly TranslatedTerm[]): Map<string, string[]> => {
  const joined = new Map<string, string[]>();
  for (const term of translated) {
    if (!term.parts) continue;
    const parts = [...new Set(term.parts.flatMap((part) => analyze(part)))];
    for (const stem of term.norwegian.flatMap((norwegian) => analyze(norwegian))) if (!parts.includes(stem)) joined.set(stem, parts);
  }
  return joined;
};

/**
 * A Norwegian question with its misspelt words corrected (`WordKnowledge.correctionOf`: one edit from the forms of one
 * known word). Words with a capital are left as typed: they are names or start the question.
 */
export const correctSpelling = (text: string, knowledge: WordKnowledge, vocabulary?: ReadonlySet<string>): string =>
  text.replace(/\p{L}+/gu, (word) =>
    /\p{Lu}/u.test(word) ? ((vocabulary && knowledge.clippedNameOf(word, vocabulary)) ?? word) : (knowledge.correctionOf(word, vocabulary) ?? word),
  );

/** The stems of the translations of the English words `words` («signed»), as `translateQueryTerms` chose them. */
const translationStemsOf = (words: string, translated: readonly TranslatedTerm[]): string[] => {
  const asked = new Set(words.toLowerCase().split(/\s+/u));
  const holds = (term: TranslatedTerm): boolean =>
    term.source
      .toLowerCase()
      .split(' ')
      .some((word) => asked.has(word));
  return translated.filter(holds).flatMap((term) => term.norwegian.flatMap((norwegian) => analyze(norwegian)));
};

/** English headwords (in any inflection `englishLemmas` reads) against the Norwegian word lists, for language detection. */
const wordLanguages = (english: EnglishDictionary | null, knowledge: WordKnowledge): WordLanguages | undefined =>
  english
    ? {
        isEnglishWord: (word) => englishLemmas(word).some((form) => english.entries.has(form)),
        isNorwegianWord: (word) => knowledge.knowsWord(word),
      }
    : undefined;

/** How a question is read beyond its words. */
export interface PrepareOptions {
  /**
   * The question is read on its own (a single question, a conversation's first turn, a search), not as a follow-up: the year
   * noun it asks a year by is frame (`askedYearStems`). A follow-up keeps it as a word of its own: the conversation reading
   * weighs a follow-up's own words against its context's, and with it gone «from which year does the change apply?» leaned on
   * the last turn (tune c538#3), and a context's «år» no longer named the topic (c529#5).
   */
  alone?: boolean;
  /**
   * Read as English whatever its own words show: a short follow-up in an English conversation with no Norwegian word
   * («who hosts it now?», «by phone?») has too few English function words for `detectLanguage`.
   */
  english?: boolean;
}

export const prepareQuery = (
  question: string,
  english: EnglishDictionary | null,
  vocabulary?: ReadonlySet<string>,
  knowledge: WordKnowledge = noWordKnowledge,
  options: PrepareOptions = {},
): PreparedQuery => {
  const asked = question.normalize('NFC').trim();
  const askedYear = options.alone ? askedYearStems(asked) : new Set<string>();
  const language = options.english ? 'en' : detectLanguage(asked, wordLanguages(english, knowledge));
  const original = language === 'en' ? asked : correctSpelling(asked, knowledge, vocabulary);
  const translatedTerms =
    language === 'en'
      ? translateQueryTerms(original, english, vocabulary, undefined, (word) => knowledge.isFiniteVerb(word)).map((term) =>
          asNorwegianLemma(term, knowledge, vocabulary),
        )
      : null;
  const translated = translatedTerms ? searchWordsOf(translatedTerms) : original;
  const signing = signingWords(original);
  // The signing verb of an English question is searched as its translation («signed» → «signere»): those stems go too.
  const signingStems = new Set(signing ? [...analyze(signing), ...translationStemsOf(signing, translatedTerms ?? [])] : []);
  const reading = readText(translated, knowledge);
  const analysed = [...reading.terms.map((term) => term.stem).filter((stem) => !signingStems.has(stem)), ...(signing ? analyze(letterClosing) : [])];
  const words = queryWords(reading, knowledge, vocabulary);
  const bearing = [
    ...new Set(
      answerBearing(
        analysed,
        original,
        language === 'en'
          ? new Set([...translationStemsOf(confirmingWord(original) ?? '', translatedTerms ?? []), ...askedYear])
          : new Set([...inflectedFrameStems(original, knowledge), ...complexPrepositionStems(original), ...askedYear]),
        language === 'en' ? new Set() : unframedStems(original, knowledge),
      ).filter((stem) => !untranslated(stem, original, language, vocabulary)),
    ),
  ];
  const { stems: ordered, alternatives } = translatedTerms
    ? englishTerms(bearing, translatedTerms)
    : { stems: bearing, alternatives: new Map<string, string[]>() };
  const expansions = [
    ...acronymExpansions(analysed, knowledge),
    // Of the words asked about only: not a frame word («Hvordan forklarer …») nor a signing verb searched as «hilsen».
    ...unwrittenWordForms(reading, words, new Set(ordered), knowledge, vocabulary),
    ...morphologicalExpansions(reading, knowledge, vocabulary),
    // An English question is read as its translations, side by side: its neighbours there are no phrase of the asker's.
    ...(language === 'en' || !vocabulary || !knowledge.hasMorphology ? [] : phraseCompounds(reading.terms, reading.text, knowledge, vocabulary)),
    ...(signing ? [letterClosing] : []),
  ];
  const text = expansions.length > 0 ? `${translated} ${[...new Set(expansions)].join(' ')}` : translated;
  const focus = definitionFocus(original);
  // An English focus is read through its translation; a name the dictionary lacks («PKI») stays as written.
  const translatedFocus = focus && translatedTerms ? translatedTerms.filter((term) => term.source.toLowerCase().split(' ').includes(focus.toLowerCase())) : [];
  const focusWords = focus === null ? [] : translatedFocus.length > 0 ? translatedFocus.flatMap((term) => term.norwegian) : [focus];
  const focusStems = focusWords.flatMap(analyze);
  // A Norwegian question typed in lowercase names what it asks about by words the corpus or the word lists know as names.
  const known: NameCheck = language === 'en' ? noNames : nameCheckOf(knowledge);
  // A nynorsk question's word the texts never write weighs as its lemma (see `QueryWord.weighByLemma`), in a question `markedNynorsk`.
  const byLemma = language === 'nn' && markedNynorsk(asked);
  const joinedFrom = joinedParts(translatedTerms ?? []);
  // A long form linked to its acronym by initials only finds the acronym when the question writes it whole.
  const initials = new Map<string, string[]>();
  for (const found of knowledge.shortFormsIn(analysed))
    if (found.byInitials) for (const stem of found.long) initials.set(stem, [...(initials.get(stem) ?? []), found.short]);
  const wordOf = (stem: string): QueryWord => {
    const spelled = initials.get(stem);
    const word = spelled ? { ...(words.get(stem) ?? { lemmas: [], parts: [] }), initials: spelled } : (words.get(stem) ?? { lemmas: [], parts: [] });
    const weighAs = joinedFrom.get(stem);
    if (weighAs) return { ...word, weighAs };
    // A nynorsk word no lemma table holds and with no synonyms of its own reaches the bokmål texts only through its ranking
    // synonyms (its bokmål translation and that word's synonyms, `translatedSynonyms`): kept as its synonyms (half a match), so
    // a follow-up leaning on the last answer, which drops ranking synonyms (`withoutRankingSynonyms`), still reads them rather
    // than counting the word missing in full wherever the texts say it in bokmål.
    if (byLemma && word.lemmas.length === 0 && (word.synonyms?.length ?? 0) === 0 && word.rankingSynonyms && word.rankingSynonyms.length > 0)
      return { ...word, synonyms: word.rankingSynonyms };
    return byLemma && word.lemmas.length > 0 ? { ...word, weighByLemma: true } : word;
  };
  const periods = [...new Set(periodYearsIn(original))];
  return {
    original,
    text,
    plainText: translated,
    // Not the added forms: each a term of its own, the inflections of one word outweighed the question's other words (tune dense MRR 0.529 with them, 0.611 without).
    ...(translatedTerms ? { denseTerms: translatedTerms.filter((term) => term.norwegian.length > 0).map((term) => [...term.norwegian]) } : {}),
    language,
    ...(translatedTerms ? { sources: translatedTerms.map((term) => ({ source: term.source, stems: [...new Set(term.norwegian.flatMap(analyze))] })) } : {}),
    entities: entityStems(original, known, vocabulary).filter((stem) => ordered.includes(stem)),
    ...(focusStems.length > 0 ? { definitionFocus: [...new Set(focusStems)], definitionFocusText: focusWords.join(' ') } : {}),
    names: nameGroups(original, known)
      .map((group) => group.filter((stem) => ordered.includes(stem)))
      .filter((group) => group.length > 0),
    ...(language === 'en'
      ? {}
      : {
          namedQualifiers: namedQualifiers(
            original,
            known,
            (word) => knowledge.knowsWord(word),
            ordered,
            (word) => knowledge.lemmasOf(word),
          ),
        }),
    terms: {
      stems: ordered,
      numbers: [...new Set(extractNumbers(original))],
      ...(periods.length > 0 ? { periods } : {}),
      pairs: [...new Set(stemPairs(ordered))],
      words: ordered.map((stem) => {
        const others = alternatives.get(stem) ?? [];
        return others.length > 0 ? { ...wordOf(stem), alternatives: others.map((other) => ({ stem: other, word: wordOf(other) })) } : wordOf(stem);
      }),
    },
  };
};

/**
 * An English question read with Norwegian context words (a follow-up's referent, «… (about: eFormidling)»): the
 * question's terms as its translation read them, then the context's stems it lacks. Reading the translation again as
 * Norwegian text would make each alternative translation a term of its own («provides» → «tilby», «levere» both
 * required) and would require the English words no dictionary has («hook», «separately»).
 */
export const withContext = (own: PreparedQuery, context: PreparedQuery): PreparedQuery => {
  const added = context.terms.stems.flatMap((stem, index) => (own.terms.stems.includes(stem) ? [] : [{ stem, word: context.terms.words?.[index] }]));
  const stems = [...own.terms.stems, ...added.map(({ stem }) => stem)];
  const ownWords = own.terms.words;
  const words = ownWords ? [...ownWords, ...added.map(({ word }) => word ?? { lemmas: [], parts: [] })] : undefined;
  return {
    ...own,
    text: `${own.text} ${context.text}`,
    plainText: `${own.plainText} ${context.plainText}`,
    // The context's words one term each (a Norwegian context has no translations to group).
    ...(own.denseTerms
      ? {
          denseTerms: [
            ...own.denseTerms,
            ...(context.denseTerms ??
              context.text
                .split(/\s+/u)
                .filter(Boolean)
                .map((word) => [word])),
          ],
        }
      : {}),
    entities: [...new Set([...own.entities, ...context.entities])],
    names: [...own.names, ...context.names.filter((group) => !own.names.some((known) => known.join(' ') === group.join(' ')))],
    terms: {
      stems,
      numbers: [...new Set([...own.terms.numbers, ...context.terms.numbers])],
      pairs: [...new Set([...own.terms.pairs, ...context.terms.pairs])],
      ...(words ? { words } : {}),
    },
  };
};
