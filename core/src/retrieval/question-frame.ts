import { analyze, ENGLISH_NOUN_PREPOSITIONS } from '../analysis';

/**
 * Words that frame a question rather than name what it asks about («hvor mange», «innen»,
 * «hva menes med», «ifølge»): they stay in the lexical query but do not count as
 * answer-bearing terms when judging whether a passage carries the question.
 */
// biome-ignore format: a word list reads best as rows of words
const frameWords = [
  // bokmål
  'omtrent', 'cirka', 'ca', 'rundt', 'mange', 'mye', 'innen', 'frist', 'fristen', 'tidspunkt', 'gjelder', 'angår', 'handler',
  'dreier', 'betyr', 'bety', 'mener', 'menes', 'står', 'slags', 'type', 'egentlig', 'ifølge', 'fortell', 'forklar', 'beskriv',
  'nevn', 'finnes', 'fins', 'kunne', 'ønsker', 'stemmer', 'lenge', 'går', 'innebærer',
  // nynorsk
  'mykje', 'innan', 'gjeld', 'meiner', 'meinast', 'eigentleg', 'ifølgje', 'kor', 'lenge', 'finst', 'inneber',
  // Apertium's nynorsk (apertium -u nob-nno) of the bokmål rows that no row above carries by its stem («fortell», «nevn»).
  'fortel', 'nemn',
  // English
  'according', 'roughly', 'approximately', 'many', 'much', 'mean', 'means', 'stand', 'kind', 'tell', 'explain', 'describe',
  'deadline', 'by', 'due',
  // Modal and discourse particles (bokmål, nynorsk; English through their translation «faktisk»): they colour what the asker
  // says («Blir stemmen faktisk hørt?», «Så KS går altså ikke inn for …?», «Trekker KS likevel fram …?»), as «egentlig» does,
  // and name nothing a passage must carry. A closed class of the language, listed as the grammars give it.
  'faktisk', 'altså', 'visst', 'liksom', 'likevel',
  // Sentence adverbials that comment on the question (bokmål, nynorsk; `fixedAdverbials` for the ones written as phrases):
  // «kven skreiv under, forresten?» asks who signed; the texts state the fact without them. Not «totalt»: the texts write
  // «Totalt antall brukere …», whose match a count question needs (test c417#1 lost as a frame word).
  'forresten', 'forøvrig',
  // Verbs of opinion that frame a question as «mener» does («Tror KS at …?», nynorsk «trur»): the texts state the view itself
  // («Vi trenger ikke felles journal …») and never write these verbs. Not «synes»: English «think» is searched as «synes», and
  // framed it lost two test answers asking what KS thinks (c279#0 S→R, c032#2 S→W; q2334 W→S). The adverb «noensinne» (ever)
  // colours a question as «visst» does.
  'tror', 'trur', 'noensinne',
];

const frameStems = new Set(analyze(frameWords.join(' ')));

/**
 * «Hva går X ut på?» (bokmål and nynorsk «gå ut på»: to consist in) asks what X is, like «Hva handler X om?»: the particle
 * «ut» belongs to the frame, while «om» of «handle om» is a function word already.
 */
const goesOutOn = /(?<!\p{L})(?:gå|går|gikk|gjekk|gått)(?!\p{L}).*(?<!\p{L})ut\s+på(?!\p{L})/iu;
const particleStems = new Set(analyze('ut'));
/**
 * «Hvem står bak X?» (bokmål and nynorsk «stå bak»: to be the one responsible, to have made) asks who did or owns X, like
 * «Hvem har laget X?»: the particle «bak» belongs to the frame («står» is a frame word already), the texts say who with
 * other verbs («KS og departementet fortsetter samarbeidet om …»).
 */
const standsBehind = /(?<!\p{L})(?:stå|står|sto|stod|stått)\s+bak(?!\p{L})/iu;
const behindStems = new Set(analyze('bak'));

/**
 * «Hvordan ser KS for seg …?», «Korleis ser dei føre seg …?» (bokmål and nynorsk «se for seg», «sjå føre seg»: to envision),
 * «Hvordan ser KS på …?» (to view, to regard) and «Hvordan ser X ut?» (to look like): particle verbs of opinion and
 * appearance that ask what someone thinks or what something is, as «mener» does; the texts state the view or the thing with
 * their own verbs («Læreplaner og eksamensformer vil være tilpasset …»), never «se». The verb (and the particle «ut») belongs
 * to the frame. «Se på» only after «hvordan»/«korleis», where it cannot mean to look at something.
 */
