import { z } from 'zod';

/**
 * What Kildesvar knows about Norwegian words beyond Snowball stems, built at ingest from Debian's
 * language data and the corpus itself, and saved with the index (`language.json`):
 * - `lemmas`: full form → lemmas, for every corpus word and every inflected form (from the Debian
 *   word lists) of a corpus lemma, so «skrev» meets «skrive» and nynorsk «eigde» meets «eige»;
 * - `parts`: compound → the lemmas of its parts («helseopplysninger» → helse, opplysning);
 * - `acronyms`: short ↔ long forms the texts define themselves («Norsk Helsenett (NHN)»), and (version 24, source
 *   `initials:<file>`) ones read from initials: an acronym a document uses and a phrase it writes that spells it
 *   («DHO», «digital hjemmeoppfølging»), a weaker link; plus a short reviewed glossary of the few they use without defining;
 * - `synonyms`: a word → the lemmas of its thesaurus synonyms (Debian's mythes-no) that the corpus
 *   uses, so «lede» meets a sentence about who «styrer»: partial evidence, never a full match;
 * - `particleVerbs`: a verb's lemma with its particle («greie ut», «setje i gang», and the same with the
 *   bokmål verb, «sette i gang») → the corpus's bokmål lemmas it translates («utrede», «igangsette»),
 *   from Apertium's bokmål→nynorsk dictionary, so «Kven skal greie ut …» meets «… skal utredes»;
 * - `phraseSynonyms`: a verb with its particle → the corpus lemmas that say the same in one word, as partial evidence
 *   like `synonyms` (added in version 21): the prefixed word the corpus writes for it («knytte til» → «tilknytte»,
 *   «følge opp» → «oppfølging»; `prefixed-verbs.ts`);
 * - `names`: proper names and acronyms, lowercase («ks», «legeforeningen» as the corpus writes them,
 *   «danmark» from the word lists), so a question typed in lowercase still names what it asks about;
 * - `knownWords`: a Bloom filter over the word lists' forms (`WordFilter`), so a misspelt question word
 *   («omsorsgsystem») is told from a real word the corpus does not use and corrected (`WordKnowledge.correctionOf`);
 * - `periodic`: a noun of time → its periodic adjectives («år» → «årlig», «årleg»), so «hvert år» meets «årlig»
 *   and «årlig» meets «per år» (`periodic.ts`; added in version 16);
 * - `finiteVerbs`: the forms Apertium reads as a finite verb (present or past) and never as a function word
 *   (`finite-verbs.ts`; added in version 22), so a question that opens with one is read as a yes/no question
 *   («Meiner KS at …?», «Trenger kommunane …?»).
 * - `formSynonyms` (added in version 25): an inflected form of a thesaurus headword that no corpus word is a form of →
 *   that headword's corpus synonyms («utgiftene» → kostnad, pris; «hemmes» → hindre): the lemma tables hold only forms of
 *   corpus lemmas, so such a form reaches no synonym otherwise. Used to rank passages only, never to judge whether the
 *   texts answer (see `QueryWord.rankingSynonyms`). Also (`MORPHOLOGY_BUILD` 16) a nynorsk form the lemma tables do not
 *   hold → its bokmål translation when the corpus uses it, and that translation's corpus synonyms («dugleik» → dyktighet →
 *   ferdighet, kompetanse; `translatedSynonyms`). A nynorsk question's word with no lemma and no synonyms of its own keeps
 *   them as its synonyms, in a follow-up leaning on the last answer too (`prepareQuery`).
 * - `synonymDerivations` (optional): a thesaurus headword → the corpus's regular derivations of those of its synonyms the corpus
 *   never uses («regne» → beregning, through «beregne»; `synonymDerivations`), read only to see a follow-up's new word near the
 *   quote (`QueryWord.synonymDerivations`); an index built without them reads none.
 * Everything is lowercase and NFC. Pure data: the builder lives in ingest, which runs the tools.
 */
