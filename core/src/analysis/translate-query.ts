import { occursInCompounds, occursInVocabulary, type EnglishDictionary } from './english-dictionary';
import { analyze } from './analyze';
import { actionNounSpellings, cognateSpellings } from './english-cognates';
import { englishGlossary } from './english-glossary';
import { itemAt } from '../collections/item-at';
import { englishFunctionWords } from './english-function-words';
import { corpusCompounds, joinCorpusCompounds, joinSamPrefix, type PlacedTranslation } from './english-compounds';
import { nearWordsOf, type NearWords } from './near-words';
import { norwegianCardinal, readNumberWords } from '../text/number-words';

/** Words of a request that carry no search content: reporting verbs and fillers. */
// biome-ignore format: a word list reads best as rows of words
export const REQUEST_WORDS: readonly string[] = ['say', 'says', 'said', 'tell', 'mention', 'mentioned', 'mentions', 'describe', 'described', 'please', 'give', 'list', 'one', 'get'];

/** The English copula «become», which Norwegian says with the stopword «bli» («blir», «ble», «blitt»): no search content. */
const COPULA_FORMS = ['become', 'becomes', 'became', 'becoming'];

/** English words that carry no search content: function words, question words, request words and the copula «become». */
const ENGLISH_NOISE: ReadonlySet<string> = new Set([...englishFunctionWords, ...REQUEST_WORDS, ...COPULA_FORMS]);

const MAX_PHRASE_WORDS = 4;
const MAX_COGNATES = 2;
/** A word, or an acronym written with an ampersand («R&D», «Q&A»). */
const WORD_PATTERN = /\p{Lu}+&\p{Lu}+|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s?$/u;
const SENTENCE_END = /[.!?:]\s*$/u;
/** `KS`, `IKT`, `NAV`, `eID`, `KommIT`: an uppercase letter after the first one. */
const ACRONYM_OR_BRAND = /^.[\p{L}&]*\p{Lu}/u;
const CAPITALISED = /^\p{Lu}/u;
const HAS_DIGIT = /\p{N}/u;
/** An English plural of an abbreviation: «RHFs», «GPs» (not «GPS»). */
const PLURAL_ABBREVIATION = /^\p{Lu}{2,}s$/u;
/**
 * English semi-modals: an adjective or participle that with «to» before a verb says what must, should
 * or will happen («is supposed to», «is meant to», «are able to», «is going to»), as Norwegian says it
 * with a modal verb (skal, kan), which carries no search content. A closed class of English grammar.
 */
const SEMI_MODALS: ReadonlySet<string> = new Set(['supposed', 'meant', 'able', 'unable', 'going', 'ought', 'bound']);

/**
 * English verbs of intention that take «to» and a verb («wants to use», «plans to do», «promises to develop», «aims to
 * give»), where Norwegian uses the modal «vil» («KS vil …»): like a semi-modal, they carry no search content. By base form.
 */
const INTENTION_VERBS: ReadonlySet<string> = new Set(['want', 'wish', 'intend', 'plan', 'promise', 'aim', 'hope', 'seek', 'strive']);

/**
 * English adverbs of aspect and focus («still», «already», «yet», «ever», «again», «just», «even»): a
 * closed class that says when or how far, not what about; dropped like function words.
 */
const ASPECT_ADVERBS: ReadonlySet<string> = new Set(['still', 'already', 'yet', 'ever', 'again', 'just', 'even']);

/**
 * Nouns that ask for a proportion or a quantity in «what share of …», «the number of …»: the frame of
 * the question, like «how many», not what it is about (Norwegian «hvor stor andel», «antallet»).
 */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(['share', 'proportion', 'percentage', 'fraction', 'portion', 'number', 'amount', 'percent']);
const QUESTION_DETERMINERS: ReadonlySet<string> = new Set(['what', 'which']);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a']);

/**
 * English complex prepositions: a closed class of word groups that work as one preposition («ahead of»,
 * «instead of», «because of», «on behalf of»), as Norwegian «fremfor», «i stedet for», «på grunn av»,
 * «på vegne av» do. No search content, so the group is dropped as a whole. The three-word ones, preposition + noun +
 * preposition (with the article some fix: «in the light of», «on the basis of»), are those the grammars list as
 * complex prepositions (Quirk et al., A Comprehensive Grammar of the English Language §9.10–9.13; Huddleston and Pullum,
 * The Cambridge Grammar of the English Language ch. 7 §4.2), whose noun names nothing the question asks about («in
 * connection with the reform» asks about the reform); as for Norwegian (`complexPrepositionStems`), not those whose
 * noun keeps its own sense («in charge of», «as part of», «in favour of», «in cooperation with», «in need of», «in
 * response to»). «in order to», «so as to» lead an infinitive the same way.
 */
// biome-ignore format: a word list reads best as rows of words
const COMPLEX_PREPOSITIONS: ReadonlyArray<readonly string[]> = [
  // two words
  'ahead of', 'instead of', 'because of', 'regardless of', 'irrespective of', 'apart from', 'aside from', 'rather than',
  'prior to', 'subsequent to', 'due to', 'owing to', 'thanks to', 'contrary to', 'as well as', 'as opposed to', 'such as',
  'except for', 'along with', 'as regards', 'in order to', 'so as to',
].map((group) => group.split(' '));

/**
 * The English complex prepositions of the shape preposition + noun + preposition (the grammars' class described above),
 * dropped as `COMPLEX_PREPOSITIONS` are: one preposition written as words, as Norwegian «i forbindelse med» is, whose
 * complement is the circumstance of what a question asks (`circumstanceStems`).
 */
// biome-ignore format: a word list reads best as rows of words
export const ENGLISH_NOUN_PREPOSITIONS: readonly string[] = [
  'in front of', 'on behalf of', 'in terms of', 'in spite of', 'in addition to', 'in accordance with', 'in connection with',
  'in relation to', 'in regard to', 'in regards to', 'with regard to', 'with respect to', 'in respect of', 'in respect to',
  'with reference to', 'in reference to', 'by means of', 'by way of', 'by virtue of', 'by dint of', 'on account of',
  'on the part of', 'on the basis of', 'on the grounds of', 'on grounds of', 'in light of', 'in the light of', 'in view of',
  'in case of', 'in the case of', 'in the event of', 'in the course of', 'in lieu of', 'in place of', 'in line with',
  'in keeping with', 'in compliance with', 'in conformity with', 'in comparison with', 'in comparison to', 'in contrast to',
  'in contrast with', 'in the form of', 'with the exception of', 'at the expense of', 'for the sake of', 'for the purpose of',
  'for the purposes of', 'with a view to', 'with the aim of', 'in the absence of', 'for lack of', 'for want of',
  'in the wake of', 'in the face of', 'in the context of', 'in the process of', 'as a result of', 'as a consequence of',
  'in consequence of', 'on top of',
];
const NOUN_PREPOSITIONS: ReadonlyArray<readonly string[]> = ENGLISH_NOUN_PREPOSITIONS.map((group) => group.split(' '));

