/**
 * The English translation check: for every English gold question and English conversation turn whose answer passage is
 * known, each content word of the question is followed through the query translation (`prepareQuery`'s `sources`) to the
 * gold passage, and classed by why it does or does not meet it there:
 * - `quote`: a chosen Norwegian word occurs in the gold quote (alone or as part of a compound there);
 * - `passage`: only in the text around the quote (the heading, the sentences before and after);
 * - `other-sense`: none of the chosen words occurs, but another translation the dictionaries give for the English word does
 *   (a sense left out: wrong sense chosen, or cut by the cap on translations per word);
 * - `unknown`: the word was kept as written (no translation) and the corpus does not write it;
 * - `absent`: no translation the dictionaries know occurs near the answer (the text says it another way).
 * Nothing is written to eval/data; a diagnosis, not a gate.
 *
 * @module
 */
import { analyze, englishLemmas, type PreparedQuery } from '@kildesvar/core';

export const termClasses = ['quote', 'passage', 'other-sense', 'unknown', 'absent'] as const;
export type TermClass = (typeof termClasses)[number];

/** How far around the quote the passage reaches, in characters each side (about a sentence or two, and a heading). */
export const PASSAGE_REACH = 400;

/** The words of a text, lowercase, and their stems: what a translation is looked for in. */
export interface TextWords {
  stems: ReadonlySet<string>;
  words: readonly string[];
}

export const textWords = (text: string): TextWords => ({
  stems: new Set(analyze(text)),
  words: (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length > 0),
});

/** Shortest stem looked for inside a compound of the text («helse» in «helseopplysninger»). */
const MIN_PART = 4;

/** True when the stem occurs in the text, alone or as a part of one of its compounds. */
export const stemMeets = (stem: string, text: TextWords): boolean =>
  text.stems.has(stem) || (stem.length >= MIN_PART && text.words.some((word) => word.length >= stem.length + 3 && word.includes(stem)));

const meets = (norwegian: readonly string[], text: TextWords): boolean => norwegian.some((stem) => stemMeets(stem, text));

/** The gold quote and the text around it in its seed (the quote alone when it is not found as written). */
export const passageAround = (original: string, quote: string, reach = PASSAGE_REACH): string => {
  const collapsed = original.replace(/\s+/gu, ' ');
  const at = collapsed.indexOf(quote.replace(/\s+/gu, ' '));
  if (at < 0) return quote;
  return collapsed.slice(Math.max(0, at - reach), at + quote.length + reach);
};

/** Every Norwegian translation the dictionaries know for an English word or phrase (all senses, before any choice). */
export type AllTranslations = (english: string) => readonly string[];

/** One content word of an English question and what became of it. */
export interface CheckedTerm {
  source: string;
  /** The stems searched for it. */
  stems: readonly string[];
  class: TermClass;
  /** For `other-sense`: the translations left out that occur near the answer. */
  missed?: readonly string[];
}

const HAS_DIGIT = /\p{N}/u;
/** A name or an acronym: written with a capital. */
const AS_WRITTEN = /^\p{Lu}/u;

/** Classes each translated term of an English question against the gold quote and the passage around it. */
export const checkTerms = (
  question: string,
  prepared: Pick<PreparedQuery, 'sources'>,
  quote: string,
  passage: string,
  vocabulary: ReadonlySet<string>,
  allTranslations: AllTranslations,
): CheckedTerm[] => {
  const inQuote = textWords(quote);
  const inPassage = textWords(passage);
  const checked: CheckedTerm[] = [];
  for (const { source, stems } of prepared.sources ?? []) {
    // Numbers, names and acronyms (capitalised where the question does not start) stay as written: not the dictionary's business.
    if (HAS_DIGIT.test(source) || (AS_WRITTEN.test(source) && !question.trimStart().startsWith(source))) continue;
    if (stems.length === 0) continue;
    if (meets(stems, inQuote)) {
      checked.push({ source, stems, class: 'quote' });
      continue;
    }
    if (meets(stems, inPassage)) {
      checked.push({ source, stems, class: 'passage' });
      continue;
    }
    const lower = source.toLowerCase();
    const forms = lower.includes(' ') ? [lower] : englishLemmas(lower);
    const others = [...new Set(forms.flatMap((form) => allTranslations(form)))];
    const missed = others.filter((norwegian) => {
      const otherStems = analyze(norwegian);
      return otherStems.length > 0 && otherStems.every((stem) => !stems.includes(stem)) && meets(otherStems, inPassage);
    });
    if (missed.length > 0) {
      checked.push({ source, stems, class: 'other-sense', missed });
      continue;
    }
    const keptAsWritten = stems.length === 1 && analyze(lower).join(' ') === stems[0];
    checked.push({ source, stems, class: keptAsWritten && !stems.every((stem) => vocabulary.has(stem)) ? 'unknown' : 'absent' });
  }
  return checked;
};

/** One English question or turn with its answer passage, what the eval made of it, and its checked terms. */
export interface CheckedQuestion {
  key: string;
  split: 'tune' | 'test';
  kind: string;
  question: string;
  /** `ok`, `abst`, `wrong` from the eval results, or null when the results do not have it. */
  outcome: string | null;
  terms: CheckedTerm[];
}

export type ClassCounts = Record<TermClass, number>;

const emptyCounts = (): ClassCounts => ({ quote: 0, passage: 0, 'other-sense': 0, unknown: 0, absent: 0 });

/** Terms per class, and questions with at least one term of each class (all and failed). */
export interface CheckSummary {
  questions: number;
  failed: number;
  terms: ClassCounts;
  questionsWith: ClassCounts;
  failedWith: ClassCounts;
}

export const summarizeCheck = (checked: readonly CheckedQuestion[]): CheckSummary => {
  const summary: CheckSummary = { questions: checked.length, failed: 0, terms: emptyCounts(), questionsWith: emptyCounts(), failedWith: emptyCounts() };
  for (const question of checked) {
    const failed = question.outcome !== null && question.outcome !== 'ok';
    if (failed) summary.failed += 1;
    for (const term of question.terms) summary.terms[term.class] += 1;
    for (const name of termClasses) {
      if (!question.terms.some((term) => term.class === name)) continue;
      summary.questionsWith[name] += 1;
      if (failed) summary.failedWith[name] += 1;
    }
  }
  return summary;
};

/** The table and the failed questions' words outside the passage, as the CLI prints them. */
export const renderCheck = (label: string, checked: readonly CheckedQuestion[], listAll = false): string => {
  const summary = summarizeCheck(checked);
  const lines = [
    `### ${label}: ${summary.questions} questions, ${summary.failed} not supported`,
    '',
    '| class | terms | questions with one | of them not supported |',
    '|---|---|---|---|',
    ...termClasses.map((name) => `| ${name} | ${summary.terms[name]} | ${summary.questionsWith[name]} | ${summary.failedWith[name]} |`),
    '',
  ];
  for (const question of checked) {
    const failed = question.outcome !== null && question.outcome !== 'ok';
    const outside = question.terms.filter((term) => term.class !== 'quote' && term.class !== 'passage');
    if (outside.length === 0 || (!failed && !listAll)) continue;
    const words = outside.map((term) =>
      term.class === 'other-sense'
        ? `${term.source} → ${term.stems.join('/')} [${term.class}: ${term.missed?.join(', ')}]`
        : `${term.source} → ${term.stems.join('/')} [${term.class}]`,
    );
    lines.push(`- ${question.key} (${question.kind}, ${question.outcome ?? '?'}) ${question.question}`, `  ${words.join('; ')}`);
  }
  return lines.join('\n');
};