export const LANGUAGE_RESOURCES_VERSION = 29;

/**
 * The way ingest builds the lemma and compound tables from the Debian data, raised whenever it changes (3: nynorsk lemmas
 * with one bokmål translation linked to it; 4: or two, for a nynorsk-only word; 5: names the texts capitalise analysed
 * capitalised; 6: the multiword verbs kept; 7: the heads of the corpus's compounds linked too; 9: only for nynorsk lemmas
 * the whole words leave unlinked; 10: of a compound's readings, the one whose parts its surface writes out, then whose head
 * the corpus writes as a word; 11: the finite verb forms; 12: every form Apertium's generators give for the corpus's lemmas,
 * so strong verbs' pasts are read; 13: «videre»/«vidare» a separable particle, `prefixed-verbs.ts`; 14: a word's compound reading chosen over both
 * analysers' readings together; 15: of a compound's readings, one whose head is a noun before one whose head is a participle; 16: the nynorsk word list's forms
 * read through Apertium's nynorsk→bokmål dictionary in `formSynonyms`, `translatedSynonyms`; 17: Apertium's readings of a letter
 * of the alphabet dropped, «KS» is no genitive of «k»). Part of the index settings (a change re-ingests by itself) and of the key of the
 * morphology cache (a cached table is not reused). The schema is unchanged by it: `LANGUAGE_RESOURCES_VERSION` is for that.
 */
export const MORPHOLOGY_BUILD = 17;

export const acronymSchema = z.object({
  short: z.string().min(2),
  long: z.string().min(3),
  /** Where the pair comes from: a seed file name, `glossary` for the reviewed domain list, or `initials:<file>` (`initialsAcronyms`). */
  source: z.string(),
  /**
   * The texts write the acronym far more often than its long form (`writtenAsAcronym`; added in version 28): a question
   * writing it is searched as written, not by its long form too, whose words stand in other passages («KS» 342 times,
   * «kommunesektorens organisasjon» once).
   */
  writtenShort: z.boolean().optional(),
});
export type Acronym = z.infer<typeof acronymSchema>;

export const languageResourcesSchema = z.object({
  version: z.literal(LANGUAGE_RESOURCES_VERSION),
  /** What the lemma and compound tables were built from, or why they are empty. */
  morphologySource: z.string(),
  lemmas: z.record(z.string(), z.array(z.string())),
  parts: z.record(z.string(), z.array(z.string())),
  acronyms: z.array(acronymSchema),
  synonyms: z.record(z.string(), z.array(z.string())),
  /** What the synonyms were built from, or why they are empty. */
  synonymSource: z.string(),
  particleVerbs: z.record(z.string(), z.array(z.string())),
  /** A verb with its particle («følge opp») → corpus lemmas saying the same in one word (see above). */
  phraseSynonyms: z.record(z.string(), z.array(z.string())).optional(),
  /** An inflected form of a thesaurus headword no corpus word is a form of → the headword's corpus synonyms (see above). */
  formSynonyms: z.record(z.string(), z.array(z.string())).optional(),
  /** A form → the synonyms it reaches only through thesaurus senses of a word class it cannot be (see `otherClassSynonyms`). */
  synonymsOfOtherClass: z.record(z.string(), z.array(z.string())).optional(),
  /** A thesaurus headword → the corpus's derivations of its synonyms the corpus never uses (see `synonymDerivations`). */
  synonymDerivations: z.record(z.string(), z.array(z.string())).optional(),
  /** Proper names and acronyms, lowercase (see `properNames`). */
  names: z.array(z.string()),
  knownWords: z.object({ hashes: z.number().int().positive(), bits: z.string() }).nullable(),
  /** Noun of time → its periodic adjectives («år» → «årlig», «årleg»; see `periodic.ts`): «hvert år» is «årlig». */
  periodic: z.record(z.string(), z.array(z.string())).optional(),
  /** Lowercase forms Apertium reads as a finite verb (see `finiteVerbForms`); missing or empty: only a short hand list is known. */
  finiteVerbs: z.array(z.string()).optional(),
});
export type LanguageResources = z.infer<typeof languageResourcesSchema>;

