import type { AnswerLanguage } from '../retrieval/language';
import { answerLeadIn } from '../dialogue/answer-subject';
import { answerLead } from './messages';
import type { ChatResponse, SearchResult } from '../schemas';

/**
 * One answer from the answers to the two parts of a question: the citations of both, each
 * passage once and renumbered in order; a part the documents do not answer is named as such.
 */
const notAnswered: Record<AnswerLanguage, (part: string) => string> = {
  nb: (part) => `Dokumentene svarer ikke på «${part}».`,
  nn: (part) => `Dokumenta svarar ikkje på «${part}».`,
  en: (part) => `The documents do not answer «${part}».`,
};

/** The sentence `notAnswered` says of a refused part, in any of the answer languages, with the space after it. */
const refusedPart = /(?:Dokumentene svarer ikke på|Dokumenta svarar ikkje på|The documents do not answer) «[^»]*»\.\s*/gu;

/**
 * A combined answer without its sentences about refused parts: what a follow-up leans on is what the documents said, not the
 * assistant's note that they said nothing about a part (whose words, «Dokumentene», are no subject or topic of the next question).
 */
export const withoutRefusedParts = (answer: string): string => answer.replace(refusedPart, '').trim();

export const combineAnswers = (parts: Array<{ question: string; response: ChatResponse }>, language: AnswerLanguage): ChatResponse => {
  const answered = parts.filter((part) => !part.response.abstained);
  const first = parts[0]?.response;
  if (!first) throw new RangeError('combineAnswers needs at least one part');
  if (answered.length === 0) return { ...first, confidence: Math.max(...parts.map((part) => part.response.confidence ?? 0)) };
  const citations: SearchResult[] = [];
  const quoted = new Set<string>();
  const texts = parts.map(({ question, response }, index) => {
    if (response.abstained) return notAnswered[language](question.replace(/[?]$/u, ''));
    const renumber = response.citations.map((citation) => {
      const existing = citations.findIndex((known) => known.chunkId === citation.chunkId);
      if (existing >= 0) {
        const known = citations[existing];
        if (known) known.highlights = [...(known.highlights ?? []), ...(citation.highlights ?? [])];
        return existing + 1;
      }
      citations.push({ ...citation, highlights: [...(citation.highlights ?? [])] });
      return citations.length;
    });
    // The English lead-in («From the Norwegian documents:») is said once, before the first part.
    const text = index > 0 && response.answer.startsWith(answerLead(language)) ? response.answer.slice(answerLead(language).length) : response.answer;
    // Each quoted sentence once: a sentence the first part already gave is not repeated.
    const sentences = text.match(/[^[]+\[\d+\]/gu) ?? [text];
    return sentences
      .filter((sentence) => {
        const key = sentence.replace(/\[\d+\]/gu, '').trim();
        if (quoted.has(key)) return false;
        quoted.add(key);
        return true;
      })
      .join('')
      .trim()
      .replace(/\[(\d+)\]/gu, (_marker, number: string) => `[${renumber[Number(number) - 1] ?? number}]`);
  });
  const confidences = answered.map((part) => part.response.confidence ?? 0);
  return {
    // A part answered only by sentences an earlier part quoted adds no text of its own.
    answer: texts.filter((text) => text.length > 0).join(' '),
    citations,
    abstained: false,
    related: [],
    reason: '',
    language,
    confidence: Number((confidences.reduce((sum, value) => sum + value, 0) / parts.length).toFixed(3)),
  };
};

/**
 * A second part's answer that opens with a sentence the first part's answer already quoted: that sentence alone (with its
 * citation), which the combined answer does not repeat; null when it opens with a sentence of its own.
 */
export const alreadyQuoted = (response: ChatResponse, firstAnswer: string): ChatResponse | null => {
  if (response.abstained) return null;
  const opening = /^([^[]+)\[(\d+)\]/u.exec(response.answer.replace(answerLeadIn, '').trim());
  const citation = opening ? response.citations[Number(opening[2]) - 1] : undefined;
  const sentence = opening?.[1]?.trim() ?? '';
  if (!citation || sentence.length === 0 || !firstAnswer.includes(sentence)) return null;
  return { ...response, answer: `${sentence} [1]`, citations: [citation] };
};
