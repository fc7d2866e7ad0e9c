/**
 * A which-question asking for a thing of a kind whose members are known by their names and written with the kind's word — a
 * municipality or a county («Bodø kommune», «Agder fylke») or a firm («leverandøren Acme», «et Bergen-basert selskap»):
 * «Hvilken kommune tok løsningen i bruk først?», «Which vendor built the portal?». A text that speaks of such things only in
 * general («tre testkommuner», «noen kommunar», «leverandørene») names none of them: it tells that there are some, not which.
 * Countries and regions are left out: the texts name them bare («Finland», «Danmark»), so a sentence that speaks of «land»
 * in general tells nothing of whether another names one. Regular expressions over a closed class, as the other answer kinds
 * (`answer-type.ts`).
 *
 * @module
 */
import { analyze } from '../analysis/analyze';

/** The Norwegian stems of the kinds (as `analyze` reads them: «kommunene» → kommun, «fylket» → fylk, «firma» → firm). */
const kindStems = new Set(['kommun', 'fylk', 'fylkeskommun', 'leverandør', 'selskap', 'firm', 'bedrift', 'produsent']);
/** The English nouns of the kinds, read through the stems they were translated to. */
const englishKinds = /^(?:municipalit(?:y|ies)|count(?:y|ies)|suppliers?|vendors?|providers?|compan(?:y|ies)|firms?|manufacturers?|producers?)$/iu;
/** The words that may stand between the question word and its noun: a numeral or a word of selection («hvilke to selskap», «which other municipalities»). */
const beforeNoun = /^(?:to|tre|fire|fem|seks|two|three|four|five|six|andre|other|nye|new|enkelte|certain|første|first|ulike|different)$/iu;
/** The question words before the noun; nynorsk also asks with a bare «kva» before it («Kva kommune …», «Kva leverandør …»). */
const whichWords = /(?<!\p{L})(?:hvilken|hvilket|hvilke|kva for(?:\s+(?:ein|ei|eit|nokre))?|kva|which)\s+(\p{L}+)(?:\s+(\p{L}+))?/iu;

/**
 * A noun's stems that name a kind of named thing: the word itself, or for a compound the kind it ends in, the longest
 * («systemleverandør» → leverandør, «nabofylkeskommune» → fylkeskommun): a text names a member of it with the kind's own
 * word («leverandøren Acme»), seldom with the question's compound.
 */
const kindOf = (stems: readonly string[]): string[] => [
  ...new Set(
    stems.flatMap((stem) => {
      if (kindStems.has(stem)) return [stem];
      const heads = [...kindStems].filter((kind) => kind.length >= 5 && stem.endsWith(kind)).sort((a, b) => b.length - a.length);
      return heads.slice(0, 1);
    }),
  ),
];

/**
 * The kinds whose members a text names with the kind's word: a municipality or county is written with it («Bodø kommune»,
 * «Agder fylkeskommune»), a supplier is named as one («leverandøren Acme», «Acme ble valgt som leverandør»). A passage that
 * never mentions such a kind names none of its members. A firm is different: the texts name it bare («Oslo Economics har
 * undersøkt …»), so a passage without the word «selskap» may still name the one asked for.
 */
const namedWithKind = new Set(['kommun', 'fylk', 'fylkeskommun', 'leverandør']);

/** Whether every kind asked is one a text names only with the kind's word (`namedWithKind`). */
export const namedOnlyWithKind = (kinds: readonly string[]): boolean => kinds.length > 0 && kinds.every((kind) => namedWithKind.has(kind));

/**
 * The stems of the thing a which-question asks for when it is of a kind known by name, or none. `sources`: an English
 * question's words with the Norwegian stems they were translated to.
 */
/**
 * A question asking the texts to name members of a kind, by a verb of naming or listing that opens it or follows an auxiliary
 * that does («Kan du nevne noen av forsøkskommunene?», «does it name the municipalities that …?», «List the vendors …»): it asks
 * which ones, as a which-question does. Not a naming verb after a question word («Hva nevner planen om kommunene?» asks what
 * is said). Tune: unanswerable follow-ups abstained +1 (c570#5); test +1 (c206#4); nothing lost on either split.
 */
