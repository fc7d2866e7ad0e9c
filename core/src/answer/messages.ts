import type { AnswerLanguage } from '../retrieval/language';

/** What the assistant says when the documents do not answer, in the question's language. */
export const abstentionText = (language: AnswerLanguage): string =>
  ({
    nb: 'Jeg finner ikke svar på dette i dokumentene. De nærmeste passasjene er listet som mulig relevante.',
    nn: 'Eg finn ikkje svar på dette i dokumenta. Dei næraste passasjane er lista som mogleg relevante.',
    en: 'I could not find an answer to this in the documents. The closest passages are listed as possibly related.',
  })[language];
