import { analyzeWithOffsets, coordinatedCompounds, noWordKnowledge, type WordKnowledge } from '../analysis';
import { periodYearsIn } from '../answer/answer-type';
import type { Chunk } from '../schemas';
import { normalizeForDedup, shingles } from '../dedup/minhash';
import { splitSentences } from '../text/sentences';
import { statedNumbers, stemPairs, type TermSet } from './evidence';

/** A chunk as retrieval sees it: its document's year, the text it is indexed by, and its analysed sentences. */
export interface IndexedSentence {
  /** Offsets into the chunk's cleaned `text`. */
  start: number;
  end: number;
  text: string;
  terms: TermSet;
  /** The sentence embedded at ingest by the corpus embedder, as signed bytes (see `embed/sentence-vectors.ts`); absent for other embedders. */
  vector?: Int8Array;
}

export interface IndexedChunk extends Chunk {
  year: number;
  /** First and last year the document covers, for year filters. */
  years: [number, number];
  indexedText: string;
  headingTerms: TermSet;
  /** The document's title: a question naming the document («ifølge eKommune 2009») is carried by every sentence of it. */
  titleTerms: TermSet;
  terms: TermSet;
  sentences: IndexedSentence[];
}

/** The text a chunk is indexed and embedded by: its heading gives a passage the context it lacks. */
export const indexedText = (chunk: { heading: string; text: string }): string => (chunk.heading ? `${chunk.heading}\n${chunk.text}` : chunk.text);

/** The terms of a text: stems, numbers and stem pairs, and with language resources its lemmas, compound parts and acronym aliases. */
export const termSetOf = (text: string, knowledge: WordKnowledge = noWordKnowledge): TermSet => {
  const analysed = analyzeWithOffsets(text);
  const stems = analysed.map((term) => term.stem);
  const lemmas = new Set<string>();
  const parts = new Set<string>();
  const aliases = new Set<string>();
  const initialAliases = new Set<string>();
  for (const term of analysed) {
    if (term.kind === 'number') continue;
    const surface = text.slice(term.start, term.end).toLowerCase().normalize('NFC');
    for (const lemma of knowledge.lemmasOf(term.kind === 'compound' ? term.word : surface)) lemmas.add(lemma);
    // «hvert år», «per år», «i året» says «årlig»: a question's «årlig» finds it.
    for (const adjective of knowledge.periodicAt(text, term.start, surface)) lemmas.add(adjective);
    // A hyphenated compound is split where it is written («KI-forordningen» → ki, forordning); a lexicalised one where the
    // corpus's compounds vouch for its parts («fylkeskommunene» → fylke, kommune).
    for (const part of knowledge.writtenPartsOf(surface)) parts.add(part);
    // An acronym linked by initials only stands for its long form as a whole: the question's whole long form finds it (`QueryWord.initials`).
    if (!knowledge.byInitialsOnly(term.stem)) for (const long of knowledge.longFormsOf(term.stem)) for (const stem of long) aliases.add(stem);
  }
  // «etter- og videreutdanning» says «etterutdanning»: the dropped head restored (`coordinatedCompounds`), its lemma at part
  // credit only: as a full stem, «helse- og omsorgstjenester» read as «helsetjenester» tied with the texts that say it (tune lost 4).
  const restored = coordinatedCompounds(text, (word) => knowledge.partsOf(word));
  for (const word of restored) for (const lemma of knowledge.lemmasOf(word)) parts.add(lemma);
  for (const { short, byInitials } of knowledge.shortFormsIn(stems)) (byInitials ? initialAliases : aliases).add(short);
  return {
    stems: new Set(stems),
    numbers: new Set(statedNumbers(text)),
    pairs: new Set(stemPairs(stems)),
    lemmas,
    parts,
    aliases,
    initialAliases,
  };
};