/**
 * English adverbials of time that say «up to now» («so far», «to date», «until now», «as yet»), as Norwegian «hittil» does: a
 * closed class of English word groups with no search content («far» is no distance here), dropped as a whole.
 */
const TIME_ADVERBIALS: ReadonlyArray<readonly string[]> = ['so far', 'to date', 'until now', 'up to now', 'up until now', 'as yet', 'thus far'].map((group) =>
  group.split(' '),
);

/**
 * English sentence adverbials that comment on the question («by the way», «in that case», «anyway»), as Norwegian
 * «forresten», «i så fall» do: a closed class of English word groups with no search content («way», «case» name nothing
 * asked about), dropped as a whole. Not those that say a count is a total («in total», «altogether»): their translation
 * («totalt») is a frame word that the texts' «Totalt antall brukere …» still matches.
 */
// biome-ignore format: a word list reads best as rows of words
const COMMENT_ADVERBIALS: ReadonlyArray<readonly string[]> = [
  'by the way', 'in that case', 'in any case', 'at any rate', 'anyway', 'anyhow',
  // Whose view a question asks («Is the current setup sustainable, in their view?»), as «mener KS» frames it in Norwegian: the
  // texts state the view, and «view» would be searched as «se».
  'in their view', 'in its view', 'in his view', 'in her view', 'in your view', 'in our view', 'in my view',
  'in their opinion', 'in its opinion', 'in his opinion', 'in her opinion', 'in your opinion', 'in our opinion', 'in my opinion',
  // The fixed adverbials of focus and hedging: which part counts most or how far a claim holds; «above» is no height, «worst»
  // and «case» no topic. Norwegian keeps its focus adverbials («først og fremst», `fixedAdverbials` of question-frame.ts), which
  // the texts write themselves; translated word by word, an English one matches none of them («above all» → «høyere»).
  'above all', 'first and foremost', 'most of all', 'not least', 'at worst', 'at best', 'in the worst case', 'in the best case',
  'for the most part', 'by and large', 'in particular',
].map((group) => group.split(' '));

const VIEW_NOUNS: ReadonlySet<string> = new Set(['view', 'opinion']);
/**
 * «In KS's view», «in the municipalities' opinion»: whose view a question asks with the holder named, as «in their view» asks it
 * (`COMMENT_ADVERBIALS`); the noun is dropped, the holder stays searched.
 */
const isNamedHoldersView = (words: readonly Word[], index: number): boolean =>
  index >= 2 &&
  VIEW_NOUNS.has(itemAt(words, index).lower) &&
  itemAt(words, index - 1).possessive === true &&
  (itemAt(words, index - 2).lower === 'in' || (index >= 3 && itemAt(words, index - 2).lower === 'the' && itemAt(words, index - 3).lower === 'in'));

/** The number of words of the adverbial of time or comment starting at `index`, or 0; the longest first («up until now»). */
const timeAdverbialAt = (words: readonly Word[], index: number): number =>
  [...TIME_ADVERBIALS, ...COMMENT_ADVERBIALS]
    .filter((group) => group.every((part, offset) => words[index + offset]?.lower === part))
    .reduce((longest, group) => Math.max(longest, group.length), 0);

/** The number of words of the complex preposition starting at `index`, or 0; the longest first. */
const complexPrepositionAt = (words: readonly Word[], index: number): number =>
  [...COMPLEX_PREPOSITIONS, ...NOUN_PREPOSITIONS]
    .filter((group) => group.every((part, offset) => words[index + offset]?.lower === part))
    .reduce((longest, group) => Math.max(longest, group.length), 0);

/**
 * English distributive determiners («each year», «every day», «per year»): Norwegian says the same with «hver»
 * («hver dag», read as «daglig» by the periodic adjectives of `WordKnowledge.periodicAt`). A closed class of English grammar.
 */
const DISTRIBUTIVES: ReadonlySet<string> = new Set(['each', 'every', 'per']);
/** The Norwegian distributive written before the translated noun: a stopword, so it only tells how the noun is read. */
const NORWEGIAN_DISTRIBUTIVE = 'hver';

/** True for «each», «every», «per» right before a content word («each year»), not «each of», «every one». */
const isDistributiveAt = (words: readonly Word[], index: number): boolean => {
  const next = words[index + 1];
  return DISTRIBUTIVES.has(itemAt(words, index).lower) && next !== undefined && !ENGLISH_NOISE.has(next.lower) && !HAS_DIGIT.test(next.raw);
};

/** English possessive determiners: «their», «its», «our» … */
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);

/**
 * «own» after a possessive determiner («their own», «on its own») is the intensifier Norwegian writes «egen», never the
 * verb «own» (FreeDict's only sense, «eie»): English grammar, one word. It carries no search content and is dropped.
 */
const isPossessiveOwn = (words: readonly Word[], index: number): boolean =>
  index > 0 && itemAt(words, index).lower === 'own' && POSSESSIVE_DETERMINERS.has(itemAt(words, index - 1).lower);

/** Words after which «to» marks an infinitive: «have to», «need to», «in order to», «how to». */
const INFINITIVE_LEADS: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having', 'need', 'needs', 'needed', 'order', 'how']);

/** True when the word at `index` follows an infinitive «to» («have to hook up», «wants to use», «supposed to buy»): a verb. */
const followsInfinitiveTo = (words: readonly Word[], index: number): boolean => {
  if (index < 2 || itemAt(words, index - 1).lower !== 'to') return false;
  const lead = itemAt(words, index - 2).lower;
  return INFINITIVE_LEADS.has(lead) || isModalLike(words, index - 2);
};

/**
 * A Norwegian infinitive ends in a vowel («levere», «koble», nynorsk «kopla», «gå», «tilby»); a
 * translation that does not («problem», «kart») is a noun sense of the English word, not its verb.
 */
const canBeInfinitive = (norwegian: string): boolean => /[aeiouyæøå]$/u.test(norwegian.split(' ')[0] ?? '');

/** English modal verbs, after which the next word is a bare infinitive («can secure», «must open»). */
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'must', 'might']);
/** «help» takes a bare infinitive as well as one with «to» («help secure», «helps reduce»). */
const BARE_INFINITIVE_LEADS: ReadonlySet<string> = new Set(['help', 'helps', 'helped', 'helping']);

/** True when the word at `index` stands where English puts a verb: after an infinitive «to», a modal or «help». */
const inVerbPlace = (words: readonly Word[], index: number): boolean => {
  if (index < 1) return false;
  const before = itemAt(words, index - 1).lower;
  return followsInfinitiveTo(words, index) || MODALS.has(before) || BARE_INFINITIVE_LEADS.has(before);
};

