import { analyze, analyzeWithOffsets, type AnalyzedTerm } from '../analysis';
import type { AnswerLanguage } from '../retrieval/language';

/**
 * A follow-up that asks the last question again of another document: «Og hvilket år sier handlingsplanen for IKT i helse og
 * omsorg 2008–2012?» after «Hvilket år skulle alle kommuner være koblet til helsenettet ifølge eKommune 2009?», «Hva sa
 * eKommune 2012 om det samme?», «And what does eKommune 2012 say?». Its own words are a document reference, a question
 * word, a verb of saying, «det samme»/«the same» and words the last question already holds; it is read as the last question
 * with its document reference replaced by the new one (or, when the last question named none, with the new one added).
 */

/** A span of a text that names a document. */
export interface DocumentReference {
  start: number;
  end: number;
  /** The stems of the span's words (compound parts left out). */
  stems: string[];
}

/**
 * A word that says what kind of document a title belongs to («handlingsplanen for …», «strategien», «innspillet til …»,
 * «the report»): a document reference starts with it when it stands right before the title (a preposition between).
 */
const documentNoun =
  /(?:plan|planen|plana|strategi|strategien|strategia|melding|meldingen|meldinga|rapport|rapporten|innspill|innspillet|innspel|innspelet|brev|brevet|notat|notatet|dokument|dokumentet|strategy|report|letter|document)$/iu;
