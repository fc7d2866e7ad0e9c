import { englishEvidenceWords } from './english-function-words';

/** Norwegian (bokmål and nynorsk) function words that English questions do not contain. */
// biome-ignore format: a word list reads best as rows of words
const NORWEGIAN_EVIDENCE = new Set([
  'og', 'er', 'det', 'som', 'en', 'et', 'ei', 'ikke', 'skal', 'hva', 'hvordan', 'hvilke', 'hvilken',
  'hvem', 'hvor', 'hvorfor', 'når', 'kva', 'korleis', 'kor', 'kven', 'kvifor', 'ein', 'eit', 'ikkje',
  'av', 'på', 'til', 'med', 'fra', 'frå', 'om', 'har', 'kan', 'vil', 'må', 'bør', 'blir', 'være', 'vere',
  'den', 'dei', 'seg', 'sin', 'sitt', 'også', 'eller', 'etter', 'ved', 'innen', 'mellom', 'gjennom',
  'sier', 'mener', 'finnes', 'bli', 'ble', 'vart', 'vert', 'noe', 'noko', 'mange', 'mye', 'mykje',
]);

const WORD = /[\p{L}']+/gu;
const NORWEGIAN_LETTERS = /[æøåÆØÅ]/u;

/**
 * True when the text reads as English by its function words: at least two English function words (or
 * one in a short text) and more English than Norwegian evidence. Words with æ, ø or å count as
 * Norwegian. A bare term (`broadband`) carries no evidence either way and gives false.
 */
export const isLikelyEnglish = (text: string): boolean => {
  const words = (text.normalize('NFC').toLowerCase().match(WORD) ?? []).map((word) => word.replace(/'.*$/u, ''));
  let english = 0;
  let norwegian = 0;
  for (const word of words) {
    if (englishEvidenceWords.has(word)) english += 1;
    if (NORWEGIAN_EVIDENCE.has(word) || NORWEGIAN_LETTERS.test(word)) norwegian += 1;
  }
  if (english <= norwegian) return false;
  return english >= 2 || (english === 1 && words.length <= 3);
};