/**
 * The Norwegian verbs an adjective makes with the infinitive ending -e, an unstressed -e- before a final l, n or r dropped and
 * a doubled consonant then made single («sikker» → «sikre», «åpen» → «åpne», «klar» → «klare»), kept only when the corpus
 * writes them. English turns many adjectives into verbs without a change («to secure», «to open», «to clear»), and FreeDict
 * lists some of them only as adjectives («secure» → «sikker»): in a verb's place, that adjective's verb is what is meant.
 */
const adjectiveVerbs = (adjective: string, vocabulary: ReadonlySet<string> | undefined): string[] => {
  if (!vocabulary || adjective.includes(' ') || canBeInfinitive(adjective)) return [];
  const syncopated = /e[lnr]$/u.test(adjective) ? `${adjective.slice(0, -2).replace(/(\p{L})\1$/u, '$1')}${adjective.slice(-1)}e` : null;
  // The vocabulary holds stems, and a stem drops the -e («tilbud» + e → «tilbud»): a verb stemmed as its adjective is no verb found.
  const adjectiveStem = analyze(adjective).join(' ');
  return [syncopated ?? `${adjective}e`].filter((verb) => analyze(verb).join(' ') !== adjectiveStem && occursInVocabulary(verb, vocabulary));
};

/** Words that open a noun phrase: an article, a possessive or demonstrative determiner, a quantifier. */
const DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'its',
  'their',
  'his',
  'her',
  'our',
  'your',
  'this',
  'that',
  'these',
  'those',
  'each',
  'every',
  'any',
  'some',
]);

/** Whether a word opens a noun phrase: a determiner or a possessive («KS's», «municipalities'»). */
const isDeterminer = (word: Word | undefined): boolean => word !== undefined && (DETERMINERS.has(word.lower) || word.possessive === true);

/**
 * How many content words may stand between a possessive and its noun («KS' health ICT plan»): a possessive opens a noun
 * phrase that ends in a noun, where after an article two content words may already be a noun and its verb («the eSignering
 * service let …»), so one is read there («the later plan»).
 */
const POSSESSIVE_MODIFIERS = 2;

/**
 * True for a word right after a determiner or a possessive, or after one with one content word between («the later plan»),
 * or after a possessive with up to `POSSESSIVE_MODIFIERS` («KS' health ICT plan»): a noun, whatever the dictionary's entry
 * reads it as.
 */
const followsDeterminer = (words: readonly Word[], index: number): boolean => {
  for (let start = index - 1; start >= Math.max(0, index - 1 - POSSESSIVE_MODIFIERS); start -= 1) {
    const word = itemAt(words, start);
    if (isDeterminer(word) && (index - start <= 2 || word.possessive === true)) return true;
    if (ENGLISH_NOISE.has(word.lower)) return false;
  }
  return false;
};

/** The spellings the corpus writes of an English word as a noun: the word itself as a whole word, then its cognates. */
const nounSpellingsOf = (word: string, vocabulary?: ReadonlySet<string>): string[] =>
  vocabulary ? [...new Set([...(occursInVocabulary(word, vocabulary) ? [word] : []), ...cognatesIn(word, vocabulary)])] : [];

/** The verbs that only ever take an object and «to» or stand after «do»: «want», «wish», «intend» (not «plan», often a noun). */
const INTENTION_ONLY_VERBS: ReadonlySet<string> = new Set(['want', 'wish', 'intend']);
const DO_SUPPORT: ReadonlySet<string> = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't"]);
/** How far an object may stand between a verb of intention and its «to» («want the state to pay»). */
const OBJECT_WORDS = 3;

/**
 * True for «want/plan/… to» or a semi-modal before «to» at `index`; and for a verb of intention that takes an object before
 * its «to» («What does KS want the state to do …») or stands after «do» («Does KS want …?»): the verb, never the noun «want»
 * (FreeDict's «mangel», a lack).
 */
const isModalLike = (words: readonly Word[], index: number): boolean => {
  const word = itemAt(words, index).lower;
  const intention = englishLemmas(word).some((form) => INTENTION_VERBS.has(form));
  if (words[index + 1]?.lower === 'to') return SEMI_MODALS.has(word) || intention;
  if (!englishLemmas(word).some((form) => INTENTION_ONLY_VERBS.has(form))) return false;
  const objectThenTo = words.slice(index + 2, index + 2 + OBJECT_WORDS).some((next) => next.lower === 'to');
  const afterDo = words.slice(Math.max(0, index - 3), index).some((previous) => DO_SUPPORT.has(previous.lower));
  return objectThenTo || afterDo;
};

/**
 * True for a quantity noun after a question word («what share said …», «how many percent use …») or between an article and
 * «of» («the number of»).
 */
const isQuantityFrame = (words: readonly Word[], index: number): boolean => {
  if (!QUANTITY_NOUNS.has(itemAt(words, index).lower) || index === 0) return false;
  const before = itemAt(words, index - 1).lower;
  const howMany = before === 'many' && words[index - 2]?.lower === 'how';
  return howMany || QUESTION_DETERMINERS.has(before) || (ARTICLES.has(before) && words[index + 1]?.lower === 'of');
};

/**
 * True for the adjective or adverb right after «how» («how common», «how big», «how long», «how widespread»): it asks for a
 * degree (a share, a size, a time), which the answer gives as a figure, often without the word, as «hvor vanlig» does. The
 * frame of the question, like «how many»; «how much faster» is not touched («much» stands between).
 */
const isDegreeFrame = (words: readonly Word[], index: number): boolean =>
  index > 0 && itemAt(words, index - 1).lower === 'how' && !ENGLISH_NOISE.has(itemAt(words, index).lower);

/** An English -ed form of three letters or more: a past tense or past participle, or an adjective spelled like one. */
const ED_FORM = /..ed$/u;

/** The perfect auxiliaries («have received», «has launched», «had used»). */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['have', 'has', 'had', 'having']);
/** How far back the auxiliary may stand, past function words and adverbs («have they not yet received»). */
const AUXILIARY_REACH = 3;

/**
 * True for an -ed word after a perfect auxiliary («How many have received grants?»), with only function words or adverbs
 * between: the verb's past participle, never the adjective a dictionary may list for the same spelling («received» →
 * «generell», as in «received wisdom»; «managed» → «slutt»). English grammar.
 */
const isPerfectParticiple = (words: readonly Word[], index: number): boolean => {
  if (!ED_FORM.test(itemAt(words, index).lower)) return false;
  for (let back = index - 1; back >= Math.max(0, index - AUXILIARY_REACH); back -= 1) {
    const previous = itemAt(words, back).lower;
    if (PERFECT_AUXILIARIES.has(previous)) return true;
    if (!ENGLISH_NOISE.has(previous) && !ASPECT_ADVERBS.has(previous) && !/ly$/u.test(previous)) return false;
  }
  return false;
};

