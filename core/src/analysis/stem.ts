/// <reference path="./snowball-stemmers.d.ts" />
import snowball from 'snowball-stemmers';

const norwegianStemmer = snowball.newStemmer('norwegian');

/** Analysis stems the same few thousand words over and over; the cache is bounded for long-running servers. */
const MAX_CACHED_STEMS = 100_000;
const stemCache = new Map<string, string>();

/**
 * What Snowball's step 3 cut that is a noun, not a suffix: «-lege» (doctor) and «-lov» (law, with the linking
 * «s»/«e» before it). Snowball strips «leg» and «lov» as if they were the nynorsk adjective ending «-leg»
 * and a derivation, so «fastlegen» became «fast» (the adjective «fast») and «pasientjournalloven» became
 * «pasientjournal». Written by hand because the Snowball algorithm has no switch for one step; nynorsk
 * «-leg» adjectives never get here, `normalizeNynorsk` has already made them «-lig».
 */
const NOUN_CUT_AS_SUFFIX = /^(?:e|s|hets)?(?:leg|lov)/;

/**
 * The Snowball Norwegian stem of one lowercased word (`kommunene` → `kommun`, `utfordringar` → `utfordring`),
 * with the compound heads «-lege» and «-lov» kept (`fastlegene` → `fastleg`, `helsepersonelloven` →
 * `helsepersonellov`). Numbers and words that contain digits are returned unchanged.
 */
export const stem = (word: string): string => {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  const stemmed = /\d/.test(word) ? word : snowballStem(word);
  if (stemCache.size >= MAX_CACHED_STEMS) stemCache.clear();
  stemCache.set(word, stemmed);
  return stemmed;
};

const snowballStem = (word: string): string => {
  const stemmed = norwegianStemmer.stem(word);
  if (!word.startsWith(stemmed)) return stemmed;
  const cut = NOUN_CUT_AS_SUFFIX.exec(word.slice(stemmed.length));
  return cut ? stemmed + cut[0] : stemmed;
};
