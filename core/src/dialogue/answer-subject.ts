import { analyze } from '../analysis';

/** The assistant's own lead-ins before its quotes («Ja – », «From the Norwegian documents: »). */
export const answerLeadIn =
  /^(?:(?:Ja|Nei|Yes|No)\s+–\s+)?(?:From the Norwegian documents:|(?:the |The )?Norwegian documents say:|Dokumentene sier dette:|Dokumenta seier dette:)?\s*/u;

/** Finite verbs a Norwegian statement's subject stands before (bokmål and nynorsk auxiliaries, copulas and common verbs). */
const finiteVerb =
  /^(?:er|var|har|hadde|skal|skulle|vil|ville|kan|kunne|må|måtte|bør|burde|blir|ble|vert|vart|får|fikk|fekk|gir|gav|ga|gjev|gjelder|gjeld|inneholder|inneheld|omfatter|består|utgjør|tilbyr|leverer|driver|driv|sørger|arbeider|jobber|jobbar|eier|eig|ønsker|ønskjer|mener|meiner|bidrar|bidreg)$/iu;

/**
 * Words a statement opens with that are no subject of their own: prepositions (all the simple ones, bokmål and nynorsk, but «over»,
 * «rundt», «omkring» and «per», which also measure a subject's number: «Over 300 kommuner har …»), adverbs, pronouns, conjunctions.
 * «Innenfor kommunal sektor er …» was read as a subject and named in the next reading. Tune: follow-ups +1 (c208#2); test: no turn changes.
 */
const notSubject =
  /^(?:i|på|for|med|av|til|fra|frå|om|etter|innen|innan|under|ved|gjennom|ifølge|ifølgje|innenfor|innafor|innanfor|utenfor|utanfor|blant|mellom|mot|hos|bak|foran|framfor|fremfor|før|føre|langs|uten|utan|tross|trass|via|angående|vedrørende|det|dette|den|denne|de|dei|disse|desse|der|her|da|då|når|som|men|og|eller|også|dessuten|samtidig|likevel|derfor|difor|slik|så|en|ein|et|eit|hittil|nå|no|foreløpig|fortsatt|framover|fremover|tidligere|tidlegare|ofte|dermed|altså|imidlertid|derimot|totalt|samlet|samla|særlig|særleg|spesielt|først|deretter|senere|seinare|allerede|alt|tradisjonelt|vanligvis|vanlegvis)$/iu;

/**
 * Whether the words before the verb make a noun phrase: its last word (the head) is a word the analyser reads, not an
 * adverb or conjunction («Nettopp derfor er …») nor a number («Drøyt 400 har …», where the noun is left out); «Over 300
 * kommuner» has its noun.
 */
