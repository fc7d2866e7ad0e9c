import { ltProc } from './lt-proc';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  collectAcronyms,
  initialsAcronyms,
  emptyLanguageResources,
  finiteVerbForms,
  lemmasAndParts,
  pooledReadings,
  LANGUAGE_RESOURCES_VERSION,
  MORPHOLOGY_BUILD,
  lemmaOfAnalysis,
  nynorskToBokmaal,
  parseLtProcLine,
  particleVerbsOf,
  taggedAnalyses,
  compoundHeadAnalyses,
  withHeadLinks,
  usableNynorskLinks,
  parseThesaurus,
  bilingualTargets,
  generatedForms,
  generationRequests,
  prefixedParticleVerbs,
  prefixedVerbCandidates,
  properNames,
  WordFilter,
  type WordFilterData,
  thesaurusEncoding,
  inflectedSynonyms,
  translatedSynonyms,
  bilingualLemmas,
  synonymDerivations,
  compoundBaseForms,
  thesaurusSenses,
  wordClassesOf,
  verbOrNot,
  senseClasses,
  otherClassSynonyms,
  type ClassedSense,
  type LanguageResources,
} from '@kildesvar/core';

const apertiumDirectory = '/usr/share/apertium/apertium-nno-nob';
const nynorskAnalyser = `${apertiumDirectory}/nno-nob.automorf.bin`;
const analysers = [
  { name: 'bokmål', file: `${apertiumDirectory}/nob-nno.automorf.bin` },
  { name: 'nynorsk', file: nynorskAnalyser },
];
const bilingual = `${apertiumDirectory}/nob-nno.autobil.bin`;
/** Apertium's nynorsk→bokmål dictionary, for the nynorsk words the bokmål→nynorsk links do not reach (`nynorskTranslations`). */
const nynorskBilingual = `${apertiumDirectory}/nno-nob.autobil.bin`;
const nynorskWordList = '/usr/share/dict/nynorsk';
const wordLists = ['/usr/share/dict/bokmaal', nynorskWordList];
const thesauri = ['/usr/share/mythes/th_nb_NO_v2.dat', '/usr/share/mythes/th_nn_NO_v2.dat'];
export const languagePackagesHint =
  "install Debian's apertium-nno-nob, lttoolbox, wnorwegian and mythes-no (`sudo apt-get install apertium-nno-nob lttoolbox wnorwegian mythes-no`) and run `npm run ingest " +
  '-- --force`';

/** Analyses one word a line; with `compounds`, unknown words are tried as compounds. */
const analyse = (analyser: string, words: string[], compounds: boolean): Promise<string[]> => ltProc([...(compounds ? ['-e'] : []), '-w', analyser], words);

/**
 * Nynorsk lemma → bokmål corpus lemmas, from Apertium's bilingual dictionary over the bokmål
 * analyses of the corpus words and, for nynorsk lemmas those leave unlinked, of their compounds' heads (tags kept: the
 * dictionary needs a noun's gender). Empty when the
 * dictionary is missing: the standards then meet only where they are spelled alike. Multiword verbs
 * are among them, their particle after `#` («greie# ut» → utrede).
 */
const nynorskLemmasOf = async (bokmaalOutput: string[]): Promise<{ links: Map<string, Set<string>>; targets: string[] }> => {
  if (!existsSync(bilingual)) return { links: new Map(), targets: [] };
  const whole = [...new Set(bokmaalOutput.flatMap(taggedAnalyses))];
  const known = new Set(whole);
  const heads = [...new Set(bokmaalOutput.flatMap(compoundHeadAnalyses))].filter((analysis) => !known.has(analysis));
  const translated = await ltProc(
    ['-b', bilingual],
    [...whole, ...heads].map((analysis) => `^${analysis}$`),
  );
  const links = withHeadLinks(nynorskToBokmaal(translated.slice(0, whole.length)), nynorskToBokmaal(translated.slice(whole.length)));
  return { links: usableNynorskLinks(links, new Set([...whole, ...heads].map(lemmaOfAnalysis))), targets: bilingualTargets(translated) };
};

/**
 * Apertium's generators, paired with the analysers (same order): the bokmål one (of the nynorsk→bokmål direction) and the
 * nynorsk one (of bokmål→nynorsk).
 */
const generators = [`${apertiumDirectory}/nno-nob.autogen.bin`, `${apertiumDirectory}/nob-nno.autogen.bin`];

