/** Whole words: function words and frequent words whose bokmål form is not a regular rewrite. */
// biome-ignore format: a word list reads best as rows of words
const WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  kva: 'hva', korleis: 'hvordan', kor: 'hvor', kvar: 'hvor', kven: 'hvem', kvifor: 'hvorfor', kvi: 'hvorfor',
  kvarandre: 'hverandre', kvart: 'hvert', ikkje: 'ikke', inkje: 'ikke', eg: 'jeg', dei: 'de', deira: 'deres',
  deim: 'dem', dykk: 'dere', dykkar: 'deres', ho: 'hun', honom: 'ham', hennar: 'hennes',
  ein: 'en', eit: 'et', eitt: 'ett', ei: 'en', frå: 'fra', berre: 'bare', noko: 'noe', nokon: 'noen',
  nokre: 'noen', noka: 'noen', òg: 'også', no: 'nå', då: 'da', medan: 'mens', sidan: 'siden', utan: 'uten',
  innan: 'innen', innanfor: 'innenfor', utanfor: 'utenfor', ovanfor: 'ovenfor', nedanfor: 'nedenfor',
  ovanfrå: 'ovenfra', nedanfrå: 'nedenfra', hjå: 'hos', heile: 'hele', heilt: 'helt', heil: 'hel',
  same: 'samme', difor: 'derfor', vere: 'være', vore: 'vært', vert: 'blir', verte: 'bli', vart: 'ble',
  vorte: 'blitt', gjer: 'gjør', gjere: 'gjøre', kjem: 'kommer', kome: 'komme', seie: 'si', seier: 'sier',
  veit: 'vet', meir: 'mer', mykje: 'mye', fleire: 'flere', desse: 'disse', annan: 'annen', anna: 'annet',
  eigen: 'egen', eige: 'eget', eigne: 'egne', eiga: 'egen', gje: 'gi', gjev: 'gir', setje: 'sette',
  låg: 'lav', låge: 'lave', lågt: 'lavt', lågare: 'lavere', lågaste: 'laveste',
  auka: 'økt', auke: 'øke', aukar: 'øker', aukande: 'økende', auken: 'økningen',
  tilsett: 'ansatt', tilsette: 'ansatte',
  føremål: 'formål', føremålet: 'formålet', føresetnad: 'forutsetning', føresetnader: 'forutsetninger',
  føresetnadene: 'forutsetningene', døme: 'eksempel', dømes: 'eksempel',
  nemne: 'nevne', nemner: 'nevner', nemnt: 'nevnt', naudsynt: 'nødvendig', naudsynleg: 'nødvendig',
  trong: 'behov', tal: 'tall', talet: 'tallet', tala: 'tallene', skular: 'skoler', skulane: 'skolene',
  rettleiing: 'veiledning', rettleiar: 'veileder', heime: 'hjemme', heim: 'hjem',
  breiband: 'bredbånd', breibandet: 'bredbåndet', verkty: 'verktøy', verktya: 'verktøyene',
  noreg: 'norge', noregs: 'norges', heiter: 'heter', heitte: 'het', tek: 'tar',
}));

/** Spellings inside words, tried in order: `tenester` → `tjenester`, `sjukehus` → `sykehus`. */
// biome-ignore format: a word list reads best as rows of words
const INFIXES: ReadonlyArray<readonly [string, string]> = [
  ['løysing', 'løsning'], ['løys', 'løs'], ['tenest', 'tjenest'], ['sjuk', 'syk'], ['sjølv', 'selv'],
  ['mogleg', 'mulig'], ['meistr', 'mestr'], ['forbetr', 'forbedr'], ['verksemd', 'virksemd'],
  ['verkemid', 'virkemid'], ['rådgjev', 'rådgiv'], ['skule', 'skole'], ['tilbod', 'tilbud'],
  ['ynsk', 'ønsk'], ['ønskj', 'ønsk'], ['heimebas', 'hjemmebas'], ['reiskap', 'redskap'],
];

/** Nynorsk «utval» (a committee, a selection), bokmål «utvalg», also ending a compound («Helsereformutvalet»); not bokmål's own «utvalg». */
const UTVAL = /utval(?!g)/u;

/** Word beginnings: `samanheng` → `sammenheng`, `førebygging` → `forebygging`. */
const PREFIXES: ReadonlyArray<readonly [string, string]> = [
  ['saman', 'sammen'],
  ['førebygg', 'forebygg'],
  ['føregå', 'foregå'],
  ['føreslå', 'foreslå'],
];

/**
 * Inflection endings, longest first; a rule applies only when at least three letters stay in front
 * (`kommunane` → `kommunene`, but `vane` stays `vane`). The plain plural `-ar` is left to the stemmer,
 * which strips `-ar` and `-er` alike: rewriting it would turn bokmål `ansvar` and `deltar` into `ansver`.
 */