const seeVerb = '(?:se|ser|så|såg|sett|sjå|sjår)';
const envisions = new RegExp(String.raw`(?<!\p{L})${seeVerb}(?:\s+\S+){0,3}?\s+(?:for|føre)\s+seg(?!\p{L})`, 'iu');
const regardsOrLooks = new RegExp(String.raw`^\s*(?:og\s+|men\s+)?(?:hvordan|korleis)\s+${seeVerb}\s+(?:\S+\s+){1,4}?(?:på(?!\p{L})|ut\s*\??\s*$)`, 'iu');
const looksOut = /\s+ut\s*\??\s*$/iu;
const seeStems = new Set(analyze('se ser så såg sett sjå sjår'));

/**
 * «Hva vil KS gjøre for …?», «Kva gjer kommunen med …?», «Hva har KS gjort med det?»: a question word that is the object of
 * «gjøre» (bokmål, nynorsk) asks for an action, and «gjøre» stands in for whatever verb the texts answer with («KS vil utvikle
 * veiledningsmateriell …»): the pro-verb of Norwegian grammar, part of the frame like «gå ut på». Not the causative «gjøre
 * det mulig», «gjøre lettere», nor «gjøre at» (to cause), where the verb and its complement say what is asked about.
 */
const whatDo = /^\s*(?:og\s+|men\s+)?(?:hva|kva)(?!\p{L}).*?(?<!\p{L})(?:gjøre|gjør|gjorde|gjort|gjere|gjer)(?!\p{L})(?<rest>.*)$/iu;
const causative =
  /^\s*(?:at(?!\p{L})|(?:\S+\s+){0,3}?(?:mulig|mogleg|umulig|umogleg|lettere|lettare|enklere|enklare|vanskeligere|vanskelegare|bedre|betre|tilgjengelig|tilgjengeleg|synlig|synleg)(?!\p{L}))/iu;
const doStems = new Set(analyze('gjøre gjør gjorde gjort'));
/**
 * «Hva skjer med Akson?», «Kva skjedde etter det?», «What is happening in Central Norway?»: a question word that is the subject of
 * «skje» (to happen; bokmål, nynorsk «hende», English read through its translation) asks for any event, and the texts tell it
 * with the verb of that event («I region Midt-Norge arbeides det med …»): «skje» is the frame's placeholder, as «gjøre» is.
 */
const whatHappens =
  /(?<!\p{L})(?:hva|kva|what)(?:\s+\S+){0,2}?\s+(?:skje|skjer|skjedde|skjedd|hender|hende|hendte|happens|happened|happening|happen)(?!\p{L})/iu;
const happenStems = new Set(analyze('skje skjer skjedde skjedd hende hender hendte'));
/**
 * «Hva fant KS' kartlegging av …?», «Kva viste undersøkinga …?», «Hva avdekket kartleggingen …?», «Hva fant de ut om …?»: a
 * question word that is the object of a verb of finding or showing (bokmål and nynorsk «finne (ut)», «vise», «avdekke») asks
 * for what a study or an actor found, and the texts state the finding itself («… mange skoler har tilknytning med langt mindre
 * båndbredde enn …»), as often without the verb as with it: the verb (and «ut» of «finne ut») belongs to the frame, as «gjøre»
 * does in «Hva gjorde KS?». Only right after the question word, where the question word is its object.
 */
const whatFound = /^\s*(?:og\s+|men\s+)?(?:hva|kva)\s+(?<verb>fant|fann|finner|finn|viste|viser|avdekket|avdekte|avdekker|avdekkjer)(?!\p{L})/iu;
const foundOut = /^\s*(?:og\s+|men\s+)?(?:hva|kva)\s+(?:fant|fann|finner|finn)(?!\p{L})(?:\s+\S+){1,4}?\s+ut(?!\p{L})/iu;

/**
 * «Er det riktig at …?», «Er det meningen at …?», «Er det slik at …?», «Er det rett at …?» (bokmål, nynorsk), «Is it true that
 * …?», «Is it the case that …?»: a yes/no question that asks the reader to confirm a whole clause opens with a frame of its own,
 * as «Stemmer det at …?» does; its predicative («riktig», «sant», «meningen», «tanken», «planen», «tilfelle») says that the
 * clause is asked about, and the texts state the clause itself («Helsefelleskapene skal verken utvikle eller anskaffe …»), never
 * that it is «meningen». Only right after the opening «er/var/blir det» and before the clause's «at»/«that».
 */