export const emptyLanguageResources = (reason = 'none'): LanguageResources => ({
  version: LANGUAGE_RESOURCES_VERSION,
  morphologySource: reason,
  lemmas: {},
  parts: {},
  acronyms: [],
  synonyms: {},
  synonymSource: reason,
  particleVerbs: {},
  names: [],
  knownWords: null,
});

/** One reading of a word by Apertium's analyser: the lemmas of its parts (one for a simple word). */
export interface MorphReading {
  parts: string[];
  /** Whether the last part is read as a noun (`<n>`): set for compound readings only. */
  nounHead?: boolean;
}

/**
 * A reading of a letter of the alphabet: Apertium's letter noun («k» and its genitive «ks» → «kalphabet») or a proper noun of
 * one letter («KS» as the genitive of a name «K»). A lowercased acronym («ks» of «KS») or a one-letter piece, never the word a
 * text speaks of; such readings are dropped.
 */
const letterReading = (analysis: string): boolean => !analysis.includes('+') && /^\p{L}(?:alphabet<|<np>)/u.test(analysis);

/**
 * Parses one line of `lt-proc -e -w` output, `^helseopplysninger/helse<n>…<cmp>+opplysning<n>…$`,
 * into the word and its readings; an unknown word (`^xyz/*xyz$`) has none.
 */
export const parseLtProcLine = (line: string): { surface: string; readings: MorphReading[] } | null => {
  const match = /^\^(.*)\$$/u.exec(line.trim());
  if (!match?.[1]) return null;
  const [surface, ...analyses] = match[1].split('/');
  if (surface === undefined || surface === '') return null;
  const readings: MorphReading[] = [];
  for (const analysis of analyses) {
    if (analysis.startsWith('*') || letterReading(analysis)) continue;
    const parts = analysis.split('+').map((part) =>
      part
        .replace(/<[^>]*>/gu, '')
        .trim()
        .toLowerCase()
        .normalize('NFC'),
    );
    if (!parts.every((part) => part.length > 0)) continue;
    readings.push(parts.length > 1 ? { parts, nounHead: /^[^<]*<n>/u.test(analysis.slice(analysis.lastIndexOf('+') + 1)) } : { parts });
  }
  return { surface: surface.toLowerCase().normalize('NFC'), readings };
};

/**
 * The readings of each word over several analysers' parsed lines, pooled per word in the order given: a word's compound
 * reading is chosen over both standards' analyses together (`lemmasAndParts`), so the bokmål analyser's split of a
 * nynorsk word into more parts («omsorgstenesta»: omsorg + ste + nest) does not win over the nynorsk analyser's fewer
 * (omsorg + teneste) for coming first.
 */
export const pooledReadings = (parsed: Iterable<{ surface: string; readings: MorphReading[] }>): Map<string, MorphReading[]> => {
  const pooled = new Map<string, MorphReading[]>();
  for (const { surface, readings } of parsed) pooled.set(surface, [...(pooled.get(surface) ?? []), ...readings]);
  return pooled;
};

/** How many letters of the lemma, from its end, the surface does not write: «støte» 1 in «driftsstøtte» (it writes «støt»), «støtte» 0. */
const unwrittenLength = (surface: string, lemma: string): number => {
  for (let length = lemma.length; length > 0; length -= 1) if (surface.includes(lemma.slice(0, length))) return lemma.length - length;
  return lemma.length;
};

/** The letters of a reading's parts the surface does not write (`unwrittenLength` summed). */
const unwritten = (surface: string, reading: MorphReading): number => reading.parts.reduce((sum, part) => sum + unwrittenLength(surface, part), 0);

