import { analyze } from '../analysis';
import { statesAnswerType, yearsIn, type AnswerType } from '../answer/answer-type';
import type { TermSet } from './evidence';
import type { PreparedQuery } from './query';

/**
 * Whether a sentence states a fact of the kind the question asks for that the question does not
 * already give: a when-question is answered by a year it does not name, a how-many or how-much
 * question by a number it does not state. A sentence that only repeats the question's own years
 * or numbers carries its topic, not its answer. Who-questions are left out: their answer is as
 * often a body named by a common noun («helse- og omsorgstjenesten», «kommunen») as a name, so a
 * check for names misjudges them (measured: no gain on the tune split, answers lost in conversations); nor are
 * questions for the holder of a role (`person`), which the answer side checks.
 */
export const givesNewAnswer = (
  sentence: { text: string; terms: Pick<TermSet, 'numbers'> },
  type: Exclude<AnswerType, 'who' | 'person'>,
  query: PreparedQuery,
): boolean => {
  const { text, terms } = sentence;
  if (!statesAnswerType(text, type, undefined, terms.numbers)) return false;
  const askedNumbers = new Set(query.terms.numbers);
  if (type === 'time') return yearsIn(text).some((year) => !askedNumbers.has(year)) || yearsIn(text).length === 0;
  return [...terms.numbers].some((number) => !askedNumbers.has(number)) || terms.numbers.size === 0;
};

/** Words that stand where a definition question's term would, but name none («Hva er forskjellen …», «What is the name …»). */
const notAFocus = /^(det|dette|den|de|dei|it|this|that|they|forskjellen|difference|name|navnet|namnet)$/iu;

/**
 * The word a definition question asks about, as written: «Hva er X?», «Kva meiner KS med X?»,
 * «Hva står X for?», «begrepet X», «What does X stand for / mean / cover?», «What is X?».
 * Null for a question that asks no definition.
 */
export const definitionFocus = (question: string): string | null => {
  const word = String.raw`['‘’«"“]?(\p{L}[\p{L}\p{N}-]*)`;
  const patterns = [
    new RegExp(
      String.raw`\b(?:menes|meinast|meiner|mener|meint|ment|mean|means|meant)\b.*?\b(?:med|by)\s+(?:begrepet\s+|omgrepet\s+|the term\s+)?${word}`,
      'iu',
    ),
    new RegExp(String.raw`\b(?:står|stand|stands)\s+${word}\s+for\b`, 'iu'),
    new RegExp(String.raw`\b(?:does|do)\s+(?:the\s+)?(?:abbreviation\s+|term\s+)?${word}['’»"”]?\s+(?:stand for|mean|cover|include|involve)\b`, 'iu'),
    new RegExp(String.raw`\b(?:begrepet|omgrepet|the term|the concept)\s+${word}`, 'iu'),
    new RegExp(String.raw`\b(?:definer\p{L}*|define[sd]?)\s+(?:\p{L}+\s+)?(?:begrepet\s+|omgrepet\s+)?${word}`, 'iu'),
  ];
  for (const pattern of patterns) {
    const found = pattern.exec(question)?.[1];
    if (found && !notAFocus.test(found)) return found;
  }
  // «Hva er X?» asks a definition when the question ends soon after X; «Hva er fristen for at …», «What is X supposed to do …» ask something else.
  const what = new RegExp(
    String.raw`^\s*(?:hva|kva|what)\s+(?:er|is|are|betyr|tyder)\s+(?:en\s+|et\s+|ein\s+|eit\s+|an?\s+|the\s+)?${word}([^?,]*)`,
    'iu',
  ).exec(question);
  const subject = what?.[1];
  if (!subject || notAFocus.test(subject)) return null;
  const rest = (what?.[2] ?? '')
    .trim()
    .split(/\s+/u)
    .filter((part) => part.length > 0);
  return rest.length <= 3 ? subject : null;
};

const definitionVerb = /^(er|var|omfatter|omfattar|betyr|tyder|defineres|definerast|innebærer|inneber|=|står)$/iu;

/**
 * Whether a sentence defines the question's focus (stems `focus`): it opens with the word and a
 * defining verb («Sikkerhet omfatter …», «Telemedisin er …», «PKI = …») or says what is meant by
 * it («Med infrastruktur forstås …», «Med ”omsorgsteknologi” menes …»).
 */
export const givesDefinition = (text: string, focus: ReadonlySet<string>): boolean => {
  const words = text
    .replace(/^[\s\p{P}\p{N}]*(?:\d+\))?/u, '')
    .split(/\s+/u)
    .map((word) => word.replace(/^[«»"”“'‘’(]+|[«»"”“'‘’),.:;]+$/gu, ''))
    .filter((word) => word.length > 0);
  const opensWith = (index: number) => analyze(words[index] ?? '').some((stem) => focus.has(stem));
  if (/^med$/iu.test(words[0] ?? '') && opensWith(1)) return words.slice(2, 7).some((word) => /^(menes|forstås|meinast|meint)$/iu.test(word));
  return opensWith(0) && words.slice(1, 5).some((word) => definitionVerb.test(word));
};

const signingVerbs =
  /(?<!\p{L})(underskrev\p{L}*|underskriv\p{L}*|underteikn\p{L}*|undertegn\p{L}*|signer\p{L}*|signed|skreiv under|skrev under|skrive under|skriv under)(?!\p{L})/iu;

/**
 * The words of a question asking who signed a letter or note («Hvem har underskrevet …?», «Kven
 * skreiv under …?», «Who signed …?»), or null. Norwegian letters close with «Med hilsen» and the
 * signatories' names, so the question is searched by that formula rather than by the verb, which
 * the closing never uses.
 */
export const signingWords = (question: string): string | null => signingVerbs.exec(question)?.[1] ?? null;

/** The closing formula of a Norwegian letter, searched for in place of a signing verb. */
export const letterClosing = 'hilsen';
