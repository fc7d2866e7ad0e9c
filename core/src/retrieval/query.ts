import { analyze, translateQuery, type EnglishDictionary } from '../analysis';
import { extractNumbers, stemPairs, type QueryTerms } from './evidence';
import { detectLanguage, type AnswerLanguage } from './language';
import { answerBearing } from './question-frame';

/** A question made ready for retrieval: English is translated to Norwegian terms first. */
export interface PreparedQuery {
  original: string;
  /** What the lexical and dense sides search with. */
  text: string;
  language: AnswerLanguage;
  terms: QueryTerms;
}

/**
 * An English word the translation had to leave as it was (lowercase, unknown to the corpus) says
 * nothing about whether the documents cover the question; a name («Sweden», «Microsoft») does.
 */
const untranslated = (stem: string, original: string, language: AnswerLanguage, vocabulary?: ReadonlySet<string>): boolean => {
  if (language !== 'en' || !vocabulary || vocabulary.has(stem)) return false;
  const lowercaseWords = original.match(/(?<![\p{L}])\p{Ll}[\p{L}'’-]*/gu) ?? [];
  return lowercaseWords.some((word) => analyze(word).includes(stem));
};

export const prepareQuery = (question: string, english: EnglishDictionary | null, vocabulary?: ReadonlySet<string>): PreparedQuery => {
  const original = question.normalize('NFC').trim();
  const language = detectLanguage(original);
  const text = language === 'en' ? translateQuery(original, english, vocabulary) : original;
  const ordered = answerBearing(analyze(text)).filter((stem) => !untranslated(stem, original, language, vocabulary));
  return { original, text, language, terms: { stems: [...new Set(ordered)], numbers: [...new Set(extractNumbers(original))], pairs: [...new Set(stemPairs(ordered))] } };
};