/**
 * Lemmas of the simple readings and the parts of the shortest compound reading of one analysed word. Among compound
 * readings of as many parts, the one whose parts the surface writes out wins («driftsstøtte» is drift + «støtte», the noun
 * it spells, not drift + «støte», the verb whose participle «støtt(e)» also is; «måledata» is «data», not «date»), then
 * the one whose head is a noun (a compound names a kind of its head: «digitaliseringsarbeidet» ends in the noun «arbeid»,
 * «journalløftet» in «løft», not the participles of «arbeide» and «løfte» that Apertium lists first), then
 * the one whose head the corpus writes as a word (`words`: «digitaliseringsområdet» ends in «område», not the verb «områ»),
 * then Apertium's order.
 */
export const lemmasAndParts = (readings: MorphReading[], surface = '', words: ReadonlySet<string> = new Set()): { lemmas: string[]; parts: string[] } => {
  const simple = [...new Set(readings.filter((reading) => reading.parts.length === 1).map((reading) => reading.parts[0] ?? ''))].filter(Boolean);
  const compounds = readings
    .filter((reading) => reading.parts.length > 1)
    .map((reading) => ({
      reading,
      unwritten: unwritten(surface, reading),
      noun: reading.nounHead === false ? 1 : 0,
      written: words.has(reading.parts.at(-1) ?? '') ? 0 : 1,
    }))
    .sort(
      (left, right) =>
        left.reading.parts.length - right.reading.parts.length || left.unwritten - right.unwritten || left.noun - right.noun || left.written - right.written,
    );
  return { lemmas: simple, parts: simple.length > 0 ? [] : (compounds[0]?.reading.parts ?? []) };
};

/** The simple (not compound) analyses of an `lt-proc` line with their tags kept: `eie<vblex><inf>`; unknown words give none. */
export const taggedAnalyses = (line: string): string[] => {
  const match = /^\^(.*)\$$/u.exec(line.trim());
  if (!match?.[1]) return [];
  return match[1]
    .split('/')
    .slice(1)
    .filter((analysis) => !analysis.startsWith('*') && !analysis.startsWith('@') && !analysis.includes('+') && analysis.includes('<'));
};

/**
 * The heads (last parts) of the compound analyses of an `lt-proc` line, tags kept: `forening<n><m><sg><def>` for
 * «dataforeningen». A corpus that writes a word only as the head of compounds («Dataforeningen», «Legeforeningen») still
 * gets it translated to the other standard, so the nynorsk «foreininga» of a question meets the bokmål head «forening».
 * Only heads: a compound is a kind of its head, which carries its inflection, while a modifier stands in its compound form
 * («kjerne-» of «kjernejournal») and links to the other standard's words for another sense more often.
 */
export const compoundHeadAnalyses = (line: string): string[] => {
  const match = /^\^(.*)\$$/u.exec(line.trim());
  if (!match?.[1]) return [];
  return match[1]
    .split('/')
    .slice(1)
    .filter((analysis) => !analysis.startsWith('*') && !analysis.startsWith('@') && analysis.includes('+'))
    .map((analysis) => analysis.slice(analysis.lastIndexOf('+') + 1))
    .filter((head) => head.includes('<') && !head.startsWith('<'));
};

/** The lemma of a tagged analysis, lowercase NFC: `eie<vblex><inf>` → `eie`. */
export const lemmaOfAnalysis = (analysis: string): string => analysis.replace(/<.*$/u, '').trim().toLowerCase().normalize('NFC');

/**
 * Reads `lt-proc -b` output over tagged source analyses (`^möte<n><nt><sg><ind>/møte<n><nt><sg><ind>$`)
 * into source lemma → target lemmas, lowercase NFC, words spelled alike included («rapport» → «rapport»).
 * Unknown words (`@`) and compound translations (`+`) are left out.
 */
