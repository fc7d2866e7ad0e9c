import { analyzeWithOffsets, type WordKnowledge } from '../analysis';
import { matchStrength, statedNumbers } from '../retrieval/evidence';
import { termSetOf } from '../retrieval/indexed-chunk';
import type { AnswerLanguage } from '../retrieval/language';
import { abstentionText } from '../answer/messages';
import type { ChatResponse } from '../schemas';
import type { Turn } from './dialogue-state';
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
  return missing.length === 0 ? response : refusedFor(response, wordsFor(resolved, missing), resolved.prepared.language, resolved.yesNo);
};

/** The answer refused, its citations listed as related, with the reason naming what the passages do not mention. */
const refusedFor = (response: ChatResponse, missing: string[], language: AnswerLanguage, yesNo = false): ChatResponse => ({
  ...response,
  answer: abstentionText(language, yesNo),
  citations: [],
  abstained: true,
  related: response.citations,
  reason: switchReason(missing, language),
  confidence: 0,
});

const isYear = (number: string): boolean => /^(?:1[89]|20)\d{2}$/u.test(number);

/**
 * The years a follow-up newly asks about («og i 2018?», «Kva var delen i 2015?», «og året før?» read as a year): the years of
 * its reading that none of the last turns (as bounded) names. The last question's frame stays, so what it asks is the same fact
 * of another year.
 */
export const newYears = (resolved: ResolvedQuestion, turns: readonly Turn[]): string[] => {
  if (resolved.kind !== 'ellipsis' && resolved.kind !== 'reference') return [];
  const heard = new Set(turns.flatMap((turn) => statedNumbers(`${turn.question} ${turn.answer}`)));
  return [...new Set(resolved.prepared.terms.numbers)].filter((number) => isYear(number) && !heard.has(number) && !namesOnly(resolved.interpreted, number));
};

/**
 * Whether a year stands in a text only as part of a name, right after a word with a capital inside it or a capitalised word
 * inside the sentence («eKommune 2009», «ifølge Samspill 2008»): it names a plan, not the year asked about.
 */
export const namesOnly = (text: string, year: string): boolean => {
  const places = [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${year}(?![\\p{L}\\p{N}])`, 'gu'))];
  return (
    places.length > 0 &&
    places.every((place) => {
      const before = text.slice(0, place.index).trimEnd();
      const word = /([\p{L}\p{N}@-]+)$/u.exec(before)?.[1] ?? '';
      return /\p{Lu}/u.test(word.slice(1)) || (/^\p{Lu}/u.test(word) && before.length > word.length);
    })
  );
};

/**
 * A follow-up that switches to a year of its own (`newYears`) is answered only when a passage the answer cites states that
 * year (in its text or heading) or is of that year: a near miss quotes the same fact of the year the texts do give, or the
 * new year in another topic, and is refused with the reason that names the year, the passages listed as related.
 */
export const keepsYear = (years: readonly string[], response: ChatResponse): ChatResponse => {
  if (response.abstained || years.length === 0) return response;
  const stated = new Set(
    response.citations.flatMap((citation) => [...statedNumbers(`${citation.heading} ${citation.text}`), ...(citation.year ? [String(citation.year)] : [])]),
  );
  const missing = years.filter((year) => !stated.has(year));
  return missing.length === 0 ? response : refusedFor(response, missing, response.language);
};
