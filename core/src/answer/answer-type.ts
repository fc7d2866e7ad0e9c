/**
 * What kind of fact a question asks for, from its question words: an amount, a count or share,
 * a time, or a who. A passage that carries the question's terms but states no fact of that kind
 * does not answer it («hva koster …» needs an amount, «når …» a year).
 */
export type AnswerType = 'amount' | 'count' | 'time' | 'who';

const patterns: Array<[AnswerType, RegExp]> = [
  ['amount', /\b(hvor mye|kor mykje|hva kost\p{L}*|kva kost\p{L}*|how much|what does .+ cost|hvor store? (?:beløp|sum)|kor stort? beløp)\b/iu],
  ['count', /\b(hvor mange|kor mange|how many|hvor stor (?:andel|del)|kor stor (?:del|prosent)|what (?:share|percentage|proportion)|hvor mange prosent)\b/iu],
  ['time', /\b(når|kor tid|innen når|hvilket år|kva år|which year|when|by when)\b/iu],
  ['who', /\b(hvem|kven|who|hva het\p{L}*|kva heit\p{L}*)\b/iu],
];

export const answerTypeOf = (question: string): AnswerType | null => patterns.find(([, pattern]) => pattern.test(question))?.[0] ?? null;

const hasNumber = /\p{N}/u;
const amountWords = /\b(kroner|kr|mill\p{L}*|mrd|milliard\p{L}*|prosent)\b|%/iu;
const countWords = /\b(alle|ingen|halvparten|flertall\p{L}*|fleirtal\p{L}*|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tjue|hundre|tusen)\b/iu;
const year = /\b(19|20)\d{2}\b/;
/** A capitalised word that does not start the sentence, or an acronym: a name of a person or body. */
const name = /(?<=\S\s+)\p{Lu}\p{L}+|\b\p{Lu}{2,}\b/u;

export const statesAnswerType = (text: string, type: AnswerType): boolean => {
  switch (type) {
    case 'amount':
      return hasNumber.test(text) && amountWords.test(text);
    case 'count':
      return hasNumber.test(text) || countWords.test(text);
    case 'time':
      return year.test(text);
    case 'who':
      return name.test(text);
  }
};
