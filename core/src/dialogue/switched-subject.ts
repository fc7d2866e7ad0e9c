import { analyzeWithOffsets, type WordKnowledge } from '../analysis';
import { matchStrength } from '../retrieval/evidence';
import { termSetOf } from '../retrieval/indexed-chunk';
import type { AnswerLanguage } from '../retrieval/language';
import { abstentionText } from '../answer/messages';
import type { ChatResponse } from '../schemas';
import type { ResolvedQuestion } from './follow-up';

/** The question's words as written for the stems given (names are not translated), each once. */
const wordsFor = (resolved: ResolvedQuestion, stems: readonly string[]): string[] => {
  const source = resolved.prepared.original;
  const words: string[] = [];
  for (const term of analyzeWithOffsets(source)) {
    const word = source.slice(term.start, term.end);
    if (term.kind !== 'part' && stems.includes(term.stem) && !words.includes(word)) words.push(word);
  }
  return words.length > 0 ? words : [...stems];
};

const quoted = (words: string[]): string => words.map((word) => `«${word}»`).join(', ');

const switchReason = (words: string[], language: AnswerLanguage): string =>
  ({
    nb: `Passasjene som svarer på det forrige spørsmålet, nevner ikke ${quoted(words)}.`,
    nn: `Passasjane som svarar på det førre spørsmålet, nemner ikkje ${quoted(words)}.`,
    en: `The passages that answer the previous question do not mention ${quoted(words)}.`,
  })[language];

/**
 * A follow-up that switches to a name of its own («og hvor mye har Helse Nord spart på det?» after
 * an answer about Helse Finnmark) is answered only when the answer carries that name (as a word, a
 * lemma or an acronym's other spelling): an answer about the old subject, however well it carries
 * the rest, becomes a refusal that says which name the passages lack, with them listed as related.
 */
export const keepsSwitch = (resolved: ResolvedQuestion, response: ChatResponse, knowledge?: WordKnowledge): ChatResponse => {
  const switched = resolved.switched ?? [];
  if (response.abstained || switched.length === 0) return response;
  const carried = termSetOf(response.answer.replace(/\[\d+\]/gu, ' '), knowledge);
  const { stems, words } = resolved.prepared.terms;
  const missing = switched.filter((stem) => matchStrength(stem, words?.[stems.indexOf(stem)], carried) === 0);
  if (missing.length === 0) return response;
  const language = resolved.prepared.language;
  return {
    ...response,
    answer: abstentionText(language),
    citations: [],
    abstained: true,
    related: response.citations,
    reason: switchReason(wordsFor(resolved, missing), language),
    confidence: 0,
  };
};