/**
 * Every form of the corpus's lemmas, by Apertium's generators: for each lemma an analyser reads in the corpus (and, in
 * nynorsk, each translation of a corpus lemma), every form tag set the analyses show for its word class. The word lists
 * hold these forms too, but a strong verb's past («fant», «gikk», «sa») shares no beginning with its lemma, by which the
 * word-list forms worth analysing are chosen. Empty when the generators are missing.
 */
const paradigmFormsOf = async (outputs: readonly string[][], wanted: (lemma: string) => boolean, nynorskTargets: readonly string[]): Promise<string[]> => {
  const forms = await Promise.all(
    generators.map((generator, index) =>
      existsSync(generator) ? ltProc(['-g', generator], generationRequests(outputs[index] ?? [], wanted, index === 1 ? nynorskTargets : [])) : [],
    ),
  );
  return generatedForms(forms.flat());
};

/** A lowercase word as a proper noun is written: «noreg» → «Noreg». */
const capitalised = (word: string): string => (word[0] ?? '').toUpperCase() + word.slice(1);

/** The words of the texts written with a capital first letter, lowercase (so they may be names). */
const capitalisedWordsOf = (texts: ReadonlyArray<{ text: string }>): Set<string> =>
  new Set(texts.flatMap(({ text }) => (text.normalize('NFC').match(/\p{Lu}[\p{L}\p{M}]*/gu) ?? []).map((word) => word.toLowerCase())));

const wordsOf = (text: string): string[] =>
  (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/\p{L}[\p{L}\p{M}]*/gu) ?? []
  ).filter((word) => word.length > 1);

export interface LanguageResourcesInput {
  /** Cleaned texts of the corpus: chunk texts, headings, titles. */
  texts: Array<{ text: string; source: string }>;
  log?: (message: string) => void;
  /**
   * Where the morphology tables are cached, keyed by the corpus vocabulary and the Debian data they
   * come from: analysing the word lists takes tens of seconds, and a forced rebuild of the same
   * corpus gets the same tables.
   */
  cacheDir?: string;
}

type Morphology = Pick<LanguageResources, 'lemmas' | 'parts' | 'morphologySource' | 'particleVerbs' | 'finiteVerbs'>;

/** The cache key: the build, the vocabulary, and the size and time of every Debian file the tables come from. */
const morphologyKey = (vocabulary: string[], capitalisedWords: ReadonlySet<string>): string => {
  const hash = createHash('sha256').update(`${LANGUAGE_RESOURCES_VERSION}.${MORPHOLOGY_BUILD}`).update(vocabulary.join('\n'));
  hash.update([...capitalisedWords].sort().join('\n'));
  for (const file of [...analysers.map((analyser) => analyser.file), bilingual, ...wordLists]) {
    const stat = existsSync(file) ? statSync(file) : null;
    hash.update(`${file}:${stat?.size ?? 0}:${stat?.mtimeMs ?? 0}`);
  }
  return hash.digest('hex').slice(0, 24);
};

const readCached = (file: string): Morphology | null => {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Morphology;
  } catch {
    return null;
  }
};

const writeCached = (file: string, value: Morphology | WordListKnowledge | Record<string, string[]>): void => {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(value));
  renameSync(temporary, file);
};

/**
 * Builds the index's language resources from Debian's Norwegian data (see LanguageResources):
 * Apertium's bokmål and nynorsk analysers (`apertium-nno-nob`, run with lttoolbox's `lt-proc`)
 * read every corpus word, splitting compounds into their lemmas, and every form in the Debian
 * word lists (`wnorwegian`) that may inflect a corpus lemma, so a question may use any form;
 * Apertium's bokmål→nynorsk dictionary links the two written standards' lemmas («eige» ↔ «eie»,
 * «skule» ↔ «skole»); and the bokmål thesaurus (`mythes-no`), kept to the synonyms the corpus uses.
 */