/**
 * The readings of a past participle used as an adjective before its noun («a shared record system», «the connected
 * sensors»): an -ed word between a determiner (or «what», «which», «one») and a content word. English makes adjectives of
 * past participles without a change, and the dictionaries list some such adjectives as headwords of their own («shared» →
 * «felles»); word by word the participle is read by its verb's base form («share» → «dele»), another word class. Not -ing
 * forms: before a noun they are mostly the first part of a compound («steering group», «managing director»), whose
 * pivot-only readings of the form name other things («managing» → «spennende»).
 * The readings are those a pivot route gives the form itself (`EnglishDictionary.uncertain`), only for a form no direct entry
 * holds; undefined when the word is no attributive participle or the form has none.
 */
const attributiveParticipleReadings = (words: readonly Word[], index: number, dictionary: EnglishDictionary | null): readonly string[] | undefined => {
  const word = itemAt(words, index);
  const before = words[index - 1];
  const after = words[index + 1];
  if (!ED_FORM.test(word.lower) || before === undefined || after === undefined) return undefined;
  const opensPhrase = isDeterminer(before) || QUESTION_DETERMINERS.has(before.lower) || before.lower === 'one';
  if (!opensPhrase || ENGLISH_NOISE.has(after.lower) || PARTICLES.has(after.lower) || HAS_DIGIT.test(after.raw)) return undefined;
  if (lookup(word.lower, dictionary) !== undefined) return undefined;
  return dictionary?.uncertain?.get(word.lower);
};

/** A perfect participle as the base form of its verb that has an entry («received» → «receive»), if any. */
const asVerbBase = (word: Word, dictionary: EnglishDictionary | null): Word | undefined => {
  const base = englishLemmas(word.lower)
    .slice(1)
    .find((form) => lookup(form, dictionary) !== undefined);
  return base === undefined ? undefined : { ...word, raw: base, lower: base };
};

/**
 * The translations of an English -ed form (a past tense or past participle: «was picked», «have saved») read by its verb's base
 * form («pick» → «valg», «velge»): only the verbs among them («velge»), when there are any. English makes no noun of a verb
 * with -ed, so a noun translation of the base form («valg», a choice; «redning» of «save») is another word class. A Norwegian
 * noun that is also its verb's stem stays: one whose present tense in -er is a finite verb form (`finiteVerb`: «bruker» of
 * «bruk», «svarer» of «svar»). A form with an entry of its own («shared» → «felles», «elected» → «valgt») is read by that
 * entry, not here; without the finite verb forms nothing is left out.
 */
const verbsOfPastForm = (
  written: Word,
  translations: readonly string[],
  dictionary: EnglishDictionary | null,
  finiteVerb: ((word: string) => boolean | null) | undefined,
): readonly string[] => {
  if (finiteVerb === undefined || !ED_FORM.test(written.lower) || lookup(written.lower, dictionary) !== undefined) return translations;
  const verbs = translations.filter((translation) => canBeInfinitive(translation) || finiteVerb(`${translation}er`) !== false);
  return verbs.length > 0 ? verbs : translations;
};

/** Adverb particles of English phrasal verbs. */
const PARTICLES: ReadonlySet<string> = new Set(['up', 'out', 'off', 'down']);

interface Word {
  raw: string;
  lower: string;
  sentenceStart: boolean;
  /** Written with a possessive «'s» («KS's»), which `raw` leaves out. */
  possessive?: true;
  /** A cardinal written in words, as the English wrote it («twenty-four»); `raw` is then the bokmål numeral («tjuefire»). */
  numeral?: string;
  /** A hyphenated word read as a whole through the translations a pivot route gives it (`hyphenatedWhole`). */
  whole?: readonly string[];
}

/**
 * An English cardinal written as one word («sixteen», «sixty», «twenty-four») read as the bokmål numeral of its value
 * («seksten», «seksti», «tjuefire»), so that the question states the number as a Norwegian one does: word by word a hyphened
 * cardinal became two numbers («twenty» → «tjue», «four» → «fire»: 20 and 4) and a word no dictionary translates («sixteen»)
 * was dropped. English numerals are a closed class (`readNumberWords`); only the one-word cardinals bokmål writes in one word.
 */
const asNumeral = (word: Word): Word => {
  const mentions = readNumberWords(word.raw, 'en');
  const [mention] = mentions;
  if (mentions.length !== 1 || mention?.kind !== 'cardinal' || mention.start !== 0 || mention.end !== word.raw.length) return word;
  const numeral = norwegianCardinal(mention.value);
  return numeral ? { ...word, raw: numeral, lower: numeral, numeral: word.raw } : word;
};

/** A capitalised word inside a sentence: a proper noun such as Altinn, Sweden or Stavanger. */
const isName = (word: Word): boolean => CAPITALISED.test(word.raw) && !word.sentenceStart;

const scanWords = (text: string): Word[] => {
  const normalized = text.normalize('NFC');
  return [...normalized.matchAll(WORD_PATTERN)].map((match) => {
    const raw = match[0].replace(POSSESSIVE, '');
    const before = normalized.slice(0, match.index);
    // «KS's», and «KS'», «municipalities'», whose apostrophe stands after the word matched.
    const after = normalized.slice((match.index ?? 0) + match[0].length);
    const possessive = (raw !== match[0] && /['’]s$/u.test(match[0])) || /^['’](?!\p{L})/u.test(after) ? { possessive: true as const } : {};
    return { raw, lower: raw.toLowerCase(), sentenceStart: before.trim() === '' || SENTENCE_END.test(before), ...possessive };
  });
};

/** The word and the singular or base forms it may stand for: `municipalities` → `municipality`. */
export const englishLemmas = (word: string): string[] => {
  const forms = [word];
  if (word.length > 4 && word.endsWith('ies')) forms.push(`${word.slice(0, -3)}y`);
  if (word.length > 3 && word.endsWith('es')) forms.push(word.slice(0, -2));
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) forms.push(word.slice(0, -1));
  if (word.length > 4 && word.endsWith('ing')) forms.push(word.slice(0, -3), `${word.slice(0, -3)}e`);
  if (word.length > 4 && word.endsWith('ied')) forms.push(`${word.slice(0, -3)}y`);
  if (word.length > 3 && word.endsWith('ed')) forms.push(word.slice(0, -2), word.slice(0, -1));
  if (word.length > 5 && /([^aeiou])\1(?:ed|ing)$/u.test(word)) forms.push(word.replace(/.(?:ed|ing)$/u, ''));
  return forms;
};

/** The glossary always; the dictionary only when `useDictionary` (its phrases may be idioms: `there be`). */
const lookup = (key: string, dictionary: EnglishDictionary | null, useDictionary = true): readonly string[] | undefined => {
  const variants = key.includes('-') ? [key, key.replaceAll('-', ''), key.replaceAll('-', ' ')] : [key];
  for (const variant of variants) {
    const found = englishGlossary.get(variant) ?? (useDictionary ? dictionary?.entries.get(variant) : undefined);
    if (found) return found;
  }
  return undefined;
};

