import { analyzeWithOffsets } from '../analysis';
import type { AnswerLanguage } from '../retrieval/language';
import type { PreparedQuery } from '../retrieval/query';
import { dialogueBounds, type Dialogue } from './dialogue-state';

/**
 * Reads a question in the light of the conversation. A question is
 * - `first` when there is no earlier turn, or `self-contained` when it names its own subject
 *   (a topic change inherits nothing);
 * - `ellipsis` when it is a fragment that keeps the last question's frame and swaps a part of it
 *   («og i 2011?», «hva med fylkeskommunene?», «og for NAV?»): the new year, name or word
 *   replaces the one it stands for in the last question;
 * - `reference` when it points back with a pronoun or a generic definite noun («hvem har
 *   ansvaret for det?», «hvor mye har selskapet fått?»): the last question's subject is added as
 *   context, at half weight in the evidence, so the answer still has to carry the new question.
 * The result is one bounded question to retrieve with, and a readable `interpreted` form.
 */
export type FollowUpKind = 'first' | 'self-contained' | 'ellipsis' | 'reference';

export interface ResolvedQuestion {
  kind: FollowUpKind;
  /** A yes/no question («Gjelder det også fylkeskommunene?»): the answer starts with what the texts say. */
  yesNo: boolean;
  /** The question as read, for the user to check («Tolket som: …»). */
  interpreted: string;
  prepared: PreparedQuery;
  /** The last answer, when the question leans on it (to prefer nearby passages and not repeat it). */
  previousAnswer: string;
}

/** A prepared question: the assistant's own `prepareQuery` with its dictionary and language resources. */
export type Prepare = (text: string) => PreparedQuery;

/** The hard limit on a resolved question, like the API's limit on a fresh one. */
export const maxResolvedChars = 1_000;

const continuation =
  /^\s*(?:og så|og hva med|og kva med|hva med|kva med|hvordan med|korleis med|hva om|kva om|hva så med|og|men|enn|samme for|også|what about|how about|and what about|and|same for|also)\b[\s,]*/iu;
const questionWords =
  'hva|kva|hvem|kven|hvor|kor|kvar|når|hvorfor|kvifor|korfor|hvordan|korleis|hvilke[nt]?|kva for|kvifor|what|who|whom|whose|when|where|why|how|which';
const questionWord = new RegExp(`^\\s*(?:${questionWords})\\b`, 'iu');
/** A question word anywhere: «og eSignering, hva er det?» asks a question of its own. */
const asksInside = new RegExp(`\\b(?:${questionWords})\\b`, 'iu');
const yesNoStart =
  /^\s*(?:og\s+|men\s+|and\s+|but\s+)?(?:er|var|har|hadde|skal|skulle|kan|kunne|vil|ville|blir|ble|vert|vart|gjelder|gjeld|finnes|fins|finst|stemmer|må|bør|får|fikk|inneholder|omfatter|is|are|does|do|did|can|will|has|have|was|were|should|could)\b/iu;
/** Pronouns and demonstratives that point back (bokmål, nynorsk, English). */
const pronoun =
  /\b(?:det|den|dette|denne|disse|desse|dei|de|dem|deira|deres|dets|dens|slikt|sånt|der|dit|it|its|they|them|their|this|that|these|those|there)\b/iu;
/** Generic definite nouns that point back to what was just discussed («selskapet», «ordningen»). */
const genericDefinite =
  /\b(?:selskapet|ordningen|ordninga|programmet|planen|strategien|strategia|utvalget|utvalet|tiltaket|tiltakene|tiltaka|prosjektet|målet|måla|målene|rapporten|avtalen|avtala|satsingen|satsinga|reformen|løsningen|løysinga|tjenesten|tenesta|dokumentet|meldingen|meldinga|the company|the scheme|the programme|the program|the plan|the strategy|the committee|the project|the goal|the report|the agreement)\b/iu;

/** «Hva er X?», «Kva betyr X?», «What is X?»: a definition question names its own subject. */
const definition = /^\s*(?:hva|kva|what)\s+(?:er|betyr|menes med|meinest med|is|are|does .+ mean)\b/iu;