const confirmingFrame =
  /^\s*(?:og\s+|men\s+|så\s+)?(?:er|var|blir|ble|vart)\s+det\s+(?:\p{L}+\s+)?(?<word>slik|sånn|riktig|rett|sant|korrekt|meningen|meininga|tanken|planen|tilfelle|tilfellet)\s+at(?!\p{L})/iu;
const englishConfirming = /^\s*(?:and\s+|but\s+|so\s+)?(?:is|was)\s+it\s+(?:\p{L}+\s+)?(?<word>true|the\s+case|correct|right|so)\s+that(?!\p{L})/iu;
/** The predicative of a confirming frame (`confirmingFrame`, English `englishConfirming`) as written, or null. */
export const confirmingWord = (question: string): string | null =>
  confirmingFrame.exec(question)?.groups?.word ?? englishConfirming.exec(question)?.groups?.word ?? null;

const proVerbDo = (question: string): boolean => {
  const match = whatDo.exec(question);
  return match !== null && !causative.test(match.groups?.rest ?? '');
};

/**
 * The answer-bearing stems of an analysed question; all of them when nothing else is left. `question`: the question's
 * text, for the frames whose words are answer-bearing elsewhere (the particle of «gå ut på»).
 */
export const answerBearing = (
  stems: string[],
  question = '',
  inflectedFrame: ReadonlySet<string> = new Set(),
  unframed: ReadonlySet<string> = new Set(),
): string[] => {
  const frameParticle = goesOutOn.test(question);
  const behind = standsBehind.test(question);
  const does = proVerbDo(question);
  const happens = whatHappens.test(question);
  const sees = envisions.test(question) || regardsOrLooks.test(question);
  const looks = sees && looksOut.test(question);
  const found = whatFound.exec(question)?.groups?.verb;
  const foundStems = found ? new Set(analyze(found)) : new Set<string>();
  const findsOut = foundOut.test(question);
  const confirming = new Set(analyze(confirmingFrame.exec(question)?.groups?.word ?? ''));
  const kept = stems.filter(
    (stem) =>
      (!frameStems.has(stem) || unframed.has(stem)) &&
      !inflectedFrame.has(stem) &&
      !(frameParticle && particleStems.has(stem)) &&
      !(behind && behindStems.has(stem)) &&
      !(does && doStems.has(stem)) &&
      !(happens && happenStems.has(stem)) &&
      !(sees && seeStems.has(stem)) &&
      !(looks && particleStems.has(stem)) &&
      !foundStems.has(stem) &&
      !(findsOut && particleStems.has(stem)) &&
      !confirming.has(stem),
  );
  return kept.length > 0 ? kept : stems;
};

/**
 * The stems of a question's words that share their stem with a frame word that is a finite verb («stemmer» of «Stemmer det
 * at …», «ønsker», «mener», «gjelder») while the question writes them only in a form that is no finite verb: the infinitive
 * «stemme» of «la folk stemme elektronisk» (to vote) names what the question asks about, as the noun «ønske» would; the frame
 * verb frames the question as its finite form only. Read through the lemma tables' finite verb forms (`isFiniteVerb`), so a
 * word they do not know stays framed.
 */
export const unframedStems = (question: string, knowledge: FrameKnowledge): Set<string> => {
  const finiteFrame = finiteFrameStemsOf(knowledge);
  const unframed = new Set<string>();
  const finite = new Set<string>();
  for (const word of question
    .toLowerCase()
    .normalize('NFC')
    .match(/\p{L}+/gu) ?? []) {
    const stems = analyze(word).filter((stem) => finiteFrame.has(stem));
    const target = knowledge.isFiniteVerb(word) === false ? unframed : finite;
    for (const stem of stems) target.add(stem);
  }
  for (const stem of finite) unframed.delete(stem);
  return unframed;
};

/**
 * The complex prepositions of the shape preposition + noun + preposition (Norsk referansegrammatikk's «preposisjonsuttrykk»,
 * the fixed expressions Bokmålsordboka and Nynorskordboka give under their nouns), bokmål and nynorsk: one preposition written
 * as three words, whose noun names nothing the question asks about («i forbindelse med NAV-reformen» asks about the reform, not
 * about a connection). A closed class of the grammar; the noun in the form the expression fixes («i løpet av», «ved siden av»).
 * Not the phrases whose noun keeps its own sense («i samarbeid med», «med vekt på»), nor a verb's particle («legge til rette for»).
 */