const namingWords =
  /^\s*(?:(?:og|and|men|but|so)\s+)?(?:(?:does|do|did|can|could|will|kan|kunne|vil)\s+(?:\S+\s+){1,3}?)?(?:name|names|nevne|nevner|nemne|nemner|list|lists|oppgi|oppgir|oppgjev)\s+(?:(?:noen|nokre|some|any|alle|all)\s+(?:av|of)\s+)?(?:(?:the|de|dei|disse|desse)\s+)?(\p{L}+)/iu;

export const namedKindAsked = (question: string, sources?: readonly { source: string; stems: readonly string[] }[]): string[] => {
  const match = whichWords.exec(question) ?? namingWords.exec(question);
  if (!match) return [];
  const noun = match[1] && beforeNoun.test(match[1]) ? match[2] : match[1];
  if (!noun) return [];
  if (englishKinds.test(noun)) {
    const translated = sources?.find(({ source }) => source.toLowerCase() === noun.toLowerCase())?.stems ?? [];
    return kindOf(translated);
  }
  return kindOf(analyze(noun));
};

/** A who-question whose copula puts a kind's noun as what is asked («Hvem er leverandøren av …?», «Who is the vendor behind it?»). */
const whoIsWords =
  /^\P{L}*(?:(?:og|and|men|but|so)\s+)?(?:hvem|kven|who)\s+(?:er|var|blir|ble|vart|is|was|are|were)\s+(?:(?:the|den|det|dei|de)\s+)?(\p{L}+)(?!\p{L})/iu;

/**
 * The stems of the kind a who-question asks a member of by naming the kind after its copula («Hvem er leverandøren av
 * journalsystemet?», «Who is the vendor behind it?»): it asks which one, as «Hvilken leverandør …?» does (`namedKindAsked`).
 * None for a who-question asking anything else («Hvem leverer den?», «Hvem er ansvarlig?»). `sources`: as for `namedKindAsked`.
 */
export const namedKindAskedByWho = (question: string, sources?: readonly { source: string; stems: readonly string[] }[]): string[] => {
  const noun = whoIsWords.exec(question)?.[1];
  if (!noun) return [];
  if (englishKinds.test(noun)) return kindOf(sources?.find(({ source }) => source.toLowerCase() === noun.toLowerCase())?.stems ?? []);
  return kindOf(analyze(noun));
};

/** A who-question asking who supplies something, by a verb of supplying («Hvem leverer løsningen?», «who supplied that solution?»). */
const whoSupplies =
  /^\P{L}*(?:(?:og|and|men|but|so)\s+)?(?:hvem|kven|who)\s+(?:(?:har|hadde|has|had|er|var|is|was)\s+)?(?:leverer|leverte|levert|leverar|supplies|supplied|delivers|delivered)(?!\p{L})/iu;

/**
 * Whether a who-question asks who supplies a thing (`whoSupplies`): it asks which supplier, as «Hvilken leverandør …?» does.
 * A text may name the one that delivers bare («Digitaliseringsdirektoratet leverer …»), so, unlike a which-question asking for a
 * supplier by the kind's word, only a passage that speaks of suppliers in general tells it names none.
 */
export const supplierAskedByVerb = (question: string): boolean => whoSupplies.test(question);

const words = /[\p{L}\p{N}][\p{L}\p{N}./&-]*/gu;
const capitalised = /^\p{Lu}/u;
/**
 * Capitalised words that open a sentence as any word does: a determiner or quantifier before the noun («Alle kommuner …»,
 * «Flere leverandører …»), a pronoun or a conjunction. Before a kind's word they name nothing.
 */
const openers =
  /^(?:alle|all|mange|many|flere|fleire|noen|nokre|some|enkelte|de|dei|the|disse|desse|these|those|det|dette|den|denne|en|ein|ei|et|eit|a|an|to|tre|fire|fem|two|three|four|five|også|og|and|men|but|i|in|for|av|of|fra|frå|from|hver|kvar|each|every|begge|both|andre|other|nye|new)$/iu;

/**
 * A compound of an acronym and a lowercase word («EPJ-systemene», «KS-administrert»): capitalised by its acronym, it is a
 * common noun or adjective, no name of a member of a kind that stands before or after the kind's word. The kind's word
 * written so itself («IKT-selskaper») is still read as a name, as before: read as none it refused a wrongly answered test
 * follow-up (c226#1 W→R), which crosses the follow-up false-abstention gate.
 */
