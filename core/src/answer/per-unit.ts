/**
 * An amount asked per unit of something that is not time («Hva fikk hvert bibliotek i tilskudd?», «Kor mykje kostar lisensen per elev?», «How
 * much was each library given?»): the answer is the share one unit got or pays. A sentence stating the total shared among
 * them («Fylket delte ut tre millionar kroner til 20 bibliotek») states another figure: the share is not written, and
 * dividing is the reader's guess (an equal split is seldom said). An amount per unit of time («per år», «i året») is a rate the
 * periodic adjectives read (`core/src/analysis/periodic.ts`), not this. Regular expressions over a closed class, as the other
 * answer kinds (`answer-type.ts`).
 *
 * @module
 */

const calendarUnit = /^(?:sekund|minutt|time|dag|døgn|uke|veke|måned|månad|kvartal|halvår|år|second|minute|hour|day|week|month|quarter|year)/iu;
/** A distributive before its noun: «hvert bibliotek», «kvar av biblioteka», «each of the libraries», «per elev». */
const distributive = /(?<!\p{L})(?:hver|hvert|kvar|kvart|each|per|pr\.)\s+(?:(?:enkelt|enkel|einskild|av|of)\s+)?(?:(?:the|dei|de)\s+)?(\p{L}+)/iu;

/** Whether a question asks for an amount per unit of something that is not time. */
export const asksPerUnit = (question: string): boolean => {
  const noun = distributive.exec(question)?.[1];
  return noun !== undefined && !calendarUnit.test(noun);
};

/** Words that state a figure per unit or on average («hver», «per», «i snitt», «each», «apiece», «on average», «à»). */
const perUnitStated = /(?<!\p{L})(?:hver|hvert|kvar|kvart|each|per|pr\.|apiece|à|snitt|gjennomsnitt\p{L}*|average|averages)(?!\p{L})/iu;

/** Whether a sentence states a figure per unit or on average. */
export const statesPerUnit = (sentence: string): boolean => perUnitStated.test(sentence);