const strip = (text: string): string => text.replace(/[\s?!.]+$/u, '').trim();

/** The question without its opening «og»/«hva med», and without a closing «da»/«then». */
const fragmentOf = (question: string): string => strip(question.replace(continuation, '').replace(/\s+(?:da|then)\s*\??\s*$/iu, ''));

const classify = (question: string, prepared: PreparedQuery): FollowUpKind => {
  const content = prepared.terms.stems.length + prepared.terms.numbers.filter((number) => !prepared.terms.stems.includes(number)).length;
  const continues = continuation.test(question);
  const asks = questionWord.test(question) || yesNoStart.test(question);
  const points = pronoun.test(question) || genericDefinite.test(question);
  // «Og eSignering, hva brukes det til?»: a question of its own after «og» leans on the last one as context.
  if (continues && content <= 4 && asksInside.test(question.replace(continuation, ''))) return 'reference';
  if (continues && content <= 4) return 'ellipsis';
  if (!asks && content <= 2) return 'ellipsis';
  if ((points || continues) && content <= 6) return 'reference';
  // A short question that is not a definition («har du et eksempel?», «hva skjer med Altinn?») reads
  // the last turn as context; «hva er omsorgsteknologi?» asks something new and inherits nothing.
  if (content <= 2 && !definition.test(question)) return 'reference';
  return 'self-contained';
};

/** The question's words as written, for the stems given, in their order, each once. */
const surfaceWords = (text: string, stems: ReadonlySet<string>): string[] => {
  const words: string[] = [];
  for (const term of analyzeWithOffsets(text)) {
    if (term.kind === 'part' || !stems.has(term.stem)) continue;
    const word = text.slice(term.start, term.end);
    if (!words.some((seen) => seen.toLowerCase() === word.toLowerCase())) words.push(word);
  }
  return words;
};

const prepositionList = 'i|innen|innan|til|for|på|av|om|med|fra|frå|hos|in|by|to|for|on|of|from|at|with';
const prepositions = new RegExp(`^(?:${prepositionList})$`, 'iu');
const leadingPreposition = new RegExp(`^(?:${prepositionList})\\s+`, 'iu');

const surfaceStems = (text: string): string[] => analyzeWithOffsets(text).map((term) => term.stem);

/** The same compound head: «fylkeskommun» narrows «kommun» (Norwegian compounds end in their head). */
const similar = (left: string, right: string): boolean =>
  left === right || (Math.min(left.length, right.length) >= 4 && (left.endsWith(right) || right.endsWith(left)));

/**
 * Puts the fragment in the place of what it replaces in the last question: its year for the
 * old year, its name for the old name, its word for a word it shares a stem with («kommunene» →
 * «fylkeskommunene»); with nothing to replace, the fragment is added to the last question.
 */
const substitute = (previousText: string, previous: PreparedQuery, fragment: string, fragmentQuery: PreparedQuery): string => {
  const dropped = new Set<string>();
  if (fragmentQuery.terms.numbers.length > 0) for (const number of previous.terms.numbers) dropped.add(number);
  // In a fragment every capitalised word is a name, the first one too («Digdir?»).
  const fragmentNames = surfaceStems(fragment.match(/\p{Lu}[\p{L}\p{N}@-]*/gu)?.join(' ') ?? '');
  const newNames = fragmentNames.filter((stem) => !previous.terms.stems.includes(stem));
  if (newNames.length > 0) for (const stem of previous.entities) dropped.add(stem);
  for (const stem of fragmentQuery.terms.stems) {
    if (previous.terms.stems.includes(stem)) continue;
    for (const old of previous.terms.stems) if (similar(old, stem)) dropped.add(old);
  }
  const spans = analyzeWithOffsets(previousText).filter((term) => term.kind !== 'part' && dropped.has(term.stem));
  if (spans.length === 0) return `${strip(previousText)} – ${fragment}?`;
  // «innen 2011» + «i 2009» reads «innen 2009»: the old preposition stays, the fragment's goes.
  const before =
    previousText
      .slice(0, spans[0]?.start ?? 0)
      .trim()
      .split(/\s+/u)
      .at(-1) ?? '';
  const insert = prepositions.test(before) ? fragment.replace(leadingPreposition, '') : fragment;
  let text = '';
  let at = 0;
  spans.forEach((span, index) => {
    text += previousText.slice(at, span.start) + (index === 0 ? insert : '');
    at = span.end;
  });
  return `${strip((text + previousText.slice(at)).replace(/\s{2,}/gu, ' '))}?`;
};

