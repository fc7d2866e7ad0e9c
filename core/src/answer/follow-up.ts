import { analyze } from '../analysis';
import type { ChatMessage } from '../schemas';

/**
 * A follow-up («og for fastlegene?», «hva med 2009?») is read in the light of the previous
 * question: its key terms are carried into retrieval, and its years are replaced by the new ones.
 */
const continuation = /^\s*(og|men|enn|hva med|kva med|hvordan med|korleis med|hva om|kva om|samme for|også|what about|and|how about)\b/iu;
const yearOrNumber = /\p{N}+(?:[.,]\p{N}+)*/gu;

export const isFollowUp = (question: string): boolean => continuation.test(question) || analyze(question).length <= 2;

export const contextualQuestion = (messages: ChatMessage[]): string => {
  const question = messages[messages.length - 1]?.content.trim() ?? '';
  const previous = [...messages.slice(0, -1)]
    .reverse()
    .find((message) => message.role === 'user')
    ?.content.trim();
  if (!previous || !isFollowUp(question)) return question;
  const carried = yearOrNumber.test(question) ? previous.replace(yearOrNumber, ' ') : previous;
  yearOrNumber.lastIndex = 0;
  return `${question} ${carried}`.replace(/\s+/g, ' ').trim();
};
