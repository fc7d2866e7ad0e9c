import { isLikelyEnglish } from '../analysis';

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

export const detectLanguage = (text: string): AnswerLanguage => {
  if (isLikelyEnglish(text)) return 'en';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((word) => nynorskWords.has(word))) return 'nn';
  return words.filter((word) => word.length > 4 && nynorskForm.test(word)).length >= 2 ? 'nn' : 'nb';
};
