import { analyze } from './analyze';
import { occursInVocabulary } from './english-dictionary';
import { linkingLetters } from './linking-letters';

// Norwegian writes a noun compound as one word where English writes its parts apart: «architecture principles» →
// «arkitekturprinsipper», «record system» → «journalsystem», «safety alarm» → «trygghetsalarm», with a linking letter
// (`linkingLetters`) between the parts.

/** A first part shorter than this is rarely a noun of its own («e», «ny»): it is not joined. */
const MIN_PART_LENGTH = 3;

/** A translated English word or phrase, with where it stood among the question's words. */
export interface PlacedTranslation {
  /** The first word of the English term and the word after its last one. */
  start: number;
  end: number;
  /** The Norwegian translations, best first. */
  norwegian: readonly string[];
  /** False for a term that may not be part of a compound: a name (not an abbreviation: «IKT-selskap»), a number, a word kept as written, a frame word. */
  joinable: boolean;
  /**
   * Translations read only as a part of a compound the corpus writes: those the corpus does not write alone, and the
   * doubtful ones of a word kept as written («shared» ~ «felles» of «fellesløsninger»). Read even where `joinable` is false.
   */
  compoundOnly?: readonly string[];
  /** For a joined term, the Norwegian words it was joined from, first part first («trygghet», «alarm»). */
  parts?: readonly string[];
}

/** A compound the corpus writes, and the two words it joins. */
export interface CorpusCompound {
  compound: string;
  head: string;
  tail: string;
}

const isOneWord = (norwegian: string): boolean => !norwegian.includes(' ') && norwegian.replaceAll('-', '').length >= MIN_PART_LENGTH;

/**
 * True when the stem of a joined word reaches no further than its first part: the stemmer reads the second part as an
 * ending («leverandør» + «ende» → «leverandør», «innsats» + «ende» → «innsats»), so the word is the first part inflected.
 */
const isFirstPartInflected = (compound: string, head: string): boolean => analyze(compound).join(' ').length <= head.length;

/** The compounds of one of `first` and one of `second` the corpus writes as one word, in the order of the translations. */
export const corpusCompounds = (first: readonly string[], second: readonly string[], vocabulary: ReadonlySet<string>): CorpusCompound[] => {
  const found: CorpusCompound[] = [];
  for (const head of first.filter(isOneWord)) {
    for (const tail of second.filter(isOneWord)) {
      for (const joint of linkingLetters) {
        // «e-helse» + «løsning»: a hyphen stays where the first part has one, the compound is closed after it.
        const compound = `${head}${joint}${tail.toLowerCase()}`;
        if (found.some((known) => known.compound === compound)) continue;
        // The vocabulary lookup first: it refuses almost every joint, the stemmer need only read those it keeps.
        if (occursInVocabulary(compound, vocabulary) && !isFirstPartInflected(compound, head)) found.push({ compound, head, tail });
      }
    }
  }
  return found;
};

/** The words a term may join a compound by: its translations where it is joinable, and those read only in a compound. */
const compoundCandidates = (term: PlacedTranslation): string[] => [...new Set([...(term.joinable ? term.norwegian : []), ...(term.compoundOnly ?? [])])];

/**
 * Adjacent translated terms (no word left out between them) whose translations make a compound the corpus writes, joined
 * into one term («architecture» + «principles» → «arkitekturprinsipp»), left to right, so three words may join. The joined
 * term keeps the words it was made of (`parts`, from the first compound found): it stands for them in the question, and
 * weighs as they did (`QueryWord.weighAs`). Other terms are returned as they are. Only compounds that occur in the corpus
 * vocabulary are made, so an adjective and its noun («national solutions») stay apart unless the texts write them as one word.
 */
export const joinCorpusCompounds = <T extends PlacedTranslation>(
  terms: readonly T[],
  vocabulary: ReadonlySet<string> | undefined,
  merge: (first: T, second: T, compounds: string[], parts: string[]) => T,
): T[] => {
  if (!vocabulary) return [...terms];
  const joined: T[] = [];
  for (const term of terms) {
    const previous = joined[joined.length - 1];
    const first = previous ? compoundCandidates(previous) : [];
    const second = compoundCandidates(term);
    if (previous && first.length > 0 && second.length > 0 && previous.end === term.start) {
      const compounds = corpusCompounds(first, second, vocabulary);
      const [chosen] = compounds;
      if (chosen) {
        const parts = [...(previous.parts ?? [chosen.head]), chosen.tail];
        joined[joined.length - 1] = merge(
          previous,
          term,
          compounds.map((found) => found.compound),
          parts,
        );
        continue;
      }
    }
    joined.push(term);
  }
  return joined;
};

/**
 * Norwegian writes «together» and English «co-» as the prefix «sam-»: «work together» = «samarbeide», «act together» =
 * «samhandle», «use together» = «sambruk», «co-governance» = «samstyring», «co-financing» = «samfinansiering». The same
 * word formation in both languages (a prefix of one closed meaning), so it is read only where the corpus writes the compound.
 */
const SAM_PREFIX = 'sam';
const TOGETHER = 'together';
/** English «co-» written before a hyphen: `translateQueryTerms` splits «co-governance» into «co» and «governance». */
const CO_PREFIX = 'co';

/**
 * A term «co» before a translated term, or a translated term before «together», read as the «sam-» compound the corpus
 * writes of the term's translations («co» + «styringsmodell» → «samstyringsmodell», «arbeid» + «together» → «samarbeid»).
 * A «co» that makes no compound is dropped (it stood for a prefix, not a word); a «together» that makes none stays as it was
 * translated («sammen»).
 */
export const joinSamPrefix = <T extends PlacedTranslation & { source: string }>(
  terms: readonly T[],
  vocabulary: ReadonlySet<string> | undefined,
  merge: (first: T, second: T, compounds: string[]) => T,
): T[] => {
  if (!vocabulary) return [...terms];
  const joined: T[] = [];
  for (let index = 0; index < terms.length; index += 1) {
    const term = terms[index] as T;
    const next = terms[index + 1];
    if (term.source.toLowerCase() === CO_PREFIX) {
      const compounds = next?.joinable && next.start === term.end ? samCompounds(next.norwegian, vocabulary) : [];
      if (next && compounds.length > 0) {
        joined.push(merge(term, next, compounds));
        index += 1;
      }
      continue;
    }
    const previous = joined[joined.length - 1];
    if (term.source.toLowerCase() === TOGETHER && previous?.joinable && previous.end === term.start) {
      const compounds = samCompounds(previous.norwegian, vocabulary);
      if (compounds.length > 0) {
        joined[joined.length - 1] = merge(previous, term, compounds);
        continue;
      }
    }
    joined.push(term);
  }
  return joined;
};

/** The «sam-» compounds of `translations` the corpus writes. */
const samCompounds = (translations: readonly string[], vocabulary: ReadonlySet<string>): string[] =>
  corpusCompounds([SAM_PREFIX], translations, vocabulary).map((found) => found.compound);
