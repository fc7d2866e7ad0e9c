import { analyze } from '../analysis/analyze';

/**
 * Definitions, read once for retrieval and the answer: which word a question asks the meaning of
 * (`definitionFocus`), and whether a sentence defines a word (`definedTerm`, and on it
 * `givesDefinition` for the second stage's cue and `definesTerm` for the answer's sentence choice).
 */

/** Words that stand where a definition question's term would, but name none («Hva er forskjellen …», «What is the name …»). */
const notAFocus = /^(det|dette|den|de|dei|it|this|that|they|forskjellen|difference|name|navnet|namnet)$/iu;

const focusWord = String.raw`['‘’«"“]?(\p{L}[\p{L}\p{N}-]*)`;
/** The question forms that name the word asked about (compiled once, not per question). */
const focusPatterns = [
  new RegExp(
    String.raw`\b(?:menes|meinast|meiner|mener|meint|ment|mean|means|meant)\b.*?\b(?:med|by)\s+(?:begrepet\s+|omgrepet\s+|the term\s+)?${focusWord}`,
    'iu',
  ),
  // «Hva står forkortelsen PKI for?», «Kva står forkortinga NAV for?»: the word naming what kind of word it is stands before it, as in English.
  new RegExp(
    String.raw`\b(?:står|stend|stand|stands)\s+(?:(?:forkortelsen|forkortingen|forkortinga|akronymet|begrepet|omgrepet|ordet|the abbreviation|the acronym)\s+)?${focusWord}\s+for\b`,
    'iu',
  ),
  new RegExp(String.raw`\b(?:does|do)\s+(?:the\s+)?(?:abbreviation\s+|term\s+)?${focusWord}['’»"”]?\s+(?:stand for|mean|cover|include|involve)\b`, 'iu'),
  new RegExp(String.raw`\b(?:begrepet|omgrepet|the term|the concept)\s+${focusWord}`, 'iu'),
  // «Hva går digital hjemmeoppfølging ut på?», «Kva inneber tenesteorientering?», «Hva handler Digi Vestland om?», «Kva dreier
  // KommIT seg om?»: a verb asking what a thing holds or is about, with the thing as its subject right after it.
  // The particles must follow («går … ut på», «handler … om», «dreier … seg om»): «Hva går pengene til?» asks no definition.
  new RegExp(String.raw`^\s*(?:hva|kva)\s+(?:går|gjeng)\s+(?:(?:egentlig|eigentleg|så)\s+)?${focusWord}.*?\s+ut\s+på(?!\p{L})`, 'iu'),
  new RegExp(String.raw`^\s*(?:hva|kva)\s+(?:handler|handlar)\s+(?:(?:egentlig|eigentleg|så)\s+)?${focusWord}.*?\s+om\b`, 'iu'),
  new RegExp(String.raw`^\s*(?:hva|kva)\s+(?:dreier|dreiar)\s+(?:(?:egentlig|eigentleg|så)\s+)?${focusWord}.*?\s+seg\s+om\b`, 'iu'),
  new RegExp(String.raw`^\s*(?:hva|kva)\s+(?:innebærer|inneber|omfatter|omfattar)\s+(?:(?:egentlig|eigentleg|så)\s+)?${focusWord}`, 'iu'),
  // «Hvordan definerer direktoratet åpen kildekode?»: an active verb may have its subject before the word asked about; a passive
  // one («Hvordan defineres åpen kildekode?») has the word asked about as its subject, right after it.
  new RegExp(String.raw`\b(?:defineres|definerast|definert)\s+(?:begrepet\s+|omgrepet\s+)?${focusWord}`, 'iu'),
  new RegExp(String.raw`\b(?:definer\p{L}*|define[sd]?)\s+(?:\p{L}+\s+)?(?:begrepet\s+|omgrepet\s+)?${focusWord}`, 'iu'),
];
/** «Hva er egentlig X?», «Kva er så X?», «What is really X?»: an adverb between the verb and the word asked about is no focus. */
const whatIsPattern = new RegExp(
  String.raw`^\s*(?:hva|kva|what)\s+(?:er|is|are|betyr|tyder)\s+(?:(?:egentlig|eigentleg|så|really|actually)\s+)?(?:en\s+|et\s+|ein\s+|eit\s+|an?\s+|the\s+)?${focusWord}([^?,]*)`,
  'iu',
);