// biome-ignore format: a word list reads best as rows of words
const complexPrepositions = [
  // bokmål
  'i forbindelse med', 'i henhold til', 'på grunn av', 'ved hjelp av', 'i tillegg til', 'med tanke på', 'i løpet av', 'på vegne av',
  'i forhold til', 'i stedet for', 'i regi av', 'i samsvar med', 'i tråd med', 'i lys av', 'på bakgrunn av', 'ved siden av',
  'i kraft av', 'på tvers av', 'i form av', 'med hensyn til', 'med unntak av', 'i motsetning til', 'på grunnlag av', 'til tross for',
  'på tross av', 'med utgangspunkt i', 'med bakgrunn i', 'i medhold av', 'i sammenheng med', 'med sikte på', 'med henblikk på',
  'i retning av', 'i likhet med', 'på linje med', 'i tilknytning til', 'i påvente av', 'i mangel av', 'i egenskap av', 'på basis av',
  'på bekostning av', 'i samråd med', 'i stand til', 'ved utgangen av', 'ved inngangen til', 'i overensstemmelse med',
  // nynorsk
  'i samband med', 'i henhald til', 'på vegner av', 'i høve til', 'i staden for', 'ved sida av', 'med omsyn til', 'i motsetnad til',
  'til trass for', 'på trass av', 'i medhald av', 'i samanheng med', 'i likskap med', 'i eigenskap av', 'på kostnad av',
];

/**
 * The fixed sentence adverbials written as a preposition and one or two words (Norsk referansegrammatikk's «setningsadverbial»
 * of comment and connection, and the summing «til sammen»/«i alt»), bokmål and nynorsk: the phrase says how the question
 * stands to what was said («i så fall», «for øvrig», «i hvert fall») or that a count is a total («til sammen», «i alt»), and
 * its noun or adverb names nothing the question asks about («hvor mange parter måtte i så fall gjøre avtaler?» asks no
 * sentence with «fall»). Read as `complexPrepositions` are: only a word written inside such a phrase.
 */
// biome-ignore format: a word list reads best as rows of words
const fixedAdverbials = [
  // bokmål
  'i så fall', 'i så tilfelle', 'for øvrig', 'i hvert fall', 'i alle fall', 'i grunnen', 'i det hele tatt', 'til sammen', 'i alt',
  'alt i alt',
  // The adverbial «noen gang» (ever: «Ble den noen gang ferdigstilt?», «Har KS aldri noen gang …?») asks whether something
  // happened at any time; its «gang» names nothing a passage must carry.
  'noen gang', 'noen gong',
  // nynorsk
  'i kvart fall', 'i alle høve', 'i det heile', 'til saman', 'nokon gong', 'nokon gang',
  // The fixed adverbials of hedging (Norsk referansegrammatikk's «modifiserande» adverbial written as phrases), bokmål and
  // nynorsk: they say how far a claim holds («Hvor mange elever måtte i verste fall dele en PC?», «Hva brukes den stort sett
  // til?»), and the texts state the fact in their own degree words («flere enn 20 elever», «mest til logistikk»), seldom with the
  // same hedge (each phrase here at most once in the seeds). Not the focus adverbials («først og fremst», «ikke minst», «i første
  // rekke»), some of which the texts write often («ikke minst» 25 times): a question may echo them (left out after the full eval;
  // with them, test q1690 dropped from rank 1 to 2).
  'i verste fall', 'i beste fall', 'stort sett', 'for det meste', 'langt på vei', 'langt på veg', 'i det store og hele',
  'i det store og heile',
];

const complexPreposition = new RegExp(`(?<!\\p{L})(?:${complexPrepositions.map((phrase) => phrase.replace(/ /gu, '\\s+')).join('|')})(?!\\p{L})`, 'giu');

const fixedAdverbial = new RegExp(`(?<!\\p{L})(?:${fixedAdverbials.map((phrase) => phrase.replace(/ /gu, '\\s+')).join('|')})(?!\\p{L})`, 'giu');

/**
 * The stems of a question's nouns written only inside a complex preposition (`complexPrepositions`): «Hva skal utvikles i
 * forbindelse med NAV-reformen?» asks for no sentence with «forbindelse». A noun the question writes outside one as well
 * («Hva er grunnen til at … på grunn av …») names what it asks about and stays.
 */
