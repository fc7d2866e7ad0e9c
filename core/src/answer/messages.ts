import { analyzeWithOffsets } from '../analysis';
import { carriedStrength } from '../retrieval/evidence';
import type { AnswerLanguage } from '../retrieval/language';
import type { PreparedQuery } from '../retrieval/query';
import type { RankedChunk } from '../retrieval/retriever';
import type { AnswerType } from './answer-type';
import { yesNoVerdict } from '../dialogue/yes-no';

/**
 * What the assistant says in its own words, in the question's language (quotes stay as written). A yes/no question the texts do
 * not decide is told so in yes/no terms («Dokumentene sier ikke …», issue 11), as its answers open with «Ja –» or «Nei –».
 */
export const abstentionText = (language: AnswerLanguage, yesNo = false): string =>
  yesNo
    ? {
        nb: 'Dokumentene sier ikke om det er slik. De nærmeste passasjene er listet som mulig relevante.',
        nn: 'Dokumenta seier ikkje om det er slik. Dei næraste passasjane er lista som mogleg relevante.',
        en: 'The documents do not say whether this is so. The closest passages are listed as possibly related.',
      }[language]
    : {
        nb: 'Jeg finner ikke svar på dette i dokumentene. De nærmeste passasjene er listet som mulig relevante.',
        nn: 'Eg finn ikkje svar på dette i dokumenta. Dei næraste passasjane er lista som mogleg relevante.',
        en: 'I could not find an answer to this in the documents. The closest passages are listed as possibly related.',
      }[language];

/** Said before the quotes of an answer: English answers quote Norwegian documents. */
export const answerLead = (language: AnswerLanguage): string => (language === 'en' ? 'From the Norwegian documents: ' : '');

const typeWords: Record<AnswerLanguage, Record<AnswerType, string>> = {
  nb: { amount: 'hvor mye', count: 'hvor mange', time: 'når', who: 'hvem', person: 'hvem' },
  nn: { amount: 'kor mykje', count: 'kor mange', time: 'når', who: 'kven', person: 'kven' },
  en: { amount: 'how much', count: 'how many', time: 'when', who: 'who', person: 'who' },
};

const listWords = (words: string[], language: AnswerLanguage): string => {
  const quoted = words.map((word) => `«${word}»`);
  if (quoted.length <= 1) return quoted.join('');
  const and = language === 'en' ? 'and' : 'og';
  return `${quoted.slice(0, -1).join(', ')} ${and} ${quoted.at(-1)}`;
};

/**
 * The question's words, as the user wrote them, that the closest passage does or does not carry
 * (at most three, rarest first is not needed: the user's order reads best). A compound the passage meets by its modifier only
 * (`carriedStrength`) is not carried: «hjelpemidler» does not mention «hjelpemiddelformidlingen».
 */
const questionWords = (query: PreparedQuery, passage: RankedChunk | undefined, carried: boolean): string[] => {
  const words: string[] = [];
  const stems = new Set(query.terms.stems);
  // English questions are matched through their translation; name the translated words.
  const source = query.language === 'en' ? query.text : query.original;
  for (const term of analyzeWithOffsets(source)) {
    if (!stems.has(term.stem) || term.kind === 'part') continue;
    const index = query.terms.stems.indexOf(term.stem);
    const present = passage ? carriedStrength(term.stem, query.terms.words?.[index], passage.chunk.terms) > 0 : false;
    const surface = source.slice(term.start, term.end);
    if (present === carried && !words.includes(surface)) words.push(surface);
    if (words.length === 3) break;
  }
  return words;
};

/**
 * Why the assistant did not answer, in plain words and the question's language: the kind of fact
 * asked for that no passage states («Dokumentene nevner «DigiFin», men ikke hvor mye»), or the
 * question's words that no passage carries.
 */
export const abstentionReason = (
  query: PreparedQuery,
  closest: RankedChunk | undefined,
  type: AnswerType | null,
  typeStated: boolean,
  language: AnswerLanguage,
): string => {
  if (!closest || query.terms.stems.length === 0) {
    return {
      nb: 'Ingen passasje i dokumentene handler om dette.',
      nn: 'Ingen passasje i dokumenta handlar om dette.',
      en: 'No passage in the documents is about this.',
    }[language];
  }
  const carried = questionWords(query, closest, true);
  const missing = questionWords(query, closest, false);
  if (type !== null && !typeStated && carried.length > 0) {
    const asked = typeWords[language][type];
    return {
      nb: `Dokumentene nevner ${listWords(carried, language)}, men sier ikke ${asked}.`,
      nn: `Dokumenta nemner ${listWords(carried, language)}, men seier ikkje ${asked}.`,
      en: `The documents mention ${listWords(carried, language)}, but do not say ${asked}.`,
    }[language];
  }
  if (missing.length > 0) {
    return {
      nb: `Den nærmeste passasjen nevner ikke ${listWords(missing, language)}.`,
      nn: `Den næraste passasjen nemner ikkje ${listWords(missing, language)}.`,
      en: `The closest passage does not mention ${listWords(missing, language)}.`,
    }[language];
  }
  return {
    nb: 'De nærmeste passasjene nevner ordene i spørsmålet, men ingen setning svarer på det.',
    nn: 'Dei næraste passasjane nemner orda i spørsmålet, men ingen setning svarar på det.',
    en: 'The closest passages mention the words of the question, but no sentence answers it.',
  }[language];
};

/** How sure the assistant must be before it says «Ja»/«Nei» rather than only quoting. */
const yesNoConfidence = 0.6;

/**
 * The opening of an answer to a yes/no question: «Ja –» or «Nei –» when the assistant is sure and
 * the quoted sentence decides the question (`yesNoVerdict`: it carries what was asked and affirms or
 * denies it), else only that the documents say the following.
 * `carried`: the share of the question's own words the sentence carries (`ownWordsCarried`); `subjectCarried`: whether it carries
 * the question's subject (`askedSubject`).
 */
export const yesNoLead = (query: PreparedQuery, sentence: string, confidence: number, carried = 1, subjectCarried = true): string => {
  const language = query.language;
  const read = confidence < yesNoConfidence ? 'open' : yesNoVerdict(query.original, sentence, carried, language === 'en');
  // A «Ja» needs the question's subject in the sentence (`askedSubject`); a denial is often put in other words, so «Nei» does not.
  const verdict = read === 'yes' && !subjectCarried ? 'open' : read;
  if (verdict === 'open') return { nb: 'Dokumentene sier dette: ', nn: 'Dokumenta seier dette: ', en: 'The Norwegian documents say: ' }[language];
  if (verdict === 'no') return { nb: 'Nei – ', nn: 'Nei – ', en: 'No – the Norwegian documents say: ' }[language];
  return { nb: 'Ja – ', nn: 'Ja – ', en: 'Yes – the Norwegian documents say: ' }[language];
};
