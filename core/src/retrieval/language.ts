import { isLikelyEnglish, type WordLanguages } from '../analysis';

/** The language to answer in: English, nynorsk or (by default) bokmål. */
export type AnswerLanguage = 'nb' | 'nn' | 'en';

/** Words that are nynorsk and never bokmål. */
// biome-ignore format: a word list reads best as rows of words
const nynorskWords = new Set([
  'kva', 'korleis', 'kven', 'kvifor', 'korfor', 'ikkje', 'eg', 'frå', 'noko', 'nokon', 'berre',
  'òg', 'eit', 'vere', 'vert', 'mykje', 'desse', 'sjå', 'kvar', 'dei', 'heile',
]);
/** Inflections typical of nynorsk: kommunane, utfordringar, tenester, sjukehus, nasjonale føringar. */
const nynorskForm = /(?:ane|ar|inga|leg|lege)$|^tenest|^sjuk/u;

/** The question's language; `lexicon` lets English content words count (see `isLikelyEnglish`). */
export const detectLanguage = (text: string, lexicon?: WordLanguages): AnswerLanguage => {
  if (isLikelyEnglish(text, lexicon)) return 'en';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((word) => nynorskWords.has(word))) return 'nn';
  return words.filter((word) => word.length > 4 && nynorskForm.test(word)).length >= 2 ? 'nn' : 'nb';
};