// biome-ignore format: a word list reads best as rows of words
const SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['heitene', 'hetene'], ['ingane', 'ingene'], ['legaste', 'ligste'], ['semdene', 'somhetene'],
  ['heiter', 'heter'], ['semder', 'somheter'], ['legare', 'ligere'], ['legast', 'ligst'],
  ['heita', 'heten'], ['ingar', 'inger'], ['arane', 'erne'], ['semda', 'somheten'],
  ['heit', 'het'], ['inga', 'ingen'], ['arar', 'ere'], ['aren', 'eren'], ['ande', 'ende'],
  ['semd', 'somhet'], ['legt', 'lig'], ['lege', 'lige'], ['ane', 'ene'], ['leg', 'lig'],
];

/** Doctor compounds end in `lege` too (bokmål and nynorsk `fastlege`): these are no adjective `-lege`. */
const DOCTOR_COMPOUND =
  /^(?:fast|allmenn|kommune|sjukehus|sykehus|turnus|tilsyns|bedrifts|fylkes|over|lis|assistent|vakt|barne|privat|spesialist|distrikts|avtale)?lege$/u;

/**
 * `-ggje`, `-kkje`, `-nkje`, `-lgje`, `-rgje` lose their j before an ending (`leggje` → `legge`,
 * `innbyggjarar` → `innbyggarar`, `følgje` → `følge`), so that bokmål `synliggjøre`, `innkjøp` and
 * `tilgjengelig` keep it.
 */
const J_CLUSTER = /(gg|kk|nk|lg|rg)j(?=(?:e|er|a|ar|arar|arane|aren|ane|ast|ande|ing|inga|ingar|ingane|ingen)$)/u;

const MIN_STEM_BEFORE_SUFFIX = 3;

const replaceSuffix = (word: string): string => {
  for (const [nynorsk, bokmal] of SUFFIXES) {
    if (!word.endsWith(nynorsk) || word.length - nynorsk.length < MIN_STEM_BEFORE_SUFFIX) continue;
    if (nynorsk === 'lege' && DOCTOR_COMPOUND.test(word)) return word;
    return word.slice(0, word.length - nynorsk.length) + bokmal;
  }
  return word;
};

/**
 * The bokmål form of one lowercased nynorsk word (`kva` → `hva`, `kommunane` → `kommunene`); others
 * unchanged. A small normalisation, applied to documents and queries alike so that a nynorsk question
 * and a bokmål passage (or the reverse) meet in the middle. It is deliberately modest: the function
 * words, the commonest spelling differences inside words and the regular inflection endings. Bokmål
 * words pass through unchanged or are rewritten consistently on both sides.
 */
export const normalizeNynorsk = (word: string): string => {
  const listed = WORDS.get(word);
  if (listed !== undefined) return listed;
  let normalized = word.replace(J_CLUSTER, '$1');
  for (const [nynorsk, bokmal] of INFIXES) {
    if (normalized.includes(nynorsk)) normalized = normalized.replace(nynorsk, bokmal);
  }
  for (const [nynorsk, bokmal] of PREFIXES) {
    if (normalized.startsWith(nynorsk)) normalized = bokmal + normalized.slice(nynorsk.length);
  }
  normalized = normalized.replace(UTVAL, 'utvalg');
  return replaceSuffix(normalized);
};

/** Listed nynorsk words that bokmål writes too (an article, a name, a web domain, radical or rare forms): no evidence of nynorsk. */
// biome-ignore format: a word list reads best as rows of words
const SHARED_WITH_BOKMAL = new Set([
  'ei', 'no', 'anna', 'same', 'heim', 'heil', 'ho', 'trong', 'tal', 'vart', 'tilsett', 'tilsette', 'då', 'auke',
]);

/**
 * Whether a lowercased word is spelt the nynorsk way and not the bokmål way: a listed nynorsk word (`kor`, `fleire`,
 * `innan`), a nynorsk spelling inside it (`løysing`, `tenester`, `samanlikna`, `ifølgje`). Inflection endings alone
 * (`-ane`, `-ar`) are left out: bokmål has words ending so (`ansvar`).
 */
export const isNynorskSpelling = (word: string): boolean =>
  (WORDS.has(word) && !SHARED_WITH_BOKMAL.has(word)) ||
  J_CLUSTER.test(word) ||
  INFIXES.some(([nynorsk]) => word.includes(nynorsk)) ||
  UTVAL.test(word) ||
  PREFIXES.some(([nynorsk]) => word.startsWith(nynorsk));

/** Acute, grave and circumflex (after NFD): Norwegian writes them only to mark stress or tell homographs apart. */
const OPTIONAL_ACCENTS = /[\u0300-\u0302]/gu;

/**
 * A word without the accents Norwegian may leave out: «éi» → «ei», «éin» → «ein», «fôr» → «for», «òg» → «og». The letters
 * that are letters of their own stay («å», «ø», «æ»; the ring of «å» is no such accent), and so do other languages' marks
 * («ü», «ä»). Only for a word no table knows as written: «òg» (also) is no «og» (and).
 */
export const withoutAccents = (word: string): string => word.normalize('NFD').replace(OPTIONAL_ACCENTS, '').normalize('NFC');