export const buildLanguageResources = async ({ texts, log, cacheDir }: LanguageResourcesInput): Promise<LanguageResources> => {
  const defined = collectAcronyms(texts);
  const { names, knownWords } = wordListKnowledgeOf(texts, log, cacheDir);
  const missing = analysers.filter((analyser) => !existsSync(analyser.file)).map((analyser) => analyser.file);
  if (missing.length > 0) {
    log?.(`Norwegian morphology unavailable (${missing.join(', ')} missing): questions match inflections by Snowball stems only; ${languagePackagesHint}.`);
    return { ...emptyLanguageResources('none: apertium-nno-nob missing'), acronyms: defined, names, knownWords };
  }
  const vocabulary = [...new Set(texts.flatMap(({ text }) => wordsOf(text)))].sort();
  const capitalisedWords = capitalisedWordsOf(texts);
  const cacheFile = cacheDir ? path.join(cacheDir, `morphology-${morphologyKey(vocabulary, capitalisedWords)}.json`) : null;
  const cached = cacheFile ? readCached(cacheFile) : null;
  const morphology = cached ?? (await analyseMorphology(vocabulary, capitalisedWords, log));
  if (!morphology) return { ...emptyLanguageResources('none: lt-proc failed'), acronyms: defined, names, knownWords };
  if (cacheFile && !cached) writeCached(cacheFile, morphology);
  // Acronyms the texts use without spelling out, linked to a phrase of the same document by initials (read with Apertium's compound parts).
  const definedShorts = new Set(defined.map((pair) => pair.short));
  const finiteVerbs = new Set(morphology.finiteVerbs ?? []);
  const byInitials = initialsAcronyms(texts, definedShorts, (word) => morphology.parts[word] ?? [], finiteVerbs);
  const acronyms = [...defined, ...byInitials.map((pair) => ({ ...pair, short: pair.short.toLowerCase(), long: pair.long.toLowerCase() }))];
  const { synonyms, synonymSource, synonymDerivations: derivedSynonyms } = corpusSynonyms(morphology.lemmas, log, morphology.parts);
  const started = performance.now();
  const formSynonyms = await cachedInflectedSynonyms(synonyms, morphology.lemmas, cacheDir).catch((error: unknown) => {
    log?.(`Inflecting the thesaurus's headwords failed (${error instanceof Error ? error.message : String(error)}): only their base forms reach synonyms.`);
    return {};
  });
  const phraseSynonyms = await corpusPhraseSynonyms(morphology.lemmas);
  const synonymsOfOtherClass = await otherClassSynonymTable(synonyms, formSynonyms, morphology.lemmas).catch((error: unknown) => {
    log?.(`Reading the thesaurus senses' word classes failed (${error instanceof Error ? error.message : String(error)}): every sense is kept.`);
    return {};
  });
  log?.(
    `Language resources: ${Object.keys(morphology.lemmas).length} forms with lemmas, ${Object.keys(morphology.parts).length} compounds` +
      `${cached ? ' (from the cache)' : ''}, ${Object.keys(morphology.particleVerbs).length} verbs with a particle, ${acronyms.length} acronyms (${byInitials.length} by initials), ` +
      `${Object.keys(synonyms).length} words with synonyms the corpus uses (and ${Object.keys(formSynonyms).length} inflected forms of headwords, ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s), ${Object.keys(phraseSynonyms).length} verb phrases with synonyms the corpus uses, ` +
      `${names.length} names, ${morphology.finiteVerbs?.length ?? 0} finite verb forms, ` +
      `${Object.keys(synonymsOfOtherClass).length} forms with senses of another word class left out.`,
  );
  return {
    version: LANGUAGE_RESOURCES_VERSION,
    ...morphology,
    acronyms,
    synonyms,
    formSynonyms,
    synonymsOfOtherClass,
    ...(derivedSynonyms ? { synonymDerivations: derivedSynonyms } : {}),
    synonymSource,
    phraseSynonyms,
    names,
    knownWords,
  };
};

/** What the word lists give beside the morphology: names and the filter of known words. */
type WordListKnowledge = Pick<LanguageResources, 'names' | 'knownWords'>;

/**
 * The corpus's names and, when `wnorwegian` is installed, the word lists' names and the filter of every form they list
 * (a clear message when it is not). Reading the lists takes seconds, so the result is cached like the morphology, keyed
 * by the texts and the lists' size and time.
 */
