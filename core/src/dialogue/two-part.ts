/**
 * A question that asks two things at once («Hvem eier KS Digital, og når ble selskapet
 * etablert?», «Hvem opprettet RO, og når?»): split where a second question word opens a new
 * clause after «og»/«and» — perhaps after a preposition: «…, og fra hvilken dato …», «…, and in which year …» —, so each
 * part can be answered with its own sentences and citations.
 */
const secondQuestion =
  /,?\s+(?:og|and)\s+(?=(?:(?:fra|frå|til|i|på|med|for|av|from|since|in|on|at|to|with|by)\s+)?(?:hva|hvem|når|hvor|hvilke[nt]?|hvordan|hvorfor|kva|kven|kor|kvar|korleis|kvifor|what|who|when|where|which|how|why)\b)/iu;

export interface QuestionParts {
  first: string;
  second: string;
}

/** The two parts, or null for a question that asks one thing. Both parts must say something. */
export const splitTwoPart = (question: string): QuestionParts | null => {
  const match = secondQuestion.exec(question);
  if (!match) return null;
  const first = question.slice(0, match.index).trim();
  const second = question.slice(match.index + match[0].length).trim();
  if (first.split(/\s+/u).length < 3 || second.length === 0) return null;
  return { first: /[?]$/u.test(first) ? first : `${first}?`, second: /[?]$/u.test(second) ? second : `${second}?` };
};