/**
 * The word a definition question asks about, as written: «Hva er X?», «Kva meiner KS med X?»,
 * «Hva står X for?», «begrepet X», «What does X stand for / mean / cover?», «What is X?».
 * Null for a question that asks no definition.
 */
export const definitionFocus = (question: string): string | null => {
  for (const pattern of focusPatterns) {
    const found = pattern.exec(question)?.[1];
    if (found && !notAFocus.test(found)) return found;
  }
  // «Hva er X?» asks a definition when the question ends soon after X; «Hva er fristen for at …», «What is X supposed to do …» ask something else.
  const what = whatIsPattern.exec(question);
  const subject = what?.[1];
  if (!subject || notAFocus.test(subject)) return null;
  const rest = (what?.[2] ?? '')
    .trim()
    .split(/\s+/u)
    .filter((part) => part.length > 0);
  return rest.length <= 3 ? subject : null;
};

/** A verb that defines what stands before it («X er …», «X omfatter …», «X = …»), bokmål, nynorsk and the corpus's English. */
const definingVerb =
  /^(er|var|betyr|tyder|menes|meinast|meines|forstås|forstår|omfatter|omfattar|innebærer|inneber|defineres|definerast|viser|står|handler|handlar|dreier|dreiar|betegner|beteiknar|=|–|:|is|are|means)$/iu;
/** «X går ut på …» (bokmål and nynorsk «gjeng ut på»): the verb says what X is, with its particles right after it. */
const goesOutOn = (words: readonly string[], index: number): boolean =>
  /^(går|gjeng)$/iu.test(words[index] ?? '') && /^ut$/iu.test(words[index + 1] ?? '') && /^på$/iu.test(words[index + 2] ?? '');
/** An apposition's article: «Maskinporten, en løsning for tilgangsstyring, …» says what Maskinporten is. */
const appositionArticle = /^(en|et|ei|ein|eit|a|an)$/iu;
/** «Med X menes …»: the verbs that say what is meant by the word after «Med». */
const meantVerb = /^(menes|forstås|meinast|meint)$/iu;

/** How many words may stand before the defining verb. */
const definedWithin = 6;

export interface DefinedTerm {
  /** The words defined: those before the defining verb, or the word after «Med» in «Med X menes …». */
  words: string[];
  /** How many words stand before the verb (the defined words, and «Med»). */
  verbAt: number;
  /** The sentence says what is meant by a word («Med X menes/forstås …»). */
  meant: boolean;
}

/** The words of a sentence's first clause (before a comma), list marks and numbering dropped, quotes and brackets left out. */
const clauseWords = (text: string): string[] => clausesOf(text)[0]?.match(clauseToken) ?? [];
/**
 * A word, or a sign that defines what stands before it: «=», «–», or a colon after a word followed by a lower-case gloss
 * («Velferdsteknologi: teknologiske tjenester som …», a glossary row). A colon before a capital introduces a sentence or a
 * list under a label («Mål: I løpet av 2011 skal …»), not what the label means.
 */
const clauseToken = /[\p{L}\p{N}@][\p{L}\p{N}@.-]*|=|–|(?<=\p{L}):(?=\s+\p{Ll})/gu;
const clausesOf = (text: string): string[] => text.replace(/^[\s\p{P}\p{N}]*(?:\d+\))?/u, '').split(/,\s/u);

/**
 * What a sentence defines, if it reads as a definition: a defining verb among the first words of its
 * first clause, with the term before it («Maskinporten er en løsning …», «PKI = Public Key
 * Infrastructure»), or «Med X menes …» («Med ”omsorgsteknologi” menes IKT-baserte løsninger»).
 */
