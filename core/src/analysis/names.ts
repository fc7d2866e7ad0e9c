/**
 * Proper names and acronyms as lowercase words, so a question typed in lowercase («hva mener
 * legeforeningen om …», «ks innspill helsereform») still names what it asks about. Norwegian
 * writes names capitalised and common nouns lowercase inside a sentence, so the corpus itself
 * tells its names apart; Debian's word lists (`wnorwegian`) add the names the corpus never writes
 * («Danmark», «Sverige»), which matter most: a question about them is one the texts do not answer.
 */

/** Share of a word's occurrences inside sentences that must be capitalised for it to be a name. */
const nameShare = 0.8;

const wordPattern = /\p{L}[\p{L}\p{M}]*/gu;
/** A word stands inside a sentence when the character before it on its line (spaces skipped) is a lowercase letter, a digit or a comma. */
const insideSentence = /[\p{Ll}\p{N},;]/u;

/**
 * The character before `at` on the same line, spaces skipped; '' at a line's start. A line break is no evidence:
 * the texts come from PDFs, where a heading without a full stop runs into the next line («Status og utfordringer\nDrøyt 400 …»).
 */
const previousOnLine = (text: string, at: number): string => {
  for (let index = at - 1; index >= 0; index -= 1) {
    const character = text[index] ?? '';
    if (character === '\n') return '';
    if (!/\s/u.test(character)) return character;
  }
  return '';
};

/**
 * The lowercase words of the texts that are names (capitalised in at least 80 % of their
 * occurrences inside a sentence, acronyms too: «KS», «Legeforeningen») and those written
 * lowercase inside a sentence at all (a word list's name that the corpus uses as a common word is none).
 */
export const corpusCapitalisation = (texts: ReadonlyArray<{ text: string }>): { names: Set<string>; lowercase: Set<string>; acronyms: Set<string> } => {
  const counts = new Map<string, { capitalised: number; lowercase: number }>();
  const acronyms = new Set<string>();
  for (const { text } of texts) {
    const normalised = text.normalize('NFC');
    for (const match of normalised.matchAll(wordPattern)) {
      const word = match[0];
      if (word.length < 2 || !insideSentence.test(previousOnLine(normalised, match.index))) continue;
      // A word inside a hyphenated compound («IKT-kompetanse», «helse-Norge») is read by its own case as well.
      const key = word.toLowerCase();
      const count = counts.get(key) ?? { capitalised: 0, lowercase: 0 };
      if (/^\p{Lu}{2,}$/u.test(word)) acronyms.add(key);
      if (/^\p{Lu}/u.test(word)) count.capitalised += 1;
      else count.lowercase += 1;
      counts.set(key, count);
    }
  }
  const names = new Set<string>();
  const lowercase = new Set<string>();
  for (const [word, { capitalised, lowercase: lower }] of counts) {
    if (capitalised / (capitalised + lower) >= nameShare) names.add(word);
    if (lower > 0) lowercase.add(word);
  }
  return { names, lowercase, acronyms };
};

/**
 * A word list's names (capitalised words of three letters or more with no lowercase entry of the same spelling, lowercase) and which
 * of `asked` it lists as common words. Two passes with lookups only: a list holds about a million forms.
 */
const readWordList = (lines: readonly string[], asked: ReadonlySet<string> = new Set()): { names: string[]; common: Set<string> } => {
  const capitalised = new Set<string>();
  for (const line of lines) if (/^\p{Lu}\p{Ll}{2,}$/u.test(line)) capitalised.add(line.toLowerCase());
  const common = new Set<string>();
  const twins = new Set<string>();
  for (const line of lines) {
    if (capitalised.has(line)) twins.add(line);
    if (asked.has(line)) common.add(line);
  }
  return { names: [...capitalised].filter((name) => !twins.has(name)), common };
};

/**
 * The names in a word list (one word a line): capitalised words of three letters or more with no lowercase
 * entry of the same spelling («Danmark», «Danmarks»; not «Berg» beside «berg»; not «Vs»), lowercase.
 * Acronyms are left out: the lists' are not the corpus's, and «IT», «AS» are also common words.
 */
export const wordListNames = (lines: readonly string[]): string[] => readWordList(lines).names;

/**
 * The names of the corpus, less those the word lists know as common words («lov», «modellen»: a heading's first word)
 * unless the corpus writes them as acronyms («IT»), and the names of the word lists that the corpus never writes
 * lowercase inside a sentence; sorted.
 */
export const properNames = (texts: ReadonlyArray<{ text: string }>, wordLists: ReadonlyArray<readonly string[]>): string[] => {
  const { names, lowercase, acronyms } = corpusCapitalisation(texts);
  const lists = wordLists.map((list) => readWordList(list, names));
  for (const name of names) if (!acronyms.has(name) && lists.some((list) => list.common.has(name))) names.delete(name);
  for (const list of lists) for (const name of list.names) if (!lowercase.has(name)) names.add(name);
  return [...names].sort();
};

/**
 * The abbreviations of the Norwegian legal forms (Enhetsregisteret's organisasjonsformer, and the ones the laws require a
 * name to end in: aksjeloven, allmennaksjeloven, selskapsloven, samvirkelova, statsforetaksloven, helseforetaksloven with
 * «RHF», IKS-loven, kommuneloven's «KF»/«FKF», borettslagsloven …). Written after a name («Norsk helsenett SF», «Helse
 * Midt-Norge RHF», «KS Digitale fellestjenester AS») one of them says what kind of body the name is, not a name of its own.
 * «KS» (kommandittselskap) is left out: in these texts KS is the municipalities' organisation, a name of its own the corpus writes
 * 355 times and never as a legal form, and a question put verb-second sets a subject's name right before an object's
 * («Hvorfor kritiserer Legeforeningen KS?»), where «KS» would read as the legal form of «Legeforeningen».
 */
export const legalForms: ReadonlySet<string> = new Set([
  'AAFY',
  'ADOS',
  'ANNA',
  'ANS',
  'AS',
  'ASA',
  'BA',
  'BBL',
  'BEDR',
  'BO',
  'BRL',
  'DA',
  'ENK',
  'EOFG',
  'ESEK',
  'FKF',
  'FLI',
  'FYLK',
  'GFS',
  'HF',
  'IKJP',
  'IKS',
  'KBO',
  'KF',
  'KIRK',
  'KOMM',
  'KTRF',
  'NUF',
  'OPMV',
  'ORGL',
  'PERS',
  'PK',
  'PRE',
  'RHF',
  'SA',
  'SAM',
  'SE',
  'SF',
  'SPA',
  'STAT',
  'STI',
  'SÆR',
  'TVAM',
  'UTLA',
  'VPFO',
]);
