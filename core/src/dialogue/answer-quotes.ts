import { answerLeadIn } from './answer-subject';

/** How many of the last answer's quoted sentences are looked up to find the passages it quoted. */
export const maxQuotedLookups = 3;

/**
 * The quotes of a last answer as a follow-up reads it (`dialogueOf`: a reply that quoted nothing is already empty, and a reply is
 * cut to `dialogueBounds.chars`), each to be looked up for the passage it came from: the text between citation marks, the first
 * few. A reply whose first quote runs past the cut («De overordnede målene … ligger fast: …; …; … [1]», a list quoted whole) kept
 * none of its marks, and is still a quote: its cut text, looked up alone. Read as no answer, such a turn gave its follow-up no
 * passage to lean on (no near prior, no follow-up sentence factor), and the follow-up answered from elsewhere.
 */
export const answerQuotes = (answer: string): string[] =>
  answer
    .replace(answerLeadIn, '')
    .split(/\[\d+\]/u)
    .map((quote) => quote.trim())
    .filter((quote, index, all) => quote.length >= 20 && all.indexOf(quote) === index)
    .slice(0, maxQuotedLookups);