const aboutWord: Record<AnswerLanguage, string> = { nb: 'om', nn: 'om', en: 'about' };

const bounded = (text: string): string => (text.length > maxResolvedChars ? text.slice(0, maxResolvedChars) : text);

export const resolveQuestion = (dialogue: Dialogue, prepare: Prepare, depth = 0): ResolvedQuestion => {
  const question = bounded(dialogue.question);
  const own = prepare(question);
  const [last, ...older] = dialogue.previous;
  const yesNo = yesNoStart.test(question);
  if (!last || depth >= dialogueBounds.turns)
    return { kind: last ? 'self-contained' : 'first', yesNo, interpreted: question, prepared: own, previousAnswer: '' };
  const kind = classify(question, own);
  if (kind === 'self-contained') return { kind, yesNo, interpreted: question, prepared: own, previousAnswer: '' };

  // The last question as it was read in its own context, depth-bounded.
  const previous = resolveQuestion({ question: last.question, previous: older }, prepare, depth + 1);
  // A short follow-up too vague to tell its language speaks the conversation's.
  const language = question.split(/\s+/u).length <= 4 && own.language === 'nb' ? previous.prepared.language : own.language;
  // English follow-ups are matched through their translation, like English questions.
  const previousSearch = previous.prepared.language === 'en' ? previous.prepared.text : previous.interpreted;

  if (kind === 'ellipsis') {
    const fragment = fragmentOf(question);
    const fragmentQuery = prepare(fragment);
    const searchFragment = fragmentQuery.language === 'en' ? fragmentQuery.text : fragment;
    const interpreted = bounded(
      previous.prepared.language === language
        ? substitute(previous.interpreted, previous.prepared, fragment, fragmentQuery)
        : `${strip(previousSearch)} – ${fragment}?`,
    );
    const search = bounded(substitute(previousSearch, prepare(previousSearch), searchFragment, prepare(searchFragment)));
    const prepared = { ...prepare(search), original: interpreted, language };
    return { kind, yesNo: yesNo || yesNoStart.test(previous.interpreted), interpreted, prepared, previousAnswer: last.answer };
  }

  // A reference: the last question's answer-bearing words as context; its names only when the
  // new question names nothing of its own («enn Datatilsynet, kva er oppgåva deira?» switches).
  const ownNames = surfaceStems(question.match(/(?<=\S\s+)\p{Lu}[\p{L}\p{N}@-]*/gu)?.join(' ') ?? '');
  const referentStems = new Set(
    ownNames.length > 0 ? previous.prepared.terms.stems.filter((stem) => !previous.prepared.entities.includes(stem)) : previous.prepared.terms.stems,
  );
  for (const stem of own.terms.stems) referentStems.delete(stem);
  const referent = surfaceWords(previousSearch, referentStems);
  if (referent.length === 0) return { kind, yesNo, interpreted: question, prepared: { ...own, language }, previousAnswer: last.answer };
  const interpreted = bounded(`${strip(question)} (${aboutWord[language]}: ${referent.join(' ')})?`);
  const ownSearch = own.language === 'en' ? own.text : question;
  const combined = prepare(bounded(`${ownSearch} ${referent.join(' ')}`));
  const weights = combined.terms.stems.map((stem) => (own.terms.stems.includes(stem) || !referentStems.has(stem) ? 1 : 0.5));
  const prepared: PreparedQuery = { ...combined, original: question, language, terms: { ...combined.terms, weights } };
  return { kind, yesNo, interpreted, prepared, previousAnswer: last.answer };
};
