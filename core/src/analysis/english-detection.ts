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
 * True when the text has a word only Norwegian writes: a Norwegian function word English questions do not contain («og»,
 * «hva»), or a word with æ, ø or å. A text without one may be English however little it shows of it («by phone?»).
 */
export const hasNorwegianEvidence = (text: string): boolean =>
  (text.normalize('NFC').toLowerCase().match(WORD) ?? []).some((word) => NORWEGIAN_EVIDENCE.has(word.replace(/'.*$/u, '')) || NORWEGIAN_LETTERS.test(word));

/**
 * What the language resources say of a lowercase content word: whether it is an English dictionary headword
 * (in some inflection) and whether it is a Norwegian word form. Without resources, no word is known to either.
 */
export interface WordLanguages {
  isEnglishWord(word: string): boolean;
  isNorwegianWord(word: string): boolean;
}

/**
 * True when the text reads as English by its function words: at least two English function words (or
 * one in a short text) and more English than Norwegian evidence. Words with æ, ø or å count as
 * Norwegian. A bare term (`broadband`) carries no evidence either way and gives false.
 *
 * With `lexicon`, a content word the English dictionary knows and the Norwegian word lists do not («maintains»,
 * «today», «open») is English evidence too, but only beside an English function word: «Who maintains Tolkeportalen
 * today?» has one function word among four and reads as English by its content words, while a Norwegian
 * question quoting English terms has Norwegian function words, and then content words do not count.
 */
export const isLikelyEnglish = (text: string, lexicon?: WordLanguages): boolean => {
  const words = (text.normalize('NFC').toLowerCase().match(WORD) ?? []).map((word) => word.replace(/'.*$/u, ''));
  let english = 0;
  let content = 0;
  let norwegian = 0;
  for (const word of words) {
    if (englishEvidenceWords.has(word)) english += 1;
    else if (lexicon && word.length > 2 && lexicon.isEnglishWord(word) && !lexicon.isNorwegianWord(word)) content += 1;
    if (NORWEGIAN_EVIDENCE.has(word) || NORWEGIAN_LETTERS.test(word)) norwegian += 1;
  }
  // English terms in a Norwegian sentence («Hvordan brukes cloud computing and open source?») are no evidence.
  if (norwegian > 0) content = 0;
  if (english + content <= norwegian || english === 0) return false;
  return english >= 2 || english + content >= 2 || words.length <= 3;
};
