import { englishStopwords } from './english-function-words';

// biome-ignore format: a word list reads best as rows of words
const BOKMAL = [
  'og', 'i', 'jeg', 'det', 'at', 'en', 'et', 'den', 'til', 'er', 'som', 'på', 'de', 'med', 'han', 'av',
  'ikke', 'der', 'så', 'var', 'meg', 'seg', 'men', 'ett', 'har', 'om', 'vi', 'ha', 'hadde', 'hun', 'nå',
  'da', 'ved', 'fra', 'sin', 'dem', 'oss', 'man', 'kan', 'hvor', 'eller', 'hva', 'skal', 'selv', 'her',
  'alle', 'vil', 'bli', 'ble', 'blitt', 'når', 'være', 'noen', 'noe', 'skulle', 'ville', 'etter', 'denne',
  'for', 'sine', 'sitt', 'mot', 'å', 'hvorfor', 'dette', 'disse', 'uten', 'hvordan', 'ingen', 'blir',
  'samme', 'hvilken', 'hvilke', 'hvilket', 'mellom', 'vår', 'hver', 'hvem', 'hvis', 'både', 'bare', 'enn',
  'fordi', 'før', 'også', 'slik', 'vært', 'siden', 'må', 'bør', 'mange', 'mens', 'hos',
  // Personal and possessive pronouns of Snowball's Norwegian stop list: they point, they do not name a topic.
  'du', 'deg', 'din', 'ditt', 'dine', 'ham', 'henne', 'hennes', 'dens', 'dets', 'deres', 'dere', 'vårt', 'våre',
];

/** Nynorsk forms are also normalised to bokmål before the stopword test; these are listed for clarity. */
// biome-ignore format: a word list reads best as rows of words
const NYNORSK = [
  'eg', 'ein', 'eit', 'ikkje', 'kva', 'korleis', 'kor', 'kven', 'kvifor', 'dei', 'frå', 'berre', 'noko', 'òg',
  // Forms the normalisation leaves as they are, whose bokmål words are listed above (være, blitt, vi, ingen).
  'vera', 'vorten', 'me', 'inga',
  // Nynorsk pronouns whose bokmål forms are listed above.
  'deira', 'hennar', 'dykk', 'dykkar',
];

/**
 * True function words only: pronouns, articles, prepositions, conjunctions, auxiliaries and question words
 * of bokmål, nynorsk and English. No content words (arbeid, bruke, tid, verdi, punkt, mål, år stay
 * searchable), and no English word that is a Norwegian content word (`to` is "two", `by` is "city").
 */
export const stopwords: ReadonlySet<string> = new Set([...BOKMAL, ...NYNORSK, ...englishStopwords]);

const norwegianStopwords: ReadonlySet<string> = new Set([...BOKMAL, ...NYNORSK]);

export const isStopword = (word: string): boolean => stopwords.has(word);

/** A bokmål or nynorsk function word (an English one written in capitals is an acronym: «IT»). */
export const isNorwegianStopword = (word: string): boolean => norwegianStopwords.has(word);