/** Translations of the phrase made of `words`, trying base forms of its last word. */
const lookupPhrase = (words: readonly Word[], dictionary: EnglishDictionary | null): readonly string[] | undefined => {
  const head = words.slice(0, -1).map((word) => word.lower);
  // A dictionary phrase that starts or ends with a function word is an idiom, not a search term.
  const first = words[0];
  const final = words[words.length - 1];
  if (!first || !final) return undefined;
  const useDictionary = !ENGLISH_NOISE.has(first.lower) && !ENGLISH_NOISE.has(final.lower);
  for (const last of englishLemmas(final.lower)) {
    const found = lookup([...head, last].join(' '), dictionary, words.length === 1 || useDictionary);
    if (found) return found;
  }
  // A verb with its particle («ended up», «carried out»): the verb's base form.
  if (words.length === 2 && useDictionary) {
    for (const verb of englishLemmas(first.lower).slice(1)) {
      const found = dictionary?.entries.get(`${verb} ${final.lower}`);
      if (found) return found;
    }
  }
  return undefined;
};

const chooseTranslations = (translations: readonly string[], vocabulary?: ReadonlySet<string>): readonly string[] => {
  if (!vocabulary) return translations;
  const known = translations.filter((translation) => occursInVocabulary(translation, vocabulary));
  if (known.length > 0) return known;
  // None occurs as a whole word: those that end compounds of the corpus («alarm» of «trygghetsalarm»), else the first.
  const inCompounds = translations.filter((translation) => occursInCompounds(translation, vocabulary));
  return inCompounds.length > 0 ? inCompounds : translations.slice(0, 1);
};

type WordOutcome = { kind: 'keep'; text: string; uncertain?: readonly string[] } | { kind: 'drop' } | { kind: 'translate'; translations: readonly string[] };

/** The uncertain translations of a word the corpus does not write, by the word or a base form of it. */
const uncertainOf = (word: string, dictionary: EnglishDictionary | null, vocabulary?: ReadonlySet<string>): readonly string[] | undefined => {
  if (!dictionary?.uncertain || !vocabulary || occursInVocabulary(word, vocabulary)) return undefined;
  for (const form of englishLemmas(word)) {
    const found = dictionary.uncertain.get(form);
    if (found) return found;
  }
  return undefined;
};

/**
 * Spellings the corpus uses for a word the dictionaries lack, alone or as the last part of a compound as the dictionary's
 * translations are kept: a loan or shared word («programme» → «program», «contract» → «kontrakt», «catalogue» → «katalog»
 * of «datakatalogen»).
 */
const cognatesIn = (word: string, vocabulary?: ReadonlySet<string>): string[] => {
  if (!vocabulary) return [];
  const found = new Map<string, string>();
  for (const form of englishLemmas(word)) {
    for (const spelling of cognateSpellings(form)) {
      const key = analyze(spelling).join(' ');
      if (!found.has(key) && occursInCompounds(spelling, vocabulary)) found.set(key, spelling);
    }
  }
  // A noun in -ation whose -sjon spelling the corpus lacks: the noun of the Norwegian verb («implementering»).
  if (found.size === 0)
    for (const spelling of actionNounSpellings(word)) if (!found.has(spelling) && occursInCompounds(spelling, vocabulary)) found.set(spelling, spelling);
  return [...found.values()].slice(0, MAX_COGNATES);
};

/** English abstract nouns made from adjectives, with the adjective's ending: «safety» ← safe, «availability» ← available, «efficiency» ← efficient. */
const NOMINAL_ENDINGS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/ility$/u, ['le']],
  [/ity$/u, ['', 'e']],
  [/ty$/u, ['', 'e']],
  [/ness$/u, ['']],
  [/ency$/u, ['ent']],
  [/ancy$/u, ['ant']],
];

/** Norwegian abstract nouns made from adjectives: «sikker» → «sikkerhet», «effektiv» → «effektivitet». */
const NORWEGIAN_NOMINAL_SUFFIXES = ['het', 'itet'];

/**
 * The Norwegian abstract noun of an English abstract noun the dictionaries lack, made the same way in
 * both languages from the adjective («safety» ← safe → «sikker», «trygg» → «sikkerhet», «trygghet»);
 * only nouns the corpus uses.
 */
const abstractNounsIn = (word: string, dictionary: EnglishDictionary | null, vocabulary?: ReadonlySet<string>): string[] => {
  if (!dictionary || !vocabulary) return [];
  const found: string[] = [];
  for (const [ending, replacements] of NOMINAL_ENDINGS) {
    if (!ending.test(word)) continue;
    for (const replacement of replacements) {
      const adjective = word.replace(ending, replacement);
      if (adjective.length < 3) continue;
      for (const translation of dictionary.entries.get(adjective) ?? []) {
        if (translation.includes(' ')) continue;
        for (const suffix of NORWEGIAN_NOMINAL_SUFFIXES) {
          const noun = `${translation}${suffix}`;
          if (!found.includes(noun) && occursInVocabulary(noun, vocabulary)) found.push(noun);
        }
      }
    }
    break;
  }
  return found;
};

/** True when the dictionary's entry for the word (or a base form of it) came through the pivot, not a direct dictionary. */
const isPivotWord = (word: string, dictionary: EnglishDictionary | null): boolean => {
  const pivot = dictionary?.pivotHeadwords;
  if (!pivot || englishGlossary.has(word)) return false;
  const found = englishLemmas(word).find((form) => dictionary.entries.has(form));
  return found !== undefined && pivot.has(found);
};

/**
 * The base forms an English comparative or superlative may stand for: «faster» → fast, «wider» → wide, «easier» → easy,
 * «bigger» → big. English grammar, a closed set of endings.
 */
export const englishGradedBases = (word: string): string[] => {
  const ending = /(?:er|est)$/u.exec(word)?.[0];
  if (!ending || word.length - ending.length < 3) return [];
  const stem = word.slice(0, -ending.length);
  const bases = [stem, `${stem}e`];
  if (stem.endsWith('i')) bases.push(`${stem.slice(0, -1)}y`);
  if (/([^aeiou])\1$/u.test(stem)) bases.push(stem.slice(0, -1));
  return bases;
};

/** The corpus's forms of the Norwegian translations of the adjective an English comparative or superlative stands for. */
const gradedFormsOf = (word: string, dictionary: EnglishDictionary | null): readonly string[] | undefined => {
  const graded = dictionary?.graded;
  if (!graded) return undefined;
  for (const base of englishGradedBases(word)) {
    const forms = graded.get(base);
    if (forms) return forms;
  }
  return undefined;
};

/**
 * The adjectives an English adverb in -ly may be made from: «jointly» → joint, «newly» → new, «easily» → easy, «digitally» →
 * digital, «basically» → basic, «probably» → probable, «widely» → wide. English grammar, a closed set of endings; Norwegian
 * says such an adverb with the adjective itself («felles», «nytt»), so the adjective's translation is what is meant.
 */