const wordListKnowledgeOf = (texts: ReadonlyArray<{ text: string }>, log?: (message: string) => void, cacheDir?: string): WordListKnowledge => {
  const present = wordLists.filter((list) => existsSync(list));
  if (present.length === 0)
    log?.(
      `Norwegian word lists unavailable (${wordLists.join(', ')} missing): names are read from the corpus only and misspellings are not corrected; ${languagePackagesHint}.`,
    );
  const hash = createHash('sha256').update(`word-lists.${LANGUAGE_RESOURCES_VERSION}`);
  for (const { text } of texts) hash.update(text).update('\u0000');
  for (const list of present) {
    const stat = statSync(list);
    hash.update(`${list}:${stat.size}:${stat.mtimeMs}`);
  }
  const cacheFile = cacheDir ? path.join(cacheDir, `word-lists-${hash.digest('hex').slice(0, 24)}.json`) : null;
  const cached = cacheFile ? readCachedWordLists(cacheFile) : null;
  if (cached) return cached;
  const lists = present.map((list) => readFileSync(list, 'latin1').normalize('NFC').split('\n'));
  const forms = [
    ...new Set(
      lists
        .flat()
        .map((line) => line.trim().toLowerCase())
        .filter((line) => line.length > 0),
    ),
  ];
  const knowledge: WordListKnowledge = { names: properNames(texts, lists), knownWords: forms.length > 0 ? WordFilter.build(forms).toData() : null };
  if (cacheFile) writeCached(cacheFile, knowledge);
  return knowledge;
};

const readCachedWordLists = (file: string): WordListKnowledge | null => {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { names?: unknown; knownWords?: WordFilterData | null };
    return Array.isArray(parsed.names) && parsed.names.every((name) => typeof name === 'string') && parsed.knownWords !== undefined
      ? { names: parsed.names, knownWords: parsed.knownWords }
      : null;
  } catch {
    return null;
  }
};

/**
 * Thesaurus synonyms that can meet the corpus: every headword (a question may use any word)
 * with those of its single-word synonyms that are lemmas of corpus words.
 */
const corpusSynonyms = (
  lemmas: Record<string, string[]>,
  log?: (message: string) => void,
  parts: Readonly<Record<string, readonly string[]>> = {},
): Pick<LanguageResources, 'synonyms' | 'synonymSource' | 'synonymDerivations'> => {
  const present = thesauri.filter((file) => existsSync(file));
  if (present.length === 0) {
    log?.(`Norwegian thesaurus unavailable (${thesauri[0]} missing): questions match no synonyms; ${languagePackagesHint}.`);
    return { synonyms: {}, synonymSource: 'none: mythes-no missing' };
  }
  const corpusLemmas = new Set(Object.values(lemmas).flat());
  // A synonym the texts write as a compound the tables know by its parts only («nettsteder» for «nettsted») is kept too.
  const compounds = compoundBaseForms(parts);
  const synonyms: Record<string, string[]> = {};
  const derivations: Record<string, string[]> = {};
  for (const file of present) {
    for (const entry of parseThesaurus(thesaurusText(file))) {
      const kept = entry.synonyms.filter((synonym) => corpusLemmas.has(synonym) || compounds.has(synonym));
      if (kept.length > 0) synonyms[entry.word] = [...new Set([...(synonyms[entry.word] ?? []), ...kept])].sort();
      const derived = synonymDerivations(entry.synonyms, (lemma) => corpusLemmas.has(lemma)).filter((lemma) => lemma !== entry.word);
      if (derived.length > 0) derivations[entry.word] = [...new Set([...(derivations[entry.word] ?? []), ...derived])].sort();
    }
  }
  return { synonyms, synonymDerivations: derivations, synonymSource: `mythes-no (${present.map((file) => path.basename(file)).join(', ')})` };
};

/** A MyThes file decoded in the encoding its first line names. */
const thesaurusText = (file: string): string => {
  const bytes = readFileSync(file);
  return bytes.toString(thesaurusEncoding(bytes.subarray(0, Math.max(0, bytes.indexOf(10))).toString('latin1')));
};

/**
 * Each form's thesaurus synonyms that come only from senses of a word class the form cannot be (`otherClassSynonyms`), the
 * classes being verb or not (`verbOrNot`): the forms of the lemma tables, the inflected headword forms and the headwords,
 * each read by Apertium for its word classes and the lemmas it reaches; every sense of those lemmas (and of the form as a
 * headword) is classed by its synonyms' readings. «pleien» is only a noun, so the verb sense of «pleie» (behandle, håndtere,
 * vedlikeholde, …) is left out for it; «pleier» (noun or verb) keeps both.
 */