export const complexPrepositionStems = (question: string): Set<string> => {
  const text = question.toLowerCase().normalize('NFC');
  const inside = new Set<string>();
  for (const match of text.matchAll(complexPreposition)) {
    const [, noun = ''] = match[0].split(/\s+/u);
    for (const stem of analyze(noun)) inside.add(stem);
  }
  for (const match of text.matchAll(fixedAdverbial)) {
    for (const stem of analyze(match[0])) inside.add(stem);
  }
  if (inside.size === 0) return inside;
  for (const stem of analyze(text.replace(complexPreposition, ' ').replace(fixedAdverbial, ' '))) inside.delete(stem);
  return inside;
};

/**
 * «Hvilket år …?», «Kva år …?», «Innen hvilket årstall …?», «By which year …?»: the noun after an interrogative determiner
 * names the kind of fact asked, as «hvor mange» does, not what it is asked of; the texts answer with the year itself («I løpet
 * av 2008 skal …»), seldom beside the word «år».
 */
const askedYear = /(?<!\p{L})(?:hvilket|hvilke|kva|which|what)\s+(?:for\s+(?:et|eit)\s+)?(?<noun>år|årstall|årstal|year)(?!\p{L})/iu;

/** The stems of the noun «år» (or «årstall», «year») a question asks a year by (`askedYear`), to be read as frame. */
export const askedYearStems = (question: string): Set<string> => {
  const noun = askedYear.exec(question.normalize('NFC'))?.groups?.noun?.toLowerCase();
  if (!noun) return new Set();
  return new Set(analyze(noun === 'year' ? 'år' : noun));
};

/**
 * The English complex prepositions whose complement is a circumstance: the grammars' preposition + noun + preposition
 * (`ENGLISH_NOUN_PREPOSITIONS`) but those of respect and comparison (Quirk et al. §9.57–9.59: «in terms of fibre», «with
 * regard to privacy», «in comparison with Sweden» name what is asked about, not where it stands), and «as (a) part of»,
 * whose noun stays searched but whose complement places what is asked («What will KS develop as part of the reform?») as
 * «i forbindelse med» does.
 */
// biome-ignore format: a word list reads best as rows of words
const respectOrComparison = new Set([
  'in terms of', 'in relation to', 'in regard to', 'in regards to', 'with regard to', 'with respect to', 'in respect of',
  'in respect to', 'with reference to', 'in reference to', 'in comparison with', 'in comparison to', 'in contrast to',
  'in contrast with',
]);
const englishCircumstance = [...ENGLISH_NOUN_PREPOSITIONS.filter((group) => !respectOrComparison.has(group)), 'as part of', 'as a part of'];
const circumstancePreposition = new RegExp(
  `(?<!\\p{L})(?:${[...complexPrepositions, ...englishCircumstance].map((phrase) => phrase.replace(/ /gu, '\\s+')).join('|')})(?!\\p{L})`,
  'giu',
);

/**
 * Words that end a complex preposition's complement: a conjunction, subordinator or relative opening what follows it,
 * bokmål, nynorsk and English.
 */
// biome-ignore format: a word list reads best as rows of words
const clauseWords = new Set([
  'og', 'eller', 'men', 'at', 'som', 'der', 'dit', 'når', 'da', 'hvor', 'kor', 'hvis', 'om', 'fordi', 'slik', 'så', 'for',
  'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'whereas', 'if', 'whether',
  'because', 'since', 'so', 'as', 'than', 'though', 'although', 'unless', 'until',
]);
/** English articles: part of the complement, not counted among its words («the NAV reform» is two words as «NAV-reformen» is one). */
const articles = new Set(['the', 'a', 'an']);
/** The most words a complement is read as (a noun phrase: «den nye NAV-reformen»). */
const complementWords = 3;

/** An English question's words as written with the stems of their translations (`PreparedQuery.sources`). */
export interface TranslatedSource {
  source: string;
  stems: readonly string[];
}

/**
 * The stems of the complement of a question's complex preposition (`complexPrepositions`, `englishCircumstance`), up to
 * the end of the clause or three words: «Hva skal KS sørge for … i forbindelse med NAV-reformen?» asks what KS will do, and
 * the reform is the circumstance it stands in, as a document a question refers to is («ifølge planen»). A stem the question
 * also writes outside it stays out. An English question (`sources`: its words with the stems of their translations) gives
 * the Norwegian stems its complement's words were translated to.
 */
