import { isLikelyEnglish, isNynorskSpelling, type WordLanguages } from '../analysis';

/** The language to answer in: English, nynorsk or (by default) bokmål. */
export type AnswerLanguage = 'nb' | 'nn' | 'en';

/** Words that are nynorsk and never bokmål. */
// biome-ignore format: a word list reads best as rows of words
const nynorskWords = new Set([
  'kva', 'korleis', 'kven', 'kvifor', 'korfor', 'ikkje', 'eg', 'frå', 'noko', 'nokon', 'berre',
  'òg', 'eit', 'vere', 'vert', 'mykje', 'desse', 'sjå', 'kvar', 'dei', 'heile',
]);
/** Words that are bokmål and never nynorsk. */
// biome-ignore format: a word list reads best as rows of words
const bokmalWords = new Set([
  'hva', 'hvordan', 'hvem', 'hvorfor', 'hvor', 'hvilken', 'hvilke', 'hvilket', 'ikke', 'jeg', 'fra', 'noe', 'noen',
  'bare', 'også', 'mye', 'mer', 'flere', 'disse', 'være', 'hele', 'helt', 'uten', 'mens', 'derfor',
]);
/** Nynorsk's definite plural of nouns in -ar (kommunane; bokmål writes kommunene). */
const definitePlural = /ane$/u;
/** Inflections typical of nynorsk: kommunane, utfordringar, tenester, sjukehus, nasjonale føringar. */
const nynorskForm = /(?:ane|ar|inga|leg|lege)$|^tenest|^sjuk/u;

const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/**
 * Whether a Norwegian question is marked as nynorsk by a nynorsk function word or two nynorsk inflections: the narrower
 * reading under which the query weighs nynorsk words by their lemmas (measured so; reading more questions as nynorsk
 * there lost tune c139#1).
 */
export const markedNynorsk = (text: string): boolean => {
  const words = wordsOf(text);
  return words.some((word) => nynorskWords.has(word)) || words.filter((word) => word.length > 4 && nynorskForm.test(word)).length >= 2;
};

/**
 * Whether a question leans nynorsk without being marked so: some word carries a nynorsk inflection or spelling
 * (`nynorskForm`, `isNynorskSpelling`: kommunar, tenester) while no word is bokmål's own. Too weak to read a question
 * on its own as nynorsk (bokmål has words in -ar: ansvar), enough to keep a nynorsk conversation's language.
 */
export const leansNynorsk = (text: string): boolean => {
  const words = wordsOf(text);
  return !words.some((word) => bokmalWords.has(word)) && words.some((word) => isNynorskSpelling(word) || (word.length > 4 && nynorskForm.test(word)));
};

/**
 * A follow-up's language: its own, unless that is bokmål by default while the conversation speaks another: a short
 * follow-up (four words or fewer) is too vague to tell, and one that leans nynorsk (`leansNynorsk`) keeps a nynorsk
 * conversation's language.
 */
export const followUpLanguage = (question: string, own: AnswerLanguage, conversation: AnswerLanguage): AnswerLanguage => {
  if (own !== 'nb') return own;
  if (question.split(/\s+/u).length <= 4) return conversation;
  return conversation === 'nn' && leansNynorsk(question) ? 'nn' : own;
};

/**
 * The question's language, to answer and refuse in; `lexicon` lets English content words count (see `isLikelyEnglish`).
 * Nynorsk when `markedNynorsk`, or when nynorsk spellings (`isNynorskSpelling`: kor, fleire, innan, løysing) and
 * definite plurals in -ane outnumber bokmål's own words: a bokmål question may name a nynorsk title.
 */
export const detectLanguage = (text: string, lexicon?: WordLanguages): AnswerLanguage => {
  if (isLikelyEnglish(text, lexicon)) return 'en';
  if (markedNynorsk(text)) return 'nn';
  const words = wordsOf(text);
  const nynorsk = words.filter((word) => isNynorskSpelling(word) || (word.length > 5 && definitePlural.test(word))).length;
  return nynorsk > words.filter((word) => bokmalWords.has(word)).length ? 'nn' : 'nb';
};
