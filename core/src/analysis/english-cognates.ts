/**
 * Norwegian spellings an English word may have as a loan or a shared Latin/Greek word: the regular
 * spelling correspondences between the two languages (closed-class rules, no word list): c → k
 * (contract → kontrakt), -tion → -sjon (institution → institusjon), -y → -i (strategy → strategi),
 * -ise/-ize/-ate → -isere/-ere (realise → realisere, prioritise → prioritere, estimate → estimere), -ic(al) → -isk, ph → f,
 * th → t, qu → kv, x → ks, double consonants single (programme → program), -gue → -g (catalogue → katalog). Only spellings the corpus
 * uses are worth searching: the caller keeps those its vocabulary holds.
 */
const ENDINGS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/tions?$/u, ['sjon', 'sjoner']],
  [/sions?$/u, ['sjon', 'sjoner']],
  [/ities$|ity$/u, ['itet']],
  [/ies$|y$/u, ['i']],
  [/ical$|ic$|ics$/u, ['isk', 'ikk']],
  [/(?:is|iz)(?:e|ed|es|ing)$/u, ['isere', 'isert', 'ere', 'ert']],
  [/at(?:e|ed|es|ing)$/u, ['ere', 'ert']],
  [/ances?$/u, ['anse']],
  [/ences?$/u, ['ense']],
  [/ives?$/u, ['iv']],
  [/mmes?$/u, ['m']],
  [/gues?$/u, ['g']],
  [/ees?$/u, ['e', 'é']],
  [/es$|s$/u, ['']],
];

const LETTERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ph/gu, 'f'],
  [/th/gu, 't'],
  [/qu/gu, 'kv'],
  [/x/gu, 'ks'],
  [/ch/gu, 'k'],
  [/ck/gu, 'kk'],
  [/c(?=[eiy])/gu, 's'],
  [/c/gu, 'k'],
  [/w/gu, 'v'],
  [/([bdfgklmnprst])\1/gu, '$1'],
];

const spellLetters = (word: string): string => LETTERS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), word);

/** Candidate Norwegian spellings of an English word (lowercase): with a Norwegian ending first, then the word respelled as it is. */
export const cognateSpellings = (word: string): string[] => {
  const candidates = new Set<string>();
  const lower = word.toLowerCase();
  if (lower.length < 4 || !/^\p{Ll}+$/u.test(lower)) return [];
  for (const [ending, replacements] of ENDINGS) {
    if (!ending.test(lower)) continue;
    const base = lower.replace(ending, '');
    if (base.length < 3) continue;
    for (const replacement of replacements) candidates.add(spellLetters(base) + replacement);
  }
  candidates.add(spellLetters(lower));
  candidates.delete(lower);
  return [...candidates];
};

/**
 * The Norwegian action noun of an English noun in -ation made from a verb in -ise/-ate/-ent («implementation» → implementering,
 * «prioritisation» → prioritering): the noun of the Norwegian verb in -ere. A fallback for a word whose -sjon spelling the
 * corpus does not write («organisation» is «organisasjon», not «organisering»).
 */
export const actionNounSpellings = (word: string): string[] => {
  const lower = word.toLowerCase();
  const base = lower.replace(/ations?$/u, '');
  if (base === lower || base.length < 4 || !/^\p{Ll}+$/u.test(lower)) return [];
  const respelled = spellLetters(base);
  return [...new Set([`${respelled}ering`, ...(/i[sz]$/u.test(base) ? [`${spellLetters(base.slice(0, -2))}ering`] : [])])];
};