const nounPhrase = (words: readonly string[]): boolean => {
  const head = (words[words.length - 1] ?? '').replace(/[.!?»"')]+$/u, '');
  if (!/\p{L}/u.test(head) || notSubject.test(head)) return false;
  return analyze(head).some((stem) => /\p{L}/u.test(stem));
};

/** The longest subject read (words). */
const maxSubjectWords = 6;

/**
 * The subject of the last answer's first quoted sentence, which a pronoun in the next question most often points to
 * («Kommunesektorens organisasjon for digitalisering er et aksjeselskap …» → «Kommunesektorens organisasjon for
 * digitalisering», where the question asked «Hva er KSD?»): the words before the first finite verb, when the
 * sentence opens with its subject (Norwegian puts the finite verb second; an opening adverbial puts the subject after it,
 * and then none is read). Empty for an abstention (no quote) or a sentence that opens with a pronoun or an adverbial.
 */
export const answerSubject = (answer: string): string => {
  if (!/\[\d+\]/u.test(answer)) return '';
  const first = answer.replace(answerLeadIn, '').split(/\s*\[\d+\]/u)[0] ?? '';
  const words = first.trim().split(/\s+/u);
  if (words.length === 0 || notSubject.test(words[0] ?? '')) return '';
  const verbAt = words.findIndex((word, index) => index > 0 && finiteVerb.test(word.replace(/[,.;:]+$/u, '')));
  if (verbAt < 1 || verbAt > maxSubjectWords) return '';
  // A list row or heading opens with its label, set off by a free-standing dash before the verb («Elektronisk pasientjournal -
  // Kommunene skal …», «Kompetanseheving – I løpet av 2011 skal …»): the sentence, and so its subject, begins after the dash.
  const dashAt = words.slice(0, verbAt).findLastIndex((word) => /^[-–—]$/u.test(word));
  // A relative clause after the subject holds the first finite verb («HØYKOM-programmet som ble etablert …»): the subject ends before «som».
  const clause = words.slice(dashAt + 1, verbAt);
  const relativeAt = clause.findIndex((word, index) => index > 0 && /^som$/iu.test(word));
  const subject = relativeAt > 0 ? clause.slice(0, relativeAt) : clause;
  if (subject.length === 0 || notSubject.test(subject[0] ?? '')) return '';
  if (subject.some((word) => /[,;:]$/u.test(word))) return '';
  return nounPhrase(subject) ? subject.join(' ') : '';
};

/** The gender a one-word definite noun shows by its ending: «-et» neuter («Departementet»), «-en» masculine or common («Strategien»). */
const definiteGender = (word: string): 'neuter' | 'common' | null =>
  /\p{Lu}/u.test(word.slice(1)) ? null : /\p{Ll}{2}et$/u.test(word) ? 'neuter' : /\p{Ll}{2}en$/u.test(word) ? 'common' : null;
/** Personal pronouns that point back to a singular noun of one gender: «den», «denne», nynorsk «han»/«ho» a common one, «det», «dette» a neuter one. */
const commonPronoun = /(?<![\p{L}\p{N}])(?:den|denne|han|ho)(?![\p{L}\p{N}])/iu;
const neuterPronoun = /(?<![\p{L}\p{N}])(?:det|dette)(?![\p{L}\p{N}])/iu;

/**
 * Whether the last answer's subject may be what a Norwegian follow-up's pronoun points to. A pronoun agrees in gender with
 * the noun it stands for: «Hvem har lagt inn penger i den?» does not point to «Departementet …» (neuter), and «Vil fylket ha det
 * utsatt?» not to «Konsekvensen …» (common gender). Only a one-word definite noun shows its gender by its ending; a name, a
 * longer subject, or a question with pronouns of both genders or none agrees. «den»/«det» as a determiner («den undersøkelsen», «det
 * nettet») points to its own noun, of its gender, which a subject of the other gender is not either.
 */
export const agreesWithPronoun = (subject: string, question: string): boolean =>
  pronounAgrees(/\s/u.test(subject.trim()) ? null : definiteGender(subject.trim()), question);

/** Whether a question's pronouns may point to a noun of `gender` (null: not shown); pronouns of both genders or none agree with either. */
const pronounAgrees = (gender: 'neuter' | 'common' | null, question: string): boolean => {
  if (gender === null) return true;
  const common = commonPronoun.test(question);
  const neuter = neuterPronoun.test(question);
  return common === neuter || (common ? gender === 'common' : gender === 'neuter');
};

/** The indefinite articles (bokmål, nynorsk) by the gender of the noun they introduce. */
const neuterArticle = /^(?:et|eit)$/iu;
const commonArticle = /^(?:en|ei|ein)$/iu;
/** Words that end a noun phrase after its noun: a relative or subordinate clause, a preposition, a conjunction. */
const phraseEnd = /^(?:som|der|at|og|eller|men|i|på|for|med|av|til|fra|frå|om|innen|innan|under|ved|mellom|mot|hos|etter|uten|utan|gjennom)$/iu;
/** The longest noun phrase read after its article (words: an adjective or two and the noun). */
const maxPhraseWords = 3;

/**
 * The thing the last answer's first quoted sentence newly introduces, after its finite verb, with an indefinite article
 * («KS har i samarbeid med departementet utarbeidet et veiledningshefte» → «veiledningshefte»): Norwegian brings a new
 * referent into the talk with «en/ei/et» (Faarlund, Lie & Vannebo, Norsk referansegrammatikk: «ny referent»), and what a
 * what-question asked for is that new thing, which the next «det» or «den» of its gender points to — not the subject the
 * question already named. The noun phrase runs from the article to a clause, a preposition or punctuation. Empty when the
 * sentence introduces nothing so, or the question's pronoun has the other gender (`det`/`dette` neuter, `den`/`denne`/`han`/`ho`
 * common; one with neither agrees with both).
 */
export const answerNewThing = (answer: string, question: string): string => {
  if (!/\[\d+\]/u.test(answer)) return '';
  const first = answer.replace(answerLeadIn, '').split(/\s*\[\d+\]/u)[0] ?? '';
  const words = first.trim().split(/\s+/u);
  const verbAt = words.findIndex((word, index) => index > 0 && finiteVerb.test(word.replace(/[,.;:]+$/u, '')));
  if (verbAt < 1) return '';
  const articleAt = words.findIndex((word, index) => index > verbAt && (neuterArticle.test(word) || commonArticle.test(word)));
  if (articleAt < 0) return '';
  const article = words[articleAt] ?? '';
  if (!pronounAgrees(neuterArticle.test(article) ? 'neuter' : 'common', question)) return '';
  const phrase: string[] = [];
  for (const word of words.slice(articleAt + 1, articleAt + 1 + maxPhraseWords)) {
    const bare = word.replace(/[,.;:!?»")]+$/u, '');
    if (phraseEnd.test(bare) || bare === '' || !/^\p{L}[\p{L}-]*$/u.test(bare)) break;
    phrase.push(bare);
    if (bare !== word) break;
  }
  return phrase.join(' ');
};

/** «slik»/«sånn» with the noun it qualifies (bokmål, nynorsk): «slike avtaler», «eit slikt kompetansesenter». */
const suchNoun = /(?<![\p{L}\p{N}])(?:slik|slike|slikt|sånn|sånne|sånt)\s+(\p{L}[\p{L}-]*)/giu;
/** Words before a noun that tell no kind of it: articles, determiners, prepositions, conjunctions, numbers. */
const noKind =
  /^(?:en|ei|et|ein|eit|den|det|de|dei|denne|dette|disse|desse|alle|mange|flere|fleire|noen|nokre|nokon|slike|slik|slikt|og|eller|i|på|for|med|av|til|fra|frå|om|mellom|som|at|\p{N}+)$/iu;

/**
 * The kind a «slike <noun>» points to (Faarlund, Lie & Vannebo, Norsk referansegrammatikk: «slik» refers to a kind named
 * before): where the last turn wrote that noun, the word that tells its kind — the adjective or noun before it («bilaterale
 * avtaler» for «slike avtaler») or the compound it heads («samhandlingsløsninger» for «slike løsninger»). The words as written in
 * `said` (the last question and answer), each once; none when the noun is not there.
 */
export const suchKind = (question: string, said: string): string[] => {
  const kinds: string[] = [];
  const words = said.split(/\s+/u).map((word) => word.replace(/^[«"(]+|[,.;:!?»")]+$/gu, ''));
  for (const match of question.matchAll(suchNoun)) {
    const noun = analyze(match[1] ?? '')[0];
    if (noun === undefined || noun.length < 4) continue;
    words.forEach((word, index) => {
      const stem = analyze(word)[0];
      if (stem === undefined) return;
      const before = words[index - 1] ?? '';
      const kind =
        stem === noun
          ? before !== '' && !noKind.test(before) && analyze(before).length > 0 && !/\[\d+\]/u.test(before)
            ? before
            : ''
          : stem.length >= noun.length + 4 && stem.endsWith(noun)
            ? word
            : '';
      if (kind !== '' && !kinds.some((seen) => seen.toLowerCase() === kind.toLowerCase())) kinds.push(kind);
    });
  }
  return kinds;
};