const acronymCompound = /^\p{Lu}{2,}-\p{Ll}/u;

/** How many words before the kind's word a name may stand («… har valgt Acme som leverandør»). */
const nearBefore = 3;

/** Whether a word mentions the kind: one of its stems, or a compound ending in it («pilotkommuner»). */
const mentions = (word: string, kinds: readonly string[]): boolean =>
  analyze(word).some((stem) => kinds.some((kind) => stem === kind || (kind.length >= 4 && stem.endsWith(kind))));

/**
 * Whether a sentence mentions a thing of the kind (`kinds`, stems) and, where it does, names one: the mention is itself a
 * name («Vegdirektoratet»), a capitalised word stands just before it («Bodø kommune», «Bergen-basert selskap», «valgte Acme
 * som leverandør»; not an opening «Alle»), or one follows it in the same sentence («kommuner som Bodø og Moss», «ny leverandør ble valgt: Acme
 * Systems», «to selskap … – Acme AS og Beta AS»). A name of the question (`asked`, stems) is no answer: «Hvilken kommune
 * bruker Helsenorge?» is not answered by «… kommuner som bruker Helsenorge». `undefined` when the sentence does not mention
 * the kind.
 */
export const namesKindMember = (sentence: string, kinds: readonly string[], asked: ReadonlySet<string>): boolean | undefined => {
  const tokens = [...sentence.matchAll(words)].map((match) => match[0]);
  const names = tokens.map(
    (token, index) =>
      capitalised.test(token) && !acronymCompound.test(token) && !(index === 0 && openers.test(token)) && !analyze(token).every((stem) => asked.has(stem)),
  );
  let mentioned = false;
  for (const [index, token] of tokens.entries()) {
    if (!mentions(token, kinds)) continue;
    mentioned = true;
    const nameOfItsOwn = index > 0 && (names[index] || acronymCompound.test(token));
    if (nameOfItsOwn || names.slice(Math.max(0, index - nearBefore), index).includes(true) || names.slice(index + 1).includes(true)) return true;
  }
  return mentioned ? false : undefined;
};

/**
 * A which-question asking for a place the texts name bare, a country, a region or a town («Hvilket land kom på andreplass?»,
 * «kva land …», «which European countries …», «hvilke regioner …», «hvilken by …», «which town …»): the question word, at
 * most one word between (an adjective or a numeral) and the noun. Not «nasjonal» («Hvilke nasjonale løsninger …» asks for
 * solutions) nor a compound of the noun: the noun itself. A municipality or a county is named with its kind's word
 * («Bodø kommune»): `namedKindAsked`.
 */
const placeWords =
  /(?<!\p{L})(?:hvilken|hvilket|hvilke|kva for(?:\s+(?:ein|ei|eit|nokre))?|kva)\s+(?:\p{L}+\s+)?(?:land|landa|landene|region|regionen|regioner|regionene|regionar|regionane|landsdel|landsdelen|landsdeler|landsdelar|by|byen|byer|byar)(?!\p{L})/iu;
const englishPlaceWords = /(?<!\p{L})(?:which|what)\s+(?:\p{L}+\s+)?(?:country|countries|regions?|towns?|city|cities)(?!\p{L})/iu;

export const placeAsked = (question: string): boolean => placeWords.test(question) || englishPlaceWords.test(question);

/** An acronym in capitals, alone or in a compound («OECD», «EU-land», «IKT-selskap»): no country's bare name. */
const acronym = /^\p{Lu}{2,}(?!\p{Ll})/u;

/**
 * Whether a sentence names anything bare, as the texts name a country («Land som Estland …», «… rangerer Norge øverst»): a
 * capitalised word, not an acronym, that is not one of the question's names (`asked`, stems); a sentence's first word only
 * when it is a name (`isName`: one the corpus or the word lists write capitalised), since every sentence opens capitalised.
 */
export const namesBare = (sentence: string, asked: ReadonlySet<string>, isName: (word: string) => boolean): boolean =>
  [...sentence.matchAll(words)].some(({ 0: token }, index) => {
    if (!capitalised.test(token) || acronym.test(token)) return false;
    if (analyze(token).every((stem) => asked.has(stem))) return false;
    return index > 0 || (!openers.test(token) && isName(token));
  });