const otherClassSynonymTable = async (
  synonyms: Readonly<Record<string, readonly string[]>>,
  formSynonyms: Readonly<Record<string, readonly string[]>>,
  lemmas: Readonly<Record<string, readonly string[]>>,
): Promise<Record<string, string[]>> => {
  const senses = new Map<string, string[][]>();
  for (const file of thesauri.filter((thesaurus) => existsSync(thesaurus))) {
    for (const [word, list] of thesaurusSenses(thesaurusText(file))) {
      if (Object.hasOwn(synonyms, word)) senses.set(word, [...(senses.get(word) ?? []), ...list]);
    }
  }
  const single = /^\p{L}[\p{L}-]*$/u;
  const forms = [...new Set([...Object.keys(lemmas), ...Object.keys(formSynonyms), ...Object.keys(synonyms)])].filter((form) => single.test(form));
  const words = [...new Set([...forms, ...[...senses.values()].flat(2)])];
  const outputs = await Promise.all(analysers.map((analyser) => analyse(analyser.file, words, false)));
  const analysesOf = new Map<string, string[]>();
  for (const output of outputs)
    for (const line of output) {
      const surface = parseLtProcLine(line)?.surface.toLowerCase().normalize('NFC');
      if (surface) analysesOf.set(surface, [...(analysesOf.get(surface) ?? []), ...taggedAnalyses(line)]);
    }
  const classes = new Map<string, Set<string>>();
  const classesOf = (word: string): Set<string> => {
    const known = classes.get(word) ?? verbOrNot(wordClassesOf(analysesOf.get(word) ?? []));
    classes.set(word, known);
    return known;
  };
  const classed = new Map<string, ClassedSense[]>();
  for (const [word, list] of senses) {
    const kept = new Set(synonyms[word] ?? []);
    classed.set(
      word,
      list
        .map((sense) => ({ classes: senseClasses(sense, classesOf), synonyms: sense.filter((synonym) => kept.has(synonym)) }))
        .filter((sense) => sense.synonyms.length > 0),
    );
  }
  const table: Record<string, string[]> = {};
  for (const form of forms) {
    const reached = new Set([form, ...(lemmas[form] ?? []), ...(analysesOf.get(form) ?? []).map(lemmaOfAnalysis)]);
    const dropped = otherClassSynonyms(
      classesOf(form),
      [...reached].flatMap((headword) => classed.get(headword) ?? []),
    );
    if (dropped.length > 0) table[form] = dropped;
  }
  return table;
};

/** The longest inflectional ending a Norwegian form adds to its stem («-este», «-edes», «-ande»; five letters with a linking vowel). */
const maxEnding = 5;

/**
 * The thesaurus's headwords that no corpus word is a form of, keyed by their inflected forms as well (see
 * `inflectedSynonyms`, `LanguageResources.formSynonyms`): the word-list forms that write such a headword's stem plus an
 * ending of at most `maxEnding` letters and that Apertium reads as a form of it alone, and the forms Apertium's generators
 * give for it (every form tag set those analyses show for its word class), so a strong or irregular form counts too. A
 * question that writes «utgiftene» where the corpus writes «kostnader» then reaches the synonym as it reaches it from
 * «utgift» (to rank passages by only). Forms the lemma tables hold keep their own lemmas' synonyms.
 */
const synonymsOfInflectedForms = async (synonyms: Record<string, string[]>, lemmas: Record<string, string[]>): Promise<Record<string, string[]>> => {
  const corpusLemmas = new Set(Object.values(lemmas).flat());
  const headwords = new Set(Object.keys(synonyms).filter((word) => !corpusLemmas.has(word) && !Object.hasOwn(lemmas, word) && /^\p{L}+$/u.test(word)));
  if (headwords.size === 0) return {};
  // A regular form writes its lemma out, less a final «e», and adds an ending of at most five letters («utgift» →
  // «utgiftene», «kjøpe» → «kjøptes», «ren» → «reneste»); the generators give the rest. Longer additions are compounds.
  const stems = new Set([...headwords].map((word) => (word.length > 3 ? word.replace(/e$/u, '') : word)));
  const writesStem = (word: string): boolean => {
    for (let length = Math.max(2, word.length - maxEnding); length < word.length; length += 1) if (stems.has(word.slice(0, length))) return true;
    return false;
  };
  const listed = wordLists
    .filter((list) => existsSync(list))
    .flatMap((file) => readFileSync(file, 'latin1').normalize('NFC').split('\n'))
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word.length > 1 && /^\p{L}+$/u.test(word) && !Object.hasOwn(lemmas, word) && writesStem(word));
  const forms = [...new Set([...headwords, ...listed])];
  const outputs = await Promise.all(analysers.map((analyser) => analyse(analyser.file, forms, false)));
  // A form read as a form of another word too («sparer»: spare, sparer) is left to its own readings: the headword's
  // synonyms would be the wrong word's half the time.
  const readAs = new Map<string, Set<string>>();
  for (const parsed of analysedLines(outputs)) {
    const set = readAs.get(parsed.surface) ?? new Set<string>();
    for (const lemma of lemmasAndParts(parsed.readings).lemmas) set.add(lemma);
    readAs.set(parsed.surface, set);
  }
  const pairs: Array<[string, string]> = [];
  for (const [form, set] of readAs) {
    const [lemma] = set;
    if (set.size === 1 && lemma && headwords.has(lemma)) pairs.push([form, lemma]);
  }
  await Promise.all(
    generators.map(async (generator, index) => {
      if (!existsSync(generator)) return;
      const requests = generationRequests(outputs[index] ?? [], (lemma) => headwords.has(lemma));
      const generated = await ltProc(['-g', generator], requests);
      requests.forEach((request, at) => {
        const lemma = /^\^([^<]+)</u.exec(request)?.[1];
        const [form] = generatedForms([generated[at] ?? '']);
        const reading = form ? readAs.get(form) : undefined;
        if (lemma && form && (!reading || (reading.size === 1 && reading.has(lemma)))) pairs.push([form, lemma]);
      });
    }),
  );
  const inflected = inflectedSynonyms(synonyms, pairs, (form) => Object.hasOwn(lemmas, form));
  const translated = translatedSynonyms(
    synonyms,
    await nynorskTranslations(lemmas),
    (lemma) => corpusLemmas.has(lemma),
    (form) => Object.hasOwn(lemmas, form),
  );
  for (const [form, found] of Object.entries(inflected)) translated[form] = [...new Set([...(translated[form] ?? []), ...found])].sort();
  return translated;
};

