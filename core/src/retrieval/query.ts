import { analyze, translateQuery, type EnglishDictionary } from '../analysis';
import { extractNumbers, type QueryTerms } from './evidence';
import { detectLanguage, type AnswerLanguage } from './language';

/** A question made ready for retrieval: English is translated to Norwegian terms first. */
export interface PreparedQuery {
  original: string;
  /** What the lexical and dense sides search with. */
  text: string;
  language: AnswerLanguage;
  terms: QueryTerms;
}

export const prepareQuery = (question: string, english: EnglishDictionary | null, vocabulary?: ReadonlySet<string>): PreparedQuery => {
  const original = question.normalize('NFC').trim();
  const language = detectLanguage(original);
  const text = language === 'en' ? translateQuery(original, english, vocabulary) : original;
  return {
    original,
    text,
    language,
    terms: { stems: [...new Set(analyze(text))], numbers: [...new Set(extractNumbers(original))] },
  };
};