export const definedTerm = (text: string): DefinedTerm | null => {
  const words = clauseWords(text);
  if (/^med$/iu.test(words[0] ?? '') && words.slice(2, definedWithin + 1).some((word) => meantVerb.test(word)))
    return { words: words.slice(1, 2), verbAt: words.slice(2).findIndex((word) => meantVerb.test(word)) + 2, meant: true };
  // «X viser at …» reports a finding («Tall fra SSB viser at …»), it does not say what X is (tune: one unanswerable
  // follow-up asking for a county's figures no longer answered as a definition of «tall»; nothing else changed on tune or test).
  const verb = words
    .slice(1, definedWithin + 1)
    .findIndex(
      (word, index) =>
        (definingVerb.test(word) || goesOutOn(words, index + 1)) && !(/^(viser|shows?)$/iu.test(word) && /^(at|that)$/iu.test(words[index + 2] ?? '')),
    );
  if (verb >= 0) return { words: words.slice(0, verb + 1), verbAt: verb + 1, meant: false };
  // An apposition: a short first clause and, after its comma, an article opening a noun phrase that names what it is.
  const clauses = clausesOf(text);
  const next = clauses[1]?.match(clauseToken) ?? [];
  return words.length > 0 && words.length <= definedWithin && clauses.length >= 3 && appositionArticle.test(next[0] ?? '')
    ? { words, verbAt: words.length, meant: false }
    : null;
};

/** How many words may stand between a defined focus word and its verb for the second stage's cue. */
const focusWithin = 4;

/**
 * Whether a sentence defines the question's focus (stems `focus`): it opens with the word and a
 * defining verb («Sikkerhet omfatter …», «Telemedisin er …», «PKI = …») or says what is meant by
 * it («Med infrastruktur forstås …», «Med ”omsorgsteknologi” menes …»).
 */
export const givesDefinition = (text: string, focus: ReadonlySet<string>, acronym?: string): boolean => {
  if (acronym !== undefined) return definesAcronym(text, acronym);
  const defined = definedTerm(text);
  if (!defined || (!defined.meant && defined.verbAt > focusWithin)) return false;
  return analyze(defined.words[0] ?? '').some((stem) => focus.has(stem));
};

/** A definition question's focus as written (an English one as its translations, «KS KS») when it is one acronym («KS», «PKI»), else undefined. */
export const acronymOf = (focus: string | undefined): string | undefined => {
  const [first, ...others] = focus?.trim().split(/\s+/u) ?? [];
  return first !== undefined && /^\p{Lu}{2,}$/u.test(first) && others.every((other) => other === first) ? first : undefined;
};

/**
 * Whether a sentence says what an acronym stands for: it spells it out («Kommunesektorens Organisasjon (KS)», «PKI = Public
 * Key Infrastructure», «WAI – Web Accessibility Initiative», «LIT (lokal informasjonstjener)») or defines the acronym on its
 * own («PKI er …»). A longer name that opens with it («KS Digital er et aksjeselskap …», «KS rolle er …») defines something else.
 */
export const definesAcronym = (text: string, acronym: string): boolean => {
  const trimmed = text.trim().replace(/^[\s\p{P}\p{N}]*(?:\d+\))?\s*/u, '');
  if (new RegExp(String.raw`\(${acronym}\)|^${acronym}\s*(?:[=–:(]|-\s)`, 'u').test(trimmed)) return true;
  const defined = definedTerm(trimmed);
  return defined !== null && !defined.meant && defined.verbAt === 1 && defined.words[0] === acronym;
};

/**
 * Whether a sentence defines one of the question's terms: the term stands before a defining verb
 * near the start («Maskinporten er en løsning …», «Med ”omsorgsteknologi” menes …»,
 * «PKI = Public Key Infrastructure …»; `carries` says whether those words hold the term), or is an
 * acronym the sentence spells out in brackets («… Kommunesektorens Organisasjon (KS)»).
 */
export const definesTerm = (text: string, carries: (words: string) => boolean, acronyms: readonly string[]): boolean => {
  const defined = definedTerm(text);
  if (defined && carries(defined.words.join(' '))) return true;
  return acronyms.some((acronym) => new RegExp(String.raw`\(${acronym}\)|^${acronym}\s*[=–]`, 'u').test(text.trim()));
};
