/**
 * A sentence that opens by giving the cause of what the sentence before it says («Årsakene kan være knytt til …», «Grunnen
 * er …», «Dette skyldes …», «Det kjem av …», «The reason is …», «This is because …»): it answers why for that sentence,
 * whose words it does not repeat. A cause word among the first words, where it refers back; one further in («… på grunn av
 * …») gives the cause of the sentence's own claim. A closed class of the language (bokmål, nynorsk, English), written out as
 * the other answer kinds are (`answer-type.ts`).
 *
 * @module
 */

/** A cause word (a compound's head too: «Hovudårsaka», «hovedgrunnen») within the first four words of a sentence. */
const causeOpening =
  /^\s*(?:[^\s]+\s+){0,3}?(?:\p{L}*(?:årsak\p{L}*|grunnen|grunnene|grunnane|grunnar|grunner)|bakgrunnen|skyldes|skuldast|(?:kommer|kjem)\s+av|because|reasons?|due\s+to|owing\s+to)(?!\p{L})/iu;

/** Whether a sentence opens by giving a cause (of what the sentence before it says). */
export const opensWithCause = (sentence: string): boolean => causeOpening.test(sentence);
