/**
 * Norwegian's periodic adjectives and adverbs: «årlig»/«årleg» is «hvert år», «per år», «kvart år»;
 * «daglig»/«dagleg» is «hver dag». A `-lig`/`-leg` lemma whose stem is a noun lemma («år» + «lig»,
 * «uke» → «ukentlig») is a candidate; only nouns of time keep it, since «personlig» is not «per person»
 * nor «enhetlig» «per enhet». Which nouns name time is read from WordNet (their English translations'
 * most frequent noun sense filed under `noun.time`), not from a list.
 */

/** The words before a noun that make it distributive: «hvert år», «kvart år», «per år», «pr. år». */
const distributiveWords = 'hver|hvert|kvar|kvart|per|pr';
const distributive = new RegExp(`(?:^|[^\\p{L}])(?:${distributiveWords}|pr\\.)\\s+$`, 'iu');
const distributiveWord = new RegExp(`^(?:${distributiveWords})$`, 'iu');

/** Whether `word` is one of the words that make the next noun of time distributive («hvert» of «hvert år»). */
export const isDistributiveWord = (word: string): boolean => distributiveWord.test(word);

/** «i»/«om» before a definite singular noun of time says the same: «en halv milliard i året», «to timer i uka», «om dagen». */
const inThe = /(?:^|[^\p{L}])(?:i|om)\s+$/iu;
/** Whether a form is its lemma in the definite singular: «år-et», «dag-en», «uke-n», «uk-a». */
const isDefiniteSingular = (surface: string, lemma: string): boolean =>
  (surface.startsWith(lemma) && /^e?[tn]$/u.test(surface.slice(lemma.length))) || surface === `${lemma.replace(/e$/u, '')}a`;

/**
 * Whether the word `surface` starting at `start` of `text` is read distributively: right after
 * «hver»/«hvert»/«kvar»/«kvart»/«per»/«pr.», or in the definite singular after «i»/«om» («i året»,
 * not «i dag», which is today). `lemmas` are the word's lemmas, for the definite ending.
 */
export const isDistributive = (text: string, start: number, surface: string, lemmas: readonly string[]): boolean => {
  const before = text.slice(Math.max(0, start - 8), start);
  if (distributive.test(before)) return true;
  if (!inThe.test(before)) return false;
  return lemmas.some((lemma) => isDefiniteSingular(surface, lemma));
};

/** Noun lemma → the `-lig`/`-leg` lemmas made of it, among `lemmas`: «år» → «årlig», «årleg»; «uke» → «ukentlig». */
export const periodicCandidates = (lemmas: Iterable<string>): Map<string, string[]> => {
  const known = new Set(lemmas);
  const found = new Map<string, string[]>();
  for (const lemma of known) {
    const match = /^(\p{L}{2,}?)(?:lig|leg)$/u.exec(lemma);
    const stem = match?.[1];
    if (!stem) continue;
    // «ukentlig», «vekentleg»: the noun's final -e and a linking «-nt-».
    const nouns = [stem, ...(stem.endsWith('ent') ? [`${stem.slice(0, -3)}e`] : [])];
    for (const noun of nouns) if (known.has(noun)) found.set(noun, [...(found.get(noun) ?? []), lemma]);
  }
  return found;
};

/** WordNet's lexicographer file of nouns of time (`noun.time`, number 28 in `lexnames`). */
const nounTimeFile = '28';

/**
 * The English nouns whose most frequent sense is a noun of time («year», «day», «month»), from
 * WordNet's `index.noun` (first synset offset = most frequent sense) and `data.noun` (its lexicographer file).
 */
export const wordnetTimeNouns = (indexNoun: string, dataNoun: string): Set<string> => {
  const timeOffsets = new Set<string>();
  for (const line of dataNoun.split('\n')) {
    if (line.startsWith(' ')) continue;
    const [offset, file] = line.split(' ', 2);
    if (offset && file === nounTimeFile) timeOffsets.add(offset);
  }
  const found = new Set<string>();
  for (const line of indexNoun.split('\n')) {
    if (line.startsWith(' ') || line.length === 0) continue;
    const fields = line.split(' ');
    const senses = Number(fields[2]);
    const pointers = Number(fields[3]);
    // lemma pos synset_cnt p_cnt [ptr_symbol × p_cnt] sense_cnt tagsense_cnt synset_offset × synset_cnt
    const first = fields[4 + pointers + 2];
    if (senses > 0 && first && timeOffsets.has(first)) found.add((fields[0] ?? '').replace(/_/gu, ' '));
  }
  return found;
};

/**
 * The candidates (`periodicCandidates`) whose noun translates an English noun of time: noun lemma →
 * its periodic lemmas, where the noun is the first translation of an English noun of time. `entries` is an
 * English → Norwegian dictionary (FreeDict eng-nor as read).
 */
export const periodicAdjectives = (
  candidates: ReadonlyMap<string, readonly string[]>,
  entries: ReadonlyMap<string, readonly string[]>,
  timeNouns: ReadonlySet<string>,
): Record<string, string[]> => {
  const ofTime = new Set<string>();
  for (const [english, norwegian] of entries) {
    if (!timeNouns.has(english)) continue;
    // The first translation is the word's main sense: «go» (WordNet's first noun sense «a turn») → «gå», not «virke».
    const first = norwegian[0];
    if (first && candidates.has(first)) ofTime.add(first);
  }
  return Object.fromEntries([...ofTime].sort().map((noun) => [noun, [...(candidates.get(noun) ?? [])].sort()]));
};