export const englishAdverbBases = (word: string): string[] => {
  if (word.length < 6 || !word.endsWith('ly')) return [];
  const stem = word.slice(0, -2);
  if (word.endsWith('ily')) return [`${word.slice(0, -3)}y`, stem];
  if (word.endsWith('ally')) return [stem, word.slice(0, -4)];
  if (word.endsWith('bly')) return [`${word.slice(0, -3)}ble`];
  return [stem, `${stem}e`];
};

/** What `read` finds for the first adjective an English adverb in -ly may be made from (`englishAdverbBases`). */
const throughAdjective = (word: string, read: (adjective: string) => readonly string[] | undefined): readonly string[] | undefined => {
  for (const adjective of englishAdverbBases(word)) {
    const found = read(adjective);
    if (found) return found;
  }
  return undefined;
};

/**
 * The English simple prepositions (Quirk et al., A Comprehensive Grammar of the English Language §9.7; Huddleston and Pullum
 * ch. 7): a closed class. Those that are no function word here are searched by their translation where the texts write
 * it («through» → «gjennom», «among» → «blant»); one that no dictionary translates into a word of the texts («behind»,
 * «versus») names nothing a text could match, as a function word does, and is dropped rather than kept as written.
 */
// biome-ignore format: a word list reads best as rows of words
const ENGLISH_PREPOSITIONS: ReadonlySet<string> = new Set([
  'aboard', 'about', 'above', 'across', 'after', 'against', 'along', 'alongside', 'amid', 'amidst', 'among', 'amongst',
  'around', 'as', 'astride', 'at', 'atop', 'before', 'behind', 'below', 'beneath', 'beside', 'besides', 'between', 'beyond',
  'but', 'by', 'despite', 'down', 'during', 'except', 'for', 'from', 'in', 'inside', 'into', 'like', 'minus', 'near', 'notwithstanding',
  'of', 'off', 'on', 'onto', 'opposite', 'out', 'outside', 'over', 'past', 'per', 'plus', 'round', 'since', 'than', 'through',
  'throughout', 'till', 'to', 'toward', 'towards', 'under', 'underneath', 'unlike', 'until', 'unto', 'up', 'upon', 'versus',
  'via', 'with', 'within', 'without',
]);

/** What one word becomes when no phrase starting at it matched. */
const translateWord = (word: Word, dictionary: EnglishDictionary | null, vocabulary?: ReadonlySet<string>): WordOutcome => {
  if (HAS_DIGIT.test(word.raw)) return { kind: 'keep', text: word.raw };
  if (word.whole) return { kind: 'translate', translations: word.whole };
  const glossed = englishGlossary.get(word.lower);
  if (glossed) return { kind: 'translate', translations: glossed };
  if (ACRONYM_OR_BRAND.test(word.raw)) return { kind: 'keep', text: word.raw };
  if (isName(word)) {
    // A name the dictionary knows (Sweden → Sverige, Programme → program) is searched both ways; others stay as written.
    const translations = lookupPhrase([word], dictionary) ?? cognatesIn(word.lower, vocabulary);
    return { kind: 'translate', translations: [...translations, word.raw] };
  }
  if (ENGLISH_NOISE.has(word.lower)) return { kind: 'drop' };
  const translations = lookupPhrase([word], dictionary);
  if (translations && isPivotWord(word.lower, dictionary)) {
    // Reached through other languages: the corpus's own spelling of the word («system», «kontrakt») first, the pivot's words after.
    const own = vocabulary && occursInVocabulary(word.lower, vocabulary) ? [word.lower] : [];
    return { kind: 'translate', translations: [...new Set([...own, ...cognatesIn(word.lower, vocabulary), ...translations])] };
  }
  if (translations) return { kind: 'translate', translations };
  const graded = gradedFormsOf(word.lower, dictionary);
  if (graded) return { kind: 'translate', translations: graded };
  // An adverb with doubtful readings of its own («mainly» → hovedsakelig) keeps them rather than its adjective's («main» → hoved).
  const adverbial = uncertainOf(word.lower, dictionary, vocabulary)
    ? undefined
    : throughAdjective(word.lower, (adjective) => dictionary?.entries.get(adjective));
  if (adverbial) return { kind: 'translate', translations: adverbial };
  const nouns = abstractNounsIn(word.lower, dictionary, vocabulary);
  if (nouns.length > 0) return { kind: 'translate', translations: nouns };
  const cognates = cognatesIn(word.lower, vocabulary);
  if (cognates.length > 0) return { kind: 'translate', translations: cognates };
  if (ENGLISH_PREPOSITIONS.has(word.lower)) return { kind: 'drop' };
  // «annually» → annual → «årlig»: the adjective's doubtful readings, for an adverb with none of its own.
  const uncertain =
    uncertainOf(word.lower, dictionary, vocabulary) ?? throughAdjective(word.lower, (adjective) => uncertainOf(adjective, dictionary, vocabulary));
  return uncertain ? { kind: 'keep', text: word.lower, uncertain } : { kind: 'keep', text: word.lower };
};

/** The longest phrase of two or more words starting at `index` that has an entry, if any. */
const matchPhrase = (
  words: readonly Word[],
  index: number,
  dictionary: EnglishDictionary | null,
): { length: number; translations: readonly string[] } | undefined => {
  for (let length = Math.min(MAX_PHRASE_WORDS, words.length - index); length >= 2; length -= 1) {
    const phrase = words.slice(index, index + length);
    if (phrase.some((word) => HAS_DIGIT.test(word.raw))) continue;
    const translations = lookupPhrase(phrase, dictionary);
    if (translations) return { length, translations };
  }
  return undefined;
};

/**
 * The translations of a hyphenated word as a whole that only a pivot route gives (`EnglishDictionary.uncertain`), under
 * the word as written, joined («shortterm», as dictd indexes FreeDict's «short-term») or spaced. A hyphenated compound is
 * one lexical item («short-term» = «kortsiktig»), far less ambiguous than its parts («short» + «term» = «kort» + «vilkår»),
 * so its pivot translations are read as translations of the whole before it is split.
 */
const hyphenatedWhole = (word: string, dictionary: EnglishDictionary | null): readonly string[] | undefined => {
  for (const variant of [word, word.replaceAll('-', ''), word.replaceAll('-', ' ')]) {
    for (const form of englishLemmas(variant)) {
      const found = dictionary?.uncertain?.get(form);
      if (found) return found;
    }
  }
  return undefined;
};

/**
 * Hyphenated words are read as a whole first: by an entry of their own (as written, joined or spaced, `lookup`), then by
 * their pivot translations (`hyphenatedWhole`). Only a word no dictionary holds as a whole is translated part by part.
 */
