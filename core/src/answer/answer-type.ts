/**
 * What kind of fact a question asks for, from its question words: an amount, a count or share,
 * a time, or a who. A passage that carries the question's terms but states no fact of that kind
 * does not answer it («hva koster …» needs an amount, «når …» a year).
 */
export type AnswerType = 'amount' | 'count' | 'time' | 'who';

const patterns: Array<[AnswerType, RegExp]> = [
  ['amount', /\b(hvor mye|kor mykje|hva kost\p{L}*|kva kost\p{L}*|how much|what does .+ cost|hvor store? (?:beløp|sum)|kor stort? beløp)\b/iu],
  ['count', /\b(hvor mange|kor mange|how many|hvor stor (?:andel|del)|kor stor (?:del|prosent)|what (?:share|percentage|proportion)|hvor mange prosent)\b/iu],
  // «når» is a question word only where the question starts with it; inside a sentence it means «when/if».
  ['time', /^\s*(når|kor tid|innen når|when|by when)\b|\b(hvilket år|kva år|which year)\b/iu],
  ['who', /^\s*(hvem|kven|who)\b|\b(hva het\p{L}*|kva heit\p{L}*)\b/iu],
];

/** The first kind asked for, in the order the question asks it («Hvem opprettet …, og når?» asks who). */
export const answerTypeOf = (question: string): AnswerType | null => {
  let first: { type: AnswerType; at: number } | null = null;
  for (const [type, pattern] of patterns) {
    const match = pattern.exec(question);
    if (match && (!first || match.index < first.at)) first = { type, at: match.index };
  }
  return first?.type ?? null;
};

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
