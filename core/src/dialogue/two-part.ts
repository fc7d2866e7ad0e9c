/**
 * A question that asks two things at once («Hvem eier KS Digital, og når ble selskapet
 * etablert?», «Hvem opprettet RO, og når?»): split where a second question word opens a new
 * clause after «og»/«and» — perhaps after a preposition: «…, og fra hvilken dato …», «…, og siden når?», «…, and by whom?», after an adverb of condition: «…, og i så fall når?» —,
 * or where a second question opens a sentence of its own after a question that asks for something («Når åpnet
 * Tolkeportalen? Hvem drifter tjenesten?»), so each part can be answered with its own sentences and citations.
 */
const questionWord =
  '(?:hva|hvem|når|hvor|hvilke[nt]?|hvordan|hvorfor|kva|kven|kor|kvar|korleis|kvifor|korfor|what|who|whom|whose|when|where|which|how|why)\\b';
/** Prepositions a second question word may stand after («og fra hvilken dato», «og siden når», «and by whom», «and since when»). */
const preposition =
  '(?:fra|frå|til|i|på|med|for|av|siden|sidan|etter|innen|innan|før|om|hos|ved|under|from|since|in|on|at|to|with|by|for|after|before|until|about|within)';
/** An adverb that may stand between «og» and the second question («…, og i så fall når?», «…, and if so, who?»). */
const condition = '(?:(?:i så fall|i tilfelle|eventuelt|også|if so|in that case|also),?\\s+)?';
const secondQuestion = new RegExp(`,?\\s+(?:og|and)\\s+(?=${condition}(?:${preposition}\\s+)?${questionWord})`, 'iu');
/** A second sentence that asks («…? Hvem drifter tjenesten?», «…? Og når?», «…? Since when?»). */
const secondSentence = new RegExp(`(?<=\\?)\\s+(?:(?:og|and)\\s+)?(?=(?:${preposition}\\s+)?${questionWord})`, 'iu');
/**
 * A first question that asks for something: it opens with a question word. A yes/no question followed by one
 * («Is it true that ID-porten gives access to more than four thousand services? From how many agencies?») asks the
 * second about the fact the first states, and is left whole.
 */
const asksFor = new RegExp(`^(?:(?:${preposition}\\s+)?${questionWord})`, 'iu');

export interface QuestionParts {
  first: string;
  second: string;
}

const parts = (question: string, match: RegExpExecArray): QuestionParts | null => {
  const first = question.slice(0, match.index).trim();
  const second = question.slice(match.index + match[0].length).trim();
  if (first.split(/\s+/u).length < 3 || second.length === 0) return null;
  return { first: /[?]$/u.test(first) ? first : `${first}?`, second: /[?]$/u.test(second) ? second : `${second}?` };
};

/** The two parts, or null for a question that asks one thing. Both parts must say something. */
export const splitTwoPart = (question: string): QuestionParts | null => {
  const match = secondQuestion.exec(question);
  if (match) {
    const split = parts(question, match);
    return split && { ...split, second: split.second.replace(new RegExp(`^${condition}`, 'iu'), '') };
  }
  const sentence = secondSentence.exec(question);
  // Two questions, each a sentence of its own, when the first asks for something (not a scene and its question: that is a preamble).
  if (!sentence || !asksFor.test(question.trim())) return null;
  // Only the first two: a third question stays with the second.
  return parts(question, sentence);
};