/** The content-word classes whose nynorsk words are read through their bokmål translation: nouns, verbs, adjectives, adverbs. */
const contentAnalysis = /^[^<#]+<(?:n|vblex|adj|adv)>/u;

/**
 * The nynorsk word list's forms that the lemma tables do not know, each with the bokmål lemmas Apertium's nynorsk→bokmål
 * dictionary translates its nynorsk lemmas to (`translatedSynonyms`): «dugleiken» → dyktighet, «meistre» → mestre, «kopling»
 * → kobling. Not the bokmål analyser's readings: Apertium's bokmål reads the radical forms too («dugleik», «kopling»). Empty
 * without the dictionary or the word list.
 */
const nynorskTranslations = async (lemmas: Record<string, string[]>): Promise<Array<[string, string]>> => {
  if (!existsSync(nynorskBilingual) || !existsSync(nynorskWordList)) return [];
  const forms = [
    ...new Set(
      readFileSync(nynorskWordList, 'latin1')
        .normalize('NFC')
        .split('\n')
        .map((word) => word.trim().toLowerCase())
        .filter((word) => word.length > 2 && /^\p{L}+$/u.test(word) && !Object.hasOwn(lemmas, word)),
    ),
  ];
  const nynorskOutput = await analyse(nynorskAnalyser, forms, false);
  const analysesOf = new Map<string, string[]>();
  for (const line of nynorskOutput) {
    const surface = parseLtProcLine(line)?.surface;
    if (!surface) continue;
    const content = taggedAnalyses(line).filter((analysis) => contentAnalysis.test(analysis) && !/<(?:cmp|compound-only-L)>/u.test(analysis));
    if (content.length > 0)
      analysesOf.set(
        surface,
        content.map((analysis) => analysis.replace(/<(?:compound-R|detriple)>/gu, '')),
      );
  }
  const unique = [...new Set([...analysesOf.values()].flat())];
  const translated = await ltProc(
    ['-b', nynorskBilingual],
    unique.map((analysis) => `^${analysis}$`),
  );
  const toBokmaal = bilingualLemmas(translated.slice(0, unique.length));
  const pairs: Array<[string, string]> = [];
  for (const [form, analyses] of analysesOf)
    for (const lemma of new Set(analyses.map(lemmaOfAnalysis)))
      for (const bokmaal of toBokmaal.get(lemma) ?? []) if (bokmaal !== lemma) pairs.push([form, bokmaal]);
  return pairs;
};

/**
 * `synonymsOfInflectedForms`, cached like the morphology (analysing the forms takes tens of seconds), keyed by the build,
 * the headwords' synonyms, the lemma tables' forms and the size and time of the Debian files they come from.
 */
const cachedInflectedSynonyms = async (
  synonyms: Record<string, string[]>,
  lemmas: Record<string, string[]>,
  cacheDir: string | undefined,
): Promise<Record<string, string[]>> => {
  const hash = createHash('sha256').update(`inflected-synonyms-3.${LANGUAGE_RESOURCES_VERSION}.${MORPHOLOGY_BUILD}`).update(JSON.stringify(synonyms));
  hash.update(Object.keys(lemmas).sort().join('\n'));
  for (const file of [...analysers.map((analyser) => analyser.file), ...generators, ...wordLists, nynorskBilingual]) {
    const stat = existsSync(file) ? statSync(file) : null;
    hash.update(`${file}:${stat?.size ?? 0}:${stat?.mtimeMs ?? 0}`);
  }
  const cacheFile = cacheDir ? path.join(cacheDir, `inflected-synonyms-${hash.digest('hex').slice(0, 24)}.json`) : null;
  if (cacheFile && existsSync(cacheFile)) {
    try {
      return JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, string[]>;
    } catch {
      // Rebuilt below.
    }
  }
  const found = await synonymsOfInflectedForms(synonyms, lemmas);
  if (cacheFile) writeCached(cacheFile, found);
  return found;
};

/** The words Apertium reads as a verb's infinitive, in bokmål or nynorsk. */
const infinitivesOf = async (words: string[]): Promise<Set<string>> => {
  const outputs = await Promise.all(analysers.map((analyser) => analyse(analyser.file, words, false)));
  const verbs = new Set<string>();
  for (const output of outputs) for (const line of output) if (/<vblex><inf>/u.test(line)) verbs.add(parseLtProcLine(line)?.surface.toLowerCase() ?? '');
  return verbs;
};

/**
 * The verb phrases whose synonyms the corpus uses: the particle verbs the corpus writes as one prefixed word («knytte
 * til» → «tilknytte», «følge opp» → «oppfølging»; see `prefixedParticleVerbs`).
 */
const corpusPhraseSynonyms = async (lemmas: Record<string, string[]>): Promise<Record<string, string[]>> => {
  const corpusLemmas = new Set(Object.values(lemmas).flat());
  return prefixedParticleVerbs(corpusLemmas, await infinitivesOf(prefixedVerbCandidates(corpusLemmas)));
};

/** Every line of the analysers' outputs that holds an analysis, parsed, in order. */
function* analysedLines(outputs: readonly string[][]): Generator<NonNullable<ReturnType<typeof parseLtProcLine>>> {
  for (const output of outputs) {
    for (const line of output) {
      const parsed = parseLtProcLine(line);
      if (parsed) yield parsed;
    }
  }
}

/** Runs Apertium over the vocabulary and the word lists; null (with a message) when lt-proc fails. */
const analyseMorphology = async (vocabulary: string[], capitalisedWords: ReadonlySet<string>, log?: (message: string) => void): Promise<Morphology | null> => {
  const lemmas = new Map<string, Set<string>>();
  const parts: Record<string, string[]> = {};
  const add = (word: string, lemma: string) => {
    const set = lemmas.get(word) ?? new Set<string>();
    set.add(lemma);
    lemmas.set(word, set);
  };
  let toBokmaal = new Map<string, Set<string>>();
  let nynorskTargets: string[] = [];
  let lowercaseOutputs: string[][] = [];
  const words = new Set(vocabulary);
  // The lines over lowercase words (corpus words, word-list forms), both analysers: where the finite verbs are read from.
  const verbLines: string[][] = [];
  try {
    const lowercase = await Promise.all(analysers.map((analyser) => analyse(analyser.file, vocabulary, true)));
    // Apertium knows proper nouns only capitalised («Norge», «Noreg»): a word neither analyser knows that the texts
    // write with a capital is read again capitalised, so names get their lemma and their nynorsk link.
    const known = new Set([...analysedLines(lowercase)].filter((parsed) => parsed.readings.length > 0).map((parsed) => parsed.surface));
    const names = vocabulary.filter((word) => !known.has(word) && capitalisedWords.has(word)).map(capitalised);
    const named = await Promise.all(analysers.map((analyser) => analyse(analyser.file, names, false)));
    const outputs = lowercase.map((output, index) => [...output, ...(named[index] ?? [])]);
    verbLines.push(...lowercase);
    ({ links: toBokmaal, targets: nynorskTargets } = await nynorskLemmasOf(outputs[0] ?? []));
    lowercaseOutputs = lowercase;
    // Both analysers' readings of a word are weighed together (`pooledReadings`).
    const readingsOf = pooledReadings(analysedLines(outputs));
    for (const [surface, readings] of readingsOf) {
      const reading = lemmasAndParts(readings, surface, words);
      for (const lemma of reading.lemmas) add(surface, lemma);
      if (reading.parts.length > 1 && !lemmas.has(surface)) parts[surface] = reading.parts;
    }
  } catch (error) {
    log?.(`Norwegian morphology unavailable (lt-proc failed: ${error instanceof Error ? error.message : String(error)}); ${languagePackagesHint}.`);
    return null;
  }
  for (const word of Object.keys(parts)) if (lemmas.has(word)) delete parts[word];

  // Every inflected form in the word lists of a lemma the corpus uses: first the forms sharing their first three letters
  // with a corpus lemma (the rest cannot inflect one regularly).
  const corpusLemmas = new Set([...lemmas.values()].flatMap((set) => [...set]).concat(Object.values(parts).flat()));
  // A corpus word in one standard gains the lemma of the other («skulane»: skule, skole).
  for (const set of lemmas.values()) for (const lemma of [...set]) for (const bokmaal of toBokmaal.get(lemma) ?? []) set.add(bokmaal);
  let listed = 0;
  let linked = 0;
  /** Analyses forms with both analysers and lists each under the corpus lemmas it reads as (directly or through its link to bokmål). */
  const analyseForms = async (forms: string[]): Promise<string[][]> => {
    const outputs = await Promise.all(analysers.map((analyser) => analyse(analyser.file, forms, false)));
    verbLines.push(...outputs);
    for (const parsed of analysedLines(outputs)) {
      for (const lemma of lemmasAndParts(parsed.readings).lemmas) {
        for (const candidate of [lemma, ...(toBokmaal.get(lemma) ?? [])].filter((other) => corpusLemmas.has(other))) {
          add(parsed.surface, candidate);
          linked += 1;
        }
      }
    }
    return outputs;
  };
  // Case kept: the lists write names capitalised («Noreg»), the only way Apertium knows them.
  const listForms = wordLists
    .filter((list) => existsSync(list))
    .flatMap((file) => readFileSync(file, 'latin1').normalize('NFC').split('\n'))
    .filter((word) => word.length > 1 && /^\p{L}+$/u.test(word));
  /** The word-list forms whose beginning (three letters, two for a two-letter form) `prefixes` holds, that no table lists yet. */
  const listFormsStarting = (prefixes: ReadonlySet<string>, skipped: ReadonlySet<string>): string[] => [
    ...new Set(listForms.filter((word) => !skipped.has(word) && !lemmas.has(word.toLowerCase()) && prefixes.has(word.toLowerCase().slice(0, 3)))),
  ];
  const prefixes = new Set([...corpusLemmas, ...toBokmaal.keys()].map((lemma) => lemma.slice(0, 3)));
  const firstForms = listFormsStarting(prefixes, new Set());
  const firstOutputs = await analyseForms(firstForms);
  listed += firstForms.length;
  // Then the forms Apertium's generators give for the corpus's lemmas (every form tag set the analyses show), and the
  // word-list forms that begin like them: a strong verb's past («fant», «gikk», «sa») shares no beginning with its lemma.
  const generated = await paradigmFormsOf(
    lowercaseOutputs.map((output, index) => [...output, ...(firstOutputs[index] ?? [])]),
    (lemma) => corpusLemmas.has(lemma) || toBokmaal.has(lemma),
    nynorskTargets,
  ).catch((error: unknown) => {
    log?.(`Apertium's generators failed (${error instanceof Error ? error.message : String(error)}): strong verbs' pasts come from the word lists only.`);
    return [];
  });
  const generatedPrefixes = new Set(generated.flatMap((form) => [form.slice(0, 3), form.slice(0, 2)]).filter((prefix) => !prefixes.has(prefix)));
  const secondForms = [...new Set([...generated.filter((form) => !lemmas.has(form)), ...listFormsStarting(generatedPrefixes, new Set(firstForms))])];
  await analyseForms(secondForms);
  listed += secondForms.length;
  return {
    morphologySource: `apertium-nno-nob (lt-proc; ${toBokmaal.size} nynorsk lemmas linked to bokmål) + wnorwegian and Apertium's generators (${listed} forms analysed, ${generated.length} generated; ${linked} form-lemma pairs)`,
    lemmas: Object.fromEntries([...lemmas].map(([word, set]) => [word, [...set].sort()])),
    parts,
    particleVerbs: particleVerbsOf(toBokmaal),
    finiteVerbs: finiteVerbForms(verbLines.flat()),
  };
};