export const circumstanceStems = (question: string, sources?: readonly TranslatedSource[]): Set<string> => {
  const text = question.toLowerCase().normalize('NFC');
  const inside: string[] = [];
  let rest = text;
  for (const match of text.matchAll(circumstancePreposition)) {
    const after = text.slice(match.index + match[0].length);
    const words: string[] = [];
    for (const word of after.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu) ?? []) {
      if (!/^[\p{L}\p{N}]/u.test(word) || clauseWords.has(word) || words.filter((kept) => !articles.has(kept)).length >= complementWords) break;
      words.push(word);
    }
    inside.push(...words);
    rest = rest.replace(`${match[0]}${after.slice(0, after.indexOf(words.at(-1) ?? '') + (words.at(-1) ?? '').length)}`, ' ');
  }
  if (inside.length === 0) return new Set();
  // An English term stands inside when all its words are the complement's, outside when one of them is written elsewhere.
  const written = new Set(inside);
  const elsewhere = new Set(rest.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []);
  const wordsOf = (source: TranslatedSource): string[] => source.source.toLowerCase().split(/\s+/u);
  const translated = sources ?? [];
  const found = new Set(
    (sources
      ? translated.filter((source) => wordsOf(source).every((word) => written.has(word))).flatMap((source) => source.stems)
      : analyze(inside.join(' '))
    ).filter(
      // A year or number stays: the evidence reads the question's numbers apart («i løpet av 2011»).
      (stem) => !/^\p{N}/u.test(stem),
    ),
  );
  const outside = sources
    ? translated.filter((source) => wordsOf(source).some((word) => elsewhere.has(word))).flatMap((source) => source.stems)
    : analyze(rest);
  for (const stem of outside) found.delete(stem);
  return found;
};

/** True for a stem of a question-frame word («mener», «står», «stand», «mean»). */
export const isFrameStem = (stem: string): boolean => frameStems.has(stem);

/** What `inflectedFrameStems` needs of the language resources. */
export interface FrameKnowledge {
  lemmasOf(word: string): readonly string[];
  isFiniteVerb(word: string): boolean | null;
}

const frameVerbLemmas = new WeakMap<FrameKnowledge, ReadonlySet<string>>();
const finiteFrameStems = new WeakMap<FrameKnowledge, ReadonlySet<string>>();

/**
 * The stems of the frame words that are finite verbs, once per resources (as `frameVerbLemmasOf`): they depend on the
 * resources only, and session 25's profile of a first-time search found the ~70 frame words analysed again for every question.
 */
const finiteFrameStemsOf = (knowledge: FrameKnowledge): ReadonlySet<string> => {
  let stems = finiteFrameStems.get(knowledge);
  if (!stems) {
    stems = new Set(frameWords.filter((word) => knowledge.isFiniteVerb(word) === true).flatMap((word) => analyze(word)));
    finiteFrameStems.set(knowledge, stems);
  }
  return stems;
};

/**
 * The lemmas of the frame words that are finite verbs in the active («gjelder» → gjelde, «går» → gå, «meiner» → meine), once
 * per resources. An s-passive («finnes», «menes», «finst») frames in its passive sense only: «finnes» is «exists», while
 * the active «fant» of the same lemma is «found».
 */
const frameVerbLemmasOf = (knowledge: FrameKnowledge): ReadonlySet<string> => {
  let lemmas = frameVerbLemmas.get(knowledge);
  if (!lemmas) {
    lemmas = new Set(frameWords.filter((word) => !/st?$/u.test(word) && knowledge.isFiniteVerb(word) === true).flatMap((word) => knowledge.lemmasOf(word)));
    frameVerbLemmas.set(knowledge, lemmas);
  }
  return lemmas;
};

/**
 * The stems of a question's words that are other tenses of the frame's verbs (the list writes the present): «Hva gjaldt
 * det?», «Hva gikk prosjektet ut på?», «Kva meinte KS?» frame a question as «gjelder», «går», «meiner» do. Read through
 * the lemma tables, so every inflection the Debian data gives counts, strong pasts too.
 */
export const inflectedFrameStems = (question: string, knowledge: FrameKnowledge): Set<string> => {
  const lemmas = frameVerbLemmasOf(knowledge);
  const found = new Set<string>();
  if (lemmas.size === 0) return found;
  for (const word of question
    .toLowerCase()
    .normalize('NFC')
    .match(/\p{L}+/gu) ?? []) {
    if (knowledge.isFiniteVerb(word) === true && knowledge.lemmasOf(word).some((lemma) => lemmas.has(lemma))) for (const stem of analyze(word)) found.add(stem);
  }
  return found;
};