const documentPreposition = /^(?:for|om|til|fra|frå|on|for|about|to|from)$/iu;
/** «KS'», «KS sitt», «KS's» before a document noun: the publisher's possessive belongs to the reference. */
const possessive = /(?:\p{Lu}[\p{L}]*(?:'s?|’s?)|\p{Lu}[\p{L}]*\s+(?:sitt|sin|sine|si))\s*$/u;

/** A plan named with a year or version the texts refer to by name («eKommune 2012», «eNorge 2009», «Samspill 2.0»). */
const namedWithNumber = /(?<![\p{L}\p{N}])(\p{Ll}?\p{Lu}[\p{L}-]*)\s+((?:19|20)\d{2}|\d\.\d)(?![\p{L}\p{N}])/gu;

/** Share of a title's words a span must carry to name it (a title of four words named by three: «IKT i helse og omsorg»). */
const titleCoverage = 0.6;

/** Where in a text a catalog title is named: the longest run of the text's words that are the title's. */
const titleSpans = (text: string, terms: readonly AnalyzedTerm[], titles: readonly string[]): DocumentReference[] => {
  const spans: DocumentReference[] = [];
  for (const title of titles) {
    const titleStems = new Set(analyze(title));
    if (titleStems.size === 0) continue;
    let best: { from: number; to: number } | null = null;
    for (let from = 0; from < terms.length; from += 1) {
      let to = from;
      while (to < terms.length && titleStems.has(terms[to]?.stem ?? '')) to += 1;
      if (to > from && (!best || to - from > best.to - best.from)) best = { from, to };
    }
    if (!best) continue;
    const run = terms.slice(best.from, best.to);
    const distinct = new Set(run.map((term) => term.stem));
    let start = run[0]?.start ?? 0;
    // «handlingsplanen for IKT i helse og omsorg»: the document noun before the title, over a preposition.
    const before = text.slice(0, start).trimEnd();
    const words = before.split(/\s+/u);
    const [last = '', previous = ''] = [words.at(-1), words.at(-2)];
    const nounWord = documentPreposition.test(last) ? previous : last;
    const withNoun = nounWord !== '' && documentNoun.test(nounWord) && (nounWord !== previous || documentPreposition.test(last));
    if (withNoun) {
      start = before.lastIndexOf(nounWord);
      const owner = possessive.exec(text.slice(0, start));
      if (owner) start = owner.index;
    }
    const enough = distinct.size / titleStems.size >= titleCoverage && (distinct.size >= 3 || (withNoun && distinct.size >= 2));
    if (enough) spans.push({ start, end: run.at(-1)?.end ?? start, stems: [...distinct] });
  }
  return spans;
};

/** The document a text names (a catalog title, or a plan named with its year), the first when it names several. */
export const documentReference = (text: string, titles: readonly string[] = []): DocumentReference | null => {
  const terms = analyzeWithOffsets(text).filter((term) => term.kind !== 'part');
  const spans = titleSpans(text, terms, titles);
  for (const match of text.matchAll(namedWithNumber)) {
    const start = match.index ?? 0;
    // A capitalised first word is the start of the sentence («Innen 2011 …»), unless it has a capital inside («eKommune»).
    const word = match[1] ?? '';
    if (text.slice(0, start).trim() === '' && !/\p{Lu}/u.test(word.slice(1)) && !/^\p{Ll}/u.test(word)) continue;
    spans.push({ start, end: start + match[0].length, stems: analyze(match[0]) });
  }
  // Spans inside another (the plan's name inside the matched title) are that one.
  const outer = spans.filter(
    (span) => !spans.some((other) => other !== span && other.start <= span.start && other.end >= span.end && other.end - other.start > span.end - span.start),
  );
  return outer.sort((left, right) => left.start - right.start)[0] ?? null;
};

/** Verbs of saying and «according to» (bokmål, nynorsk, English): what a follow-up asks a document with. */
const sayingWords =
  'si|sier|sa|sagt|seie|seier|sei|står|stod|sto|skriv|skriver|skreiv|skrev|mener|meiner|meinte|mente|ifølge|ifølgje|følge|følgje|' +
  'say|says|said|state|states|stated|write|writes|wrote|according';
const saying = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sayingWords})(?![\\p{L}\\p{N}])`, 'iu');
const sayingAll = new RegExp(saying.source, 'giu');
/** «det samme», «det same», «the same»: the follow-up asks what the last question asked. */
const theSame = /(?<![\p{L}\p{N}])(?:det\s+samme|det\s+same|dette|the\s+same)(?![\p{L}\p{N}])/iu;
/** Question words (bokmål, nynorsk, English): the follow-up's own frame, which the last question's replaces. */
const questionWord =
  /(?<![\p{L}\p{N}])(?:hva|kva|hvem|kven|hvor|kor|kvar|når|hvorfor|kvifor|korfor|hvordan|korleis|hvilke[nt]?|kva\s+for|what|who|when|where|why|how|which|og|and|men|but|da|then)(?![\p{L}\p{N}])/giu;

const accordingTo: Record<AnswerLanguage, string> = { nb: 'ifølge', nn: 'ifølgje', en: 'according to' };

/** An earlier question as asked, and as read: `ResolvedQuestion.interpreted` and its search stems. */
export interface EarlierReading {
  question: string;
  interpreted: string;
  stems: readonly string[];
}

/**
 * The question asked again of the document the follow-up names, or null when the follow-up asks more than that (a word of
 * its own the earlier questions do not hold) or names no document they did not. The question asked again is the latest of
 * `earlier` (newest first) that named a document in its own words (not in the context it was read with), else the last one: «Hva sa Digitalt førstevalg om det samme?» after «Ifølge
 * handlingsplanen … – når skal alle kommuner være koblet på Norsk Helsenett?» and a detail question about it asks the
 * question that was asked of a document, not the detail.
 */
export const switchedDocument = (question: string, earlier: readonly EarlierReading[], titles: readonly string[], language: AnswerLanguage): string | null => {
  const reference = documentReference(question, titles);
  const [last] = earlier;
  if (!reference || !last) return null;
  const asked = earlier.find((reading) => documentReference(reading.question, titles) !== null) ?? last;
  const held = new Set([...last.stems, ...asked.stems, ...analyze(`${last.interpreted} ${asked.interpreted}`)]);
  // The same document again: nothing to switch.
  if (reference.stems.every((stem) => held.has(stem))) return null;
  const rest = `${question.slice(0, reference.start)} ${question.slice(reference.end)}`;
  const asksOfIt = saying.test(rest) || theSame.test(rest);
  const own = analyze(rest.replace(sayingAll, ' ').replace(questionWord, ' '));
  // «Hva er eKommune 2012?» asks about the document itself; «og hvilket år sier …?» asks the last question of it.
  if (!asksOfIt || own.some((stem) => !held.has(stem))) return null;
  const whole = asked.interpreted.replace(/[\s?!.]+$/u, '');
  const named = question.slice(reference.start, reference.end);
  const old = documentReference(whole, titles);
  // The old document named, in the question or in what it was read about («… (om: KS handlingsplan IKT helse omsorg)?»), is replaced.
  if (old) return `${whole.slice(0, old.start)}${named}${whole.slice(old.end)}?`;
  // A question read with context shows it last («… (om: …)?»): the document goes in the question, before it.
  const context = /\s\((?:om|about):\s[^()]*\)$/u.exec(whole);
  const frame = context ? whole.slice(0, context.index).replace(/[\s?!.]+$/u, '') : whole;
  return `${frame}, ${accordingTo[language]} ${named}${context?.[0] ?? ''}?`;
};
