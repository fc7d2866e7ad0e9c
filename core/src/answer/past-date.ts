/**
 * A when-question about what is to come («Når skal utvalget levere …?», «Kva tid skal strategien vere ferdig?», «When will the
 * plan be finished?») is not answered by a sentence whose date belongs to an event already past («I januar 2019 la regjeringen
 * frem …», «… har blitt gitt en formell rolle … i februar 2020»): it tells when something else happened. A present tense beside
 * the date passes, for Norwegian writes the future in the present («lanserer … tidlig i 2020»).
 *
 * The tense of the verb that holds the date is read from the index's language data: Apertium's finite verbs (`finiteVerb`, the
 * forms it reads as present or past) and the lemma tables (`lemmasOf`), with the shapes of the Norwegian tenses: a present ends
 * in «-r» (or «-s» in the passive), a weak past in «-te», «-de», «-et», a strong past is a finite form of another lemma
 * without either («la» of «legge», «ga» of «gi»); a perfect is «har» with a participle, «hadde» on its own. Regular expressions
 * over the closed classes (the modals and auxiliaries), as the other answer kinds (`target-time.ts`, `goal-reached.ts`).
 *
 * @module
 */

/** A question word of time right before a modal of the future, bokmål, nynorsk and English (after an opening conjunction). */
const futureWhen =
  /^\P{L}*(?:(?:og|and|men|but|so)\s+)?(?:når|kor\s+tid|kva\s+tid|when|(?:i\s+|in\s+)?(?:hvilket|kva|which|what)\s+år|(?:in\s+)?(?:what|which)\s+year)\s+(?:skal|vil|kommer|will|shall)(?!\p{L})/iu;

/** Whether a question asks when a thing is to happen: «Når skal …», «Kva tid vil …», «When will …». */
export const asksFutureWhen = (question: string): boolean => futureWhen.test(question);

/** Modals and the future's auxiliaries: a date beside one is a plan's, not a past event's. */
const modal = /^(?:skal|skulle|vil|ville|kan|kunne|må|måtte|bør|burde|kommer|kjem|will|shall|would|should|can|could|may|might|must)$/iu;
/** Auxiliaries of the past on their own: «hadde», «ble», «vart», English «was», «did». */
const pastAuxiliary = /^(?:hadde|ble|blei|vart|var|was|were|had|did)$/iu;
/** The perfect's auxiliary in the present: past only with a participle after it. */
const perfectAuxiliary = /^(?:har|has|have)$/iu;
/** A participle of the perfect: «blitt», «vært», «been», or a non-finite form ending as a participle of another lemma («gitt», «levert»). */
const participleShape = /(?:t|d|en|ed)$/iu;
const weakPast = /(?:et|te|de|dde|ets|tes|des)$/iu;
const presentShape = /(?:r|s)$/iu;
/**
 * A preposition, an article or a possessive: the word after one is a noun, not a finite verb, though it may be spelt as one
 * («i arbeidet», «med rådet», «sitt arbeid»).
 */
const nounBefore =
  /^(?:i|på|av|med|til|for|om|fra|frå|etter|under|ved|mot|hos|over|gjennom|innen|innan|mellom|uten|utan|en|ei|et|eit|ein|sitt|sin|si|sine|mitt|min|vårt|vår|våre|hans|hennes|deres|dets|denne|dette|disse|of|the|a|an|in|on|by|with)$/iu;

const year = /^(?:19|20)\d{2}$/u;

export interface TenseReader {
  finiteVerb: (word: string) => boolean | null;
  lemmasOf: (word: string) => readonly string[];
}

type Tense = 'past' | 'present';

const wordsOf = (sentence: string): string[] =>
  sentence
    .replace(/(\p{N})[-–](\p{N})/gu, '$1 $2')
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter((word) => word.length > 0);

/** Whether `word` is a participle: «blitt», «vært», «been», or a form no finite reading has, ending as a participle, of another lemma. */
const isParticiple = (word: string, reader: TenseReader): boolean =>
  /^(?:blitt|vorte|vært|vore|been)$/u.test(word) ||
  (reader.finiteVerb(word) === false && participleShape.test(word) && reader.lemmasOf(word).some((lemma) => lemma !== word));

/** The tense of a finite verb at `index`, or null when the word is no verb of either. */
const tenseAt = (words: readonly string[], index: number, reader: TenseReader): Tense | null => {
  const word = words[index] ?? '';
  if (modal.test(word)) return 'present';
  if (pastAuxiliary.test(word)) return 'past';
  if (perfectAuxiliary.test(word)) return words.slice(index + 1, index + 4).some((next) => isParticiple(next, reader)) ? 'past' : 'present';
  if (reader.finiteVerb(word) !== true || nounBefore.test(words[index - 1] ?? '')) return null;
  if (weakPast.test(word)) return 'past';
  if (presentShape.test(word)) return 'present';
  return reader.lemmasOf(word).some((lemma) => lemma !== word) ? 'past' : null;
};

/**
 * Whether a sentence dates only past events: each year it writes is held by a past verb (the nearest finite verb
 * before it, or, when none is, the first after it: «I januar 2019 la regjeringen frem …»), and at least one is. A year with
 * no verb read either way is left aside. Years only: a day or a month alone («ultimo april», «23. januar») most often dates
 * what is to come, after a participle that reads as a weak past («med forventet leveranse ultimo april»).
 */
export const datesOnlyPast = (sentence: string, reader: TenseReader): boolean => {
  const words = wordsOf(sentence);
  let past = false;
  for (const [at, word] of words.entries()) {
    if (!year.test(word)) continue;
    let tense: Tense | null = null;
    for (let index = at - 1; index >= 0 && tense === null; index -= 1) tense = tenseAt(words, index, reader);
    for (let index = at + 1; index < words.length && tense === null; index += 1) tense = tenseAt(words, index, reader);
    if (tense === 'present') return false;
    if (tense === 'past') past = true;
  }
  return past;
};