export const bilingualLemmas = (lines: readonly string[]): Map<string, string[]> => {
  const pairs = new Map<string, string[]>();
  for (const line of lines) {
    const match = /^\^([^/]*)\/(.*)\$$/u.exec(line.trim());
    if (!match?.[1] || !match[2]) continue;
    const source = lemmaOfAnalysis(match[1]);
    for (const target of match[2].split('/')) {
      if (target.startsWith('@') || target.includes('+')) continue;
      const lemma = lemmaOfAnalysis(target);
      const known = pairs.get(source) ?? [];
      if (lemma && !known.includes(lemma)) pairs.set(source, [...known, lemma]);
    }
  }
  return pairs;
};

/**
 * Reads `lt-proc -b` output over bokmål analyses (`^eie<vblex><inf>/eige<vblex><inf>$`) into
 * nynorsk lemma → the bokmål lemmas it translates, leaving out words spelled the same in both.
 */
export const nynorskToBokmaal = (bilingualLines: readonly string[]): Map<string, Set<string>> => {
  const map = new Map<string, Set<string>>();
  for (const [bokmaal, translations] of bilingualLemmas(bilingualLines))
    for (const nynorsk of translations) if (nynorsk !== bokmaal) map.set(nynorsk, (map.get(nynorsk) ?? new Set<string>()).add(bokmaal));
  return map;
};

/**
 * The multiword verbs among the nynorsk links (Apertium writes the particle after `#`: `greie# ut` for
 * «utrede»), keyed by the verb's lemma and its particle («greie ut»), and by the bokmål lemmas of the
 * verb as well («setje# i gang» → «sette i gang»), since bokmål forms the same phrases: → the bokmål lemmas.
 */
export const particleVerbsOf = (links: ReadonlyMap<string, ReadonlySet<string>>): Record<string, string[]> => {
  const verbs: Record<string, string[]> = {};
  for (const [nynorsk, bokmaal] of links) {
    const at = nynorsk.indexOf('#');
    if (at < 0) continue;
    const verb = nynorsk.slice(0, at).trim();
    const particle = nynorsk
      .slice(at + 1)
      .replace(/\s+/gu, ' ')
      .trim();
    if (!verb || !particle) continue;
    for (const lemma of [verb, ...(links.get(verb) ?? [])]) {
      const key = `${lemma} ${particle}`;
      verbs[key] = [...new Set([...(verbs[key] ?? []), ...bokmaal])].sort();
    }
  }
  return verbs;
};

/**
 * The links read from the corpus's whole words, with those read from its compounds' heads added only for nynorsk lemmas
 * the whole words do not link: a head fills a gap («foreining» → «forening», which the texts write only in
 * «Dataforeningen»), it does not add a second sense to a word already linked («setje» stays «sette», not also «feste»).
 */
export const withHeadLinks = (whole: ReadonlyMap<string, Set<string>>, heads: ReadonlyMap<string, Set<string>>): Map<string, Set<string>> => {
  const merged = new Map([...whole].map(([nynorsk, bokmaal]) => [nynorsk, new Set(bokmaal)]));
  for (const [nynorsk, bokmaal] of heads) if (!merged.has(nynorsk)) merged.set(nynorsk, new Set(bokmaal));
  return merged;
};

/** At most this many bokmål lemmas per nynorsk lemma: near-synonyms the dictionary gives for one word. */
const maxBokmaalLinks = 2;

/**
 * The nynorsk → bokmål links worth using: a nynorsk lemma with one bokmål translation, or with two
 * («framleis»: fortsatt, fremdeles; «tryggleik»: sikkerhet, trygghet) when it is not a bokmål word as
 * well («ta», «del» keep their own meaning). «mykje» (mye, mange, betydelig, …) would match too much.
 */
export const usableNynorskLinks = (links: ReadonlyMap<string, Set<string>>, bokmaalLemmas: ReadonlySet<string>): Map<string, Set<string>> =>
  new Map([...links].filter(([nynorsk, bokmaal]) => bokmaal.size === 1 || (bokmaal.size <= maxBokmaalLinks && !bokmaalLemmas.has(nynorsk))));