/** The terms of several sets as one (a passage's, from its heading's and sentences'). */
export const unionOf = (sets: readonly TermSet[]): TermSet => ({
  stems: new Set(sets.flatMap((set) => [...set.stems])),
  numbers: new Set(sets.flatMap((set) => [...set.numbers])),
  pairs: new Set(sets.flatMap((set) => [...set.pairs])),
  lemmas: new Set(sets.flatMap((set) => [...(set.lemmas ?? [])])),
  parts: new Set(sets.flatMap((set) => [...(set.parts ?? [])])),
  aliases: new Set(sets.flatMap((set) => [...(set.aliases ?? [])])),
  initialAliases: new Set(sets.flatMap((set) => [...(set.initialAliases ?? [])])),
});

/** A folded copy of some of a chunk's text in another document (one of its `alsoIn` spans): that document's title and the copy's original text. */
export interface FoldedCopy {
  title: string;
  text: string;
}

/** The share of the shorter one's character shingles (a sentence's or a folded copy's) the other must hold for the sentence to stand in the copy's document too. */
const copyContainment = 0.8;

/**
 * The stems of the titles' words (not their years) of the other documents a sentence also stands in (`TermSet.titles`). Deduplication keeps
 * one copy of a repeated sentence («I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett …» of a plan, and of the
 * slides that quote it) and records the others as the chunk's `alsoIn` spans: the sentence is a sentence of each of those
 * documents, and a question naming one of them («ifølge KS' handlingsplan for IKT i helse og omsorg») is carried by it as by
 * its own document's title. Only the sentences a copy holds or that hold it (most of the shingles), not the rest of the chunk.
 */
const foldedTitles = (text: string, copies: readonly FoldedCopy[], knowledge: WordKnowledge): Pick<TermSet, 'titles' | 'titleYears'> => {
  const own = shingles(normalizeForDedup(text));
  if (own.size === 0) return {};
  const titles = new Set<string>();
  const titleYears = new Set<string>();
  for (const copy of copies) {
    const held = shingles(normalizeForDedup(copy.text));
    let shared = 0;
    for (const shingle of own) if (held.has(shingle)) shared += 1;
    // The copy holds the sentence (a copy of several sentences), or the sentence the copy (a list row whose label the copy lacks).
    if (shared / own.size < copyContainment && shared / Math.max(1, held.size) < copyContainment) continue;
    const terms = termSetOf(copy.title, knowledge);
    // Words only: a year in a title («… 2008–2012») names the document's period, and read as stated by every copied sentence it
    // outweighs the sentence that states the asked year itself (tune c100#3 lost with them).
    for (const stem of terms.stems) if (!terms.numbers.has(stem)) titles.add(stem);
    // …kept apart (`TermSet.titleYears`): stated only for a question that names the document by the same period.
    for (const year of periodYearsIn(copy.title)) titleYears.add(year);
  }
  return { ...(titles.size > 0 ? { titles } : {}), ...(titleYears.size > 0 ? { titleYears } : {}) };
};

export const indexChunk = (
  chunk: Chunk,
  years: [number, number],
  text: string,
  knowledge: WordKnowledge = noWordKnowledge,
  /** The chunk's folded copies in other documents (its `alsoIn` spans there, read from their originals). */
  copies: readonly FoldedCopy[] = [],
): IndexedChunk => {
  const sentences = splitSentences(chunk.text).map((span) => {
    const text = chunk.text.slice(span.start, span.end);
    const terms = termSetOf(text, knowledge);
    const folded = copies.length > 0 ? foldedTitles(text, copies, knowledge) : {};
    return { start: span.start, end: span.end, text, terms: { ...terms, ...folded } };
  });
  // The document title and section heading are context every sentence of the chunk stands in.
  const headingTerms = termSetOf(`${chunk.title}\n${chunk.heading}`, knowledge);
  return {
    ...chunk,
    year: years[0],
    years,
    indexedText: text,
    headingTerms,
    titleTerms: termSetOf(chunk.title, knowledge),
    terms: unionOf([headingTerms, ...sentences.map((sentence) => sentence.terms)]),
    sentences,
  };
};
