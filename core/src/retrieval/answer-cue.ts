import { analyze } from '../analysis/analyze';
import {
  answerTypeOf,
  measureAsked,
  signingVerbPattern,
  unitAsked,
  statesAnswerType,
  statesMeasure,
  timeFrameOf,
  yearsIn,
  type AnswerType,
  type Measure,
} from '../answer/answer-type';
import { asksForAddress, statesAddress } from '../answer/contact-address';
import type { TermSet } from './evidence';
import type { PreparedQuery } from './query';

/**
 * Whether a sentence states a fact of the kind the question asks for that the question does not
 * already give: a when-question is answered by a year it does not name, a how-many or how-much
 * question by a number it does not state (in digits or words). A sentence that only repeats the
 * question's own years or numbers carries its topic, not its answer; nor, for ranking, does one that
 * only says «flere», «mange» or «de fleste» («Omtrent hvor mange kommuner …» is asked for a number;
 * tune split: a factor of 0.3–0.5 on such sentences, against 1 before, R@1 87.7 → 88.6 %, MRR 0.910
 * → 0.915; 0.6 and above change nothing). The answer side still accepts such a sentence when no
 * passage states a number. Who-questions are left out: their answer is as
 * often a body named by a common noun («helse- og omsorgstjenesten», «kommunen») as a name, so a
 * check for names misjudges them (measured: no gain on the tune split, answers lost in conversations); nor are
 * questions for the holder of a role (`person`), which the answer side checks.
 */
export const givesNewAnswer = (
  sentence: { text: string; terms: Pick<TermSet, 'numbers'> },
  type: Exclude<AnswerType, 'who' | 'person'>,
  query: PreparedQuery,
): boolean => {
  const { text, terms } = sentence;
  if (!statesAnswerType(text, type, undefined, terms.numbers)) return false;
  const askedNumbers = new Set(query.terms.numbers);
  const years = yearsIn(text);
  if (type === 'time') return years.some((year) => !askedNumbers.has(year)) || (years.length === 0 && !asksYear(query));
  // A year dates a fact; it is not the amount or count asked for («hvor mye raskere» is not answered by «i perioden 2026-2029»).
  return [...terms.numbers].some((number) => !askedNumbers.has(number) && !years.includes(number));
};

/** The time frame names the year («Hvilket år …», «Kva år …», «In which year …»): only a year answers it, not «12 millioner per år» or «i juni». */
const asksYear = (query: PreparedQuery): boolean => /(?<!\p{L})(?:år|years?)(?!\p{L})/iu.test(timeFrameOf(query.original) ?? '');

// Definitions are read by one implementation for retrieval and the answer (core/src/answer/definition.ts).
export { acronymOf, definitionFocus, givesDefinition } from '../answer/definition';

const signingVerbs = new RegExp(String.raw`(?<!\p{L})(${signingVerbPattern})(?!\p{L})`, 'iu');

/**
 * The words of a question asking who signed a letter or note («Hvem har underskrevet …?», «Kven
 * skreiv under …?», «Who signed …?»), or null. Norwegian letters close with «Med hilsen» and the
 * signatories' names, so the question is searched by that formula rather than by the verb, which
 * the closing never uses. Only a question asking who (`answerTypeOf`: a body or a person) asks for signatories: one
 * asking what or how of signing («Kva for ei felles løysing har det offentlege for å skrive under digitalt?», «… en felles
 * innloggings- og signeringsportal …») asks of a service, which a letter's closing never names.
 */
export const signingWords = (question: string): string | null => {
  const verb = signingVerbs.exec(question)?.[1] ?? null;
  if (verb === null) return null;
  const type = answerTypeOf(question);
  return type === 'who' || type === 'person' ? verb : null;
};

/** The closing formula of a Norwegian letter, searched for in place of a signing verb. */
export const letterClosing = 'hilsen';

/** The closing formula's stems, as a sentence's terms hold them. */
const closingStems = analyze(letterClosing);

/**
 * A fact a question asks for that its question word does not type, read as the answer side reads it: a measure of a degree
 * question («Hvor utbredt er …?», «How often does …?», `measureAsked`), a contact address («Kva er telefonnummeret til …?»,
 * `asksForAddress`), or the signatories of a letter («Kven skreiv under avtalen?», `signingWords`).
 */
export type AskedFact =
  /** With the question's own stems and numbers, which a measure must be new to. */
  { kind: 'measure'; measure: Measure; question: { stems: ReadonlySet<string>; numbers: ReadonlySet<string> } } | { kind: 'address' } | { kind: 'signature' };

/** The fact a question asks for beyond its answer type (`type`, from `answerTypeOf`: a typed question is read by that), or null. */
export const askedFactOf = (query: Pick<PreparedQuery, 'original' | 'terms' | 'entities'>, type: AnswerType | null): AskedFact | null => {
  if (signingWords(query.original) !== null) return { kind: 'signature' };
  if (asksForAddress(query.original)) return { kind: 'address' };
  // As the answer reads a measure: not of a question typed by its question word or by the unit it asks for («målt i årsverk»).
  if (type !== null || unitAsked(query.original) !== null) return null;
  const measure = measureAsked(query.original);
  const question = { stems: new Set([...query.terms.stems, ...query.entities]), numbers: new Set(query.terms.numbers) };
  return measure ? { kind: 'measure', measure, question } : null;
};

/**
 * Whether a sentence states the fact asked for (`askedFactOf`): a measure the question does not already hold, an address as a
 * text writes one, or the closing formula that signatures stand under.
 */
export const givesAskedFact = (sentence: { text: string; terms: Pick<TermSet, 'stems'> }, asked: AskedFact): boolean => {
  if (asked.kind === 'signature') return closingStems.some((stem) => sentence.terms.stems.has(stem));
  if (asked.kind === 'address') return statesAddress(sentence.text);
  return statesMeasure(sentence.text, asked.measure, asked.question);
};

/**
 * A question asking for several things of a kind («Hvilke tiltak …», «Kva for nokre …», «Hva slags teknologi …», «What are the
 * …»), which the texts often give as a list: rows under a line that leads them in. Not a singular «hvilken», which asks for
 * one thing, nor English «which», which may ask for either (`listQuestion` in compose.ts reads both for the quote's choice).
 */
const severalAsked = /(?<!\p{L})(?:hvilke|kva for nokre|kva slags|hva slags|what (?:are|were))(?!\p{L})/iu;

export const asksForSeveral = (question: string): boolean => severalAsked.test(question);