const splitUnknownHyphenated = (words: Word[], dictionary: EnglishDictionary | null): Word[] =>
  words.flatMap((word) => {
    if (!word.lower.includes('-') || ACRONYM_OR_BRAND.test(word.raw) || isName(word)) return [word];
    if (lookupPhrase([word], dictionary)) return [word];
    const whole = hyphenatedWhole(word.lower, dictionary);
    if (whole) return [{ ...word, whole }];
    return word.raw.split('-').map((part, index) => ({
      raw: part,
      lower: part.toLowerCase(),
      sentenceStart: word.sentenceStart && index === 0,
    }));
  });

/** One English word or phrase of a question and the Norwegian search words it became. */
export interface TranslatedTerm {
  /** The English as written (a phrase's words joined by spaces). */
  source: string;
  /** One word kept as written, or the translations chosen: alternatives for the same English word, best first. */
  norwegian: readonly string[];
  /** The term frames the question («what share of») rather than naming what it asks about: searched, not required. */
  frame?: true;
  /** For English words written apart and read as the one compound the corpus writes, the Norwegian words it joins. */
  parts?: readonly string[];
}

type PlacedTerm = TranslatedTerm & PlacedTranslation & { uncertain?: readonly string[] };

/**
 * Each term kept as written that has uncertain translations takes those `near` finds beside the other terms' words; a term
 * none of them meets stays as written.
 */
const resolveUncertain = (terms: readonly PlacedTerm[], near: NearWords | undefined): PlacedTerm[] =>
  terms.map((term) => {
    const { uncertain, ...rest } = term;
    // A frame («how many percent») names no topic: its doubtful readings are not searched.
    if (term.frame) return rest;
    if (!uncertain) return term;
    const others = terms.filter((other) => other !== term && !other.frame && !other.uncertain).flatMap((other) => other.norwegian);
    const chosen = near && others.length > 0 ? near(uncertain, others) : [];
    return chosen.length > 0 ? { ...rest, norwegian: chosen, joinable: true } : rest;
  });

/** Two adjacent terms read as the one Norwegian compound the corpus writes for them. */
const mergeTerms = (first: PlacedTerm, second: PlacedTerm, compounds: string[], parts: string[]): PlacedTerm => ({
  source: `${first.source} ${second.source}`,
  norwegian: compounds,
  parts,
  start: first.start,
  end: second.end,
  joinable: true,
});

/** The words English puts between a head noun and its «of» complement («use of ICT», «the exchange of the information»). */
const OF_LINKS: ReadonlyArray<readonly string[]> = [['of'], ['of', 'the']];

/** How many words after `index` make an «of» link (`OF_LINKS`), 0 when none does. */
const ofLinkAt = (words: readonly Word[], index: number): number =>
  Math.max(0, ...OF_LINKS.filter((link) => link.every((word, offset) => words[index + offset]?.lower === word)).map((link) => link.length));

/**
 * English «A of B» where Norwegian writes the compound «BA», modifier first: «exchange of information» =
 * «informasjonsutveksling», «development of services» = «tjenesteutvikling», «use of ICT» = «IKT-bruk», «safety of patients»
 * = «pasientsikkerhet». Two translated terms with only «of» (or «of the») between them are read as that compound when the
 * corpus writes it (`corpusCompounds`, B's translation first); it keeps the words it joins, as `joinCorpusCompounds` does.
 * Other terms are returned as they are.
 */
const joinOfCompounds = (terms: readonly PlacedTerm[], words: readonly Word[], vocabulary: ReadonlySet<string> | undefined): PlacedTerm[] => {
  if (!vocabulary) return [...terms];
  const joined: PlacedTerm[] = [];
  for (const term of terms) {
    const head = joined[joined.length - 1];
    const link = head ? ofLinkAt(words, head.end) : 0;
    if (head?.joinable && term.joinable && link > 0 && head.end + link === term.start) {
      const compounds = corpusCompounds(term.norwegian, head.norwegian, vocabulary);
      const [chosen] = compounds;
      if (chosen) {
        const between = words.slice(head.end, term.start).map((word) => word.raw);
        joined[joined.length - 1] = {
          source: [head.source, ...between, term.source].join(' '),
          norwegian: compounds.map((found) => found.compound),
          parts: [chosen.head, chosen.tail],
          start: head.start,
          end: term.end,
          joinable: true,
        };
        continue;
      }
    }
    joined.push(term);
  }
  return joined;
};

/** Two adjacent terms read as one «sam-» compound the corpus writes («co governance» → «samstyring»): one word, no parts. */
const mergeSamTerms = (first: PlacedTerm, second: PlacedTerm, compounds: string[]): PlacedTerm => ({
  source: `${first.source} ${second.source}`,
  norwegian: compounds,
  start: first.start,
  end: second.end,
  joinable: true,
});

/**
 * Rewrites an English question as Norwegian search words, term by term: phrases first (`health
 * network` → `helsenett`), then words, through the domain glossary and then the dictionary (which may
 * be null). Numbers, acronyms and proper nouns (KS, IKT, NAV, Altinn) stay as written; function words
 * are dropped. With a vocabulary (stems of the corpus), only translations that occur in it are kept
 * when there are any, and a word without a translation is also searched by the spellings of it the
 * corpus uses («contract» → «kontrakt»); other words without a translation are kept. Adjacent words
 * whose translations make a compound the corpus writes are read as that compound («architecture
 * principles» → «arkitekturprinsipp»), which keeps the words it joins (`parts`); so are «A of B» («exchange of
 * information» → «informasjonsutveksling», `joinOfCompounds`) and «co-» or «together» with the prefix «sam-» («samstyring»,
 * «samarbeid», `joinSamPrefix`). A word the corpus does not write, with translations a single pivot route reaches
 * (`uncertain`), takes those of them `near` finds beside the question's other words. With the Norwegian finite verb forms
 * (`finiteVerb`), an -ed form keeps only the verbs among its base form's translations (`verbsOfPastForm`).
 */
export const translateQueryTerms = (
  text: string,
  dictionary: EnglishDictionary | null,
  vocabulary?: ReadonlySet<string>,
  near: NearWords | undefined = nearWordsOf(dictionary),
  finiteVerb?: (word: string) => boolean | null,
): TranslatedTerm[] => {
  const words = splitUnknownHyphenated(scanWords(text).map(asNumeral), dictionary);
  const terms: PlacedTerm[] = [];
  let index = 0;
  while (index < words.length) {
    // «supposed to», «meant to»: a semi-modal says what Norwegian says with «skal» or «kan».
    // «wants to», «plans to»: an intention verb says what Norwegian says with «vil».
    const numeral = itemAt(words, index).numeral;
    if (numeral !== undefined) {
      terms.push({ source: numeral, norwegian: [itemAt(words, index).raw], start: index, end: index + 1, joinable: false });
      index += 1;
      continue;
    }
    if (isModalLike(words, index)) {
      // The verb and its «to»; a verb with an object before its «to» (or none) is dropped alone, the object stays.
      index += words[index + 1]?.lower === 'to' ? 2 : 1;
      continue;
    }
    if (isDistributiveAt(words, index)) {
      terms.push({ source: itemAt(words, index).raw, norwegian: [NORWEGIAN_DISTRIBUTIVE], frame: true, start: index, end: index + 1, joinable: false });
      index += 1;
      continue;
    }
    if (ASPECT_ADVERBS.has(itemAt(words, index).lower) || isPossessiveOwn(words, index) || isNamedHoldersView(words, index)) {
      index += 1;
      continue;
    }
    const adverbial = timeAdverbialAt(words, index);
    if (adverbial > 0) {
      index += adverbial;
      continue;
    }
    const preposition = complexPrepositionAt(words, index);
    if (preposition > 0) {
      index += preposition;
      continue;
    }
    const phrase = matchPhrase(words, index, dictionary);
    if (phrase) {
      const source = words.slice(index, index + phrase.length).map((word) => word.raw);
      const placed = { start: index, end: index + phrase.length, joinable: true };
      terms.push({ source: source.join(' '), norwegian: chooseTranslations(phrase.translations, vocabulary), ...placed });
      index += phrase.length;
      continue;
    }
    const written = itemAt(words, index);
    // «RHFs», «GPs»: an English plural of an abbreviation is searched as the abbreviation.
    const word = PLURAL_ABBREVIATION.test(written.raw) ? { ...written, raw: written.raw.slice(0, -1), lower: written.lower.slice(0, -1) } : written;
    // «hook up», «find out»: the particle of a phrasal verb the dictionaries lack carries no search content.
    if (PARTICLES.has(word.lower) && index > 0 && !ENGLISH_NOISE.has(itemAt(words, index - 1).lower) && !HAS_DIGIT.test(itemAt(words, index - 1).raw)) {
      index += 1;
      continue;
    }
    const participleBase = isPerfectParticiple(words, index) ? asVerbBase(word, dictionary) : undefined;
    // An attributive participle with one reading of its own is read by it; with several, its question's other words choose
    // among them (`resolveUncertain`), and its verb's reading stays when they meet none.
    const attributive = participleBase ? undefined : attributiveParticipleReadings(words, index, dictionary);
    const ownReading = attributive?.length === 1 ? attributive : undefined;
    const read: WordOutcome = ownReading ? { kind: 'translate', translations: ownReading } : translateWord(participleBase ?? word, dictionary, vocabulary);
    const translated: WordOutcome =
      read.kind === 'translate' && !ownReading && !isName(word)
        ? { kind: 'translate', translations: verbsOfPastForm(word, read.translations, dictionary, finiteVerb) }
        : read;
    // A verb after an infinitive «to» whose translations are all nouns («hook» → «problem») is kept as written.
    // An adjective in a verb's place («help secure», «to secure» → «sikker») is read as the verb it makes («sikre»).
    const madeVerbs =
      translated.kind === 'translate' && inVerbPlace(words, index) && !translated.translations.some(canBeInfinitive)
        ? translated.translations.flatMap((adjective) => adjectiveVerbs(adjective, vocabulary))
        : [];
    const onlyNouns =
      madeVerbs.length === 0 && translated.kind === 'translate' && followsInfinitiveTo(words, index) && !translated.translations.some(canBeInfinitive);
    // A noun after a determiner or a possessive («the plan», «KS's later plan») whose translations are all verbs
    // («planlegge»): the noun the corpus writes in the English spelling or a cognate of it («plan») is read too.
    const verbsOnly =
      translated.kind === 'translate' && !onlyNouns && followsDeterminer(words, index) && translated.translations.every(canBeInfinitive)
        ? nounSpellingsOf(word.lower, vocabulary).filter((noun) => !translated.translations.includes(noun))
        : [];
    const outcome: WordOutcome = onlyNouns
      ? { kind: 'keep', text: word.lower }
      : madeVerbs.length > 0
        ? { kind: 'translate', translations: madeVerbs }
        : verbsOnly.length > 0 && translated.kind === 'translate'
          ? { kind: 'translate', translations: [...translated.translations, ...verbsOnly] }
          : translated;
    const isFrame = isQuantityFrame(words, index) || isDegreeFrame(words, index);
    const frame = isFrame ? { frame: true as const } : {};
    // A name joins no compound, but an abbreviation, kept or translated, does: Norwegian writes it as the first part of a
    // hyphenated compound where English writes two words («ICT companies» = «IKT-selskap», «OECD countries» = «OECD-land»,
    // «PLO system» = «PLO-system»). As for other words, only a compound the corpus writes is made (`joinCorpusCompounds`).
    const abbreviation = ACRONYM_OR_BRAND.test(word.raw);
    const joinable = (outcome.kind === 'translate' || abbreviation) && !isFrame && (abbreviation || !isName(word));
    const placed = { start: index, end: index + 1, joinable };
    // Translations kept out of the search (not written alone, or doubtful) may still make a compound the corpus writes.
    const partOnly =
      isFrame || (isName(word) && !abbreviation)
        ? []
        : outcome.kind === 'translate'
          ? outcome.translations
          : outcome.kind === 'keep'
            ? (outcome.uncertain ?? [])
            : [];
    const compoundOnly = partOnly.length > 0 ? { compoundOnly: partOnly } : {};
    if (outcome.kind === 'keep')
      terms.push({
        source: word.raw,
        norwegian: [outcome.text],
        ...frame,
        ...placed,
        ...compoundOnly,
        ...(outcome.uncertain && !isFrame ? { uncertain: outcome.uncertain } : {}),
      });
    if (outcome.kind === 'translate') {
      const ownReadings = attributive && !ownReading && !isFrame ? { uncertain: attributive } : {};
      terms.push({ source: word.raw, norwegian: chooseTranslations(outcome.translations, vocabulary), ...frame, ...placed, ...compoundOnly, ...ownReadings });
    }
    index += 1;
  }
  const strip = ({ start: _start, end: _end, joinable: _joinable, uncertain: _uncertain, compoundOnly: _compoundOnly, ...term }: PlacedTerm): TranslatedTerm =>
    term;
  // «co-» and «together» belong to the one word they stand by, so they join it before that word joins others.
  const prefixed = joinSamPrefix(resolveUncertain(terms, near), vocabulary, mergeSamTerms);
  return joinCorpusCompounds(joinOfCompounds(prefixed, words, vocabulary), vocabulary, mergeTerms).map(strip);
};

/** The Norwegian search words of translated terms, each once, in order. */
export const searchWordsOf = (terms: readonly TranslatedTerm[]): string => [...new Set(terms.flatMap((term) => term.norwegian))].join(' ');

/** `translateQueryTerms` as one line of Norwegian search words. */
export const translateQuery = (text: string, dictionary: EnglishDictionary | null, vocabulary?: ReadonlySet<string>): string =>
  searchWordsOf(translateQueryTerms(text, dictionary, vocabulary));
