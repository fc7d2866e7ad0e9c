import { analyzeWithOffsets } from '../analysis/analyze';
import { timeFrameOf } from './answer-type';

/** A preposition and the word it governs (a determiner or possessive before it), bokmål and nynorsk. */
const attached =
  /^\s+(?:for|til|i|av|på|om|med|fra|frå|ved|hos|mellom|innen|innan|under|over|mot)\s+(?:(?:den|det|de|dei|sin|sitt|sine|alle|hele|heile)\s+)?[\p{L}\p{N}-]+/iu;
/** The same in English («the admission to vocational colleges», «the Centre for Research-based Innovation»). */
const attachedEnglish =
  /^\s+(?:of|for|to|in|at|on|with|from|between|within|under|over|against)\s+(?:(?:the|a|an|its|their|all|every|each)\s+)?[\p{L}\p{N}-]+/iu;

/**
 * The words that open a second question after «og»/«and»: a question word, or a finite verb a yes/no question starts with
 * (bokmål, nynorsk, English).
 */
const secondQuestion =
  /^(?:hv|kv|kor|når|who|what|which|when|where|how|why|(?:er|var|blir|ble|vart|har|hadde|kan|kunne|skal|skulle|vil|ville|må|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|must)\b)/iu;

/** The «og»/«and» that may join more words to the event (`predicateStems`). */
const joinedBy = /^\s+(?:og|and)\s+/iu;

/** A word of the question at its place: a stem and the characters of the word it reads. */
interface PlacedStem {
  stem: string;
  start: number;
  end: number;
}

/**
 * An English question's words as their translations' stems, placed where each English word (or phrase) stands in `text`:
 * every stem of one word's translations spans that word, as a compound's parts span the compound in Norwegian. Words not
 * found as written (or before `from`) are left out.
 */
const placedSources = (text: string, sources: ReadonlyArray<{ source: string; stems: readonly string[] }>): PlacedStem[] => {
  const lower = text.toLowerCase();
  const placed: PlacedStem[] = [];
  let cursor = 0;
  for (const { source, stems } of sources) {
    const at = lower.indexOf(source.toLowerCase(), cursor);
    if (at < 0) continue;
    cursor = at + source.length;
    for (const stem of stems) placed.push({ stem, start: at, end: cursor });
  }
  return placed;
};

/**
 * The stems a Norwegian when-question says of its subject: the words after the subject, up to the clause's end («Når skal
 * den nye forskriften tre i kraft?» → «tre», «kraft»; «Når ble selskapet stiftet, og hvem leder …» → «stift»). The
 * subject is the first weighty word after the words asking for the time and the finite verb (`isWeighty`: a name or a rare
 * word; «den nye» before it weighs little). A name of several words («KS Digital») is the subject as a whole. An English
 * question is read the same way through its words' translations (`sources`, in the order written: «When was Fylkesnettet
 * established?» → the stems of «etablere»); without them it reads nothing. Empty for a question with no time frame at its
 * start, or one whose clause has no word after the subject.
 */
export const predicateStems = (
  question: string,
  language: string,
  isWeighty: (stem: string) => boolean,
  isName: (stem: string) => boolean = () => false,
  sources?: ReadonlyArray<{ source: string; stems: readonly string[] }>,
): string[] => {
  const english = language === 'en';
  if (english && !sources) return [];
  const frame = timeFrameOf(question);
  if (frame === null) return [];
  const at = question.toLowerCase().indexOf(frame.toLowerCase());
  const rest = question.slice(at + frame.length);
  // The clause: up to a comma, «og»/«and», a question mark or a source («ifølge», «etter», «according to»).
  const clauseEnd = (from: number): number => {
    const match = /,|\?|\s(?:og|and|ifølge|ifølgje|i følge|i følgje|etter|jf\.|according to)\s/iu.exec(rest.slice(from));
    return match ? from + match.index : rest.length;
  };
  const termsOf = (end: number): readonly PlacedStem[] =>
    english
      ? placedSources(question, sources ?? [])
          .filter((term) => term.start >= at + frame.length)
          .map((term) => ({ ...term, start: term.start - at - frame.length, end: term.end - at - frame.length }))
          .filter((term) => term.end <= end)
      : analyzeWithOffsets(rest.slice(0, end));
  let end = clauseEnd(0);
  let terms = termsOf(end);
  const head = terms.findIndex((term) => isWeighty(term.stem));
  if (head < 0) return [];
  // The subject's words: every reading of the same word (a compound and its parts, «helsenett-tilkobling»), and a name's further words.
  let last = head;
  const headTerm = terms[head];
  let subjectEnd = Math.max(0, ...terms.filter((term) => headTerm && term.start <= headTerm.start && term.end >= headTerm.end).map((term) => term.end));
  for (let index = head + 1; index < terms.length; index += 1) {
    const term = terms[index];
    const previous = terms[last];
    if (!term || !previous) break;
    if (term.start < subjectEnd || (isName(previous.stem) && isName(term.stem))) {
      last = index;
      subjectEnd = Math.max(subjectEnd, term.end);
    } else break;
  }
  // A prepositional phrase right after the subject's word still names the subject («opptaket til fagskulane», «Ressurssenter
  // for omstilling i kommunene»): the event starts after it.
  const phrase = english ? attachedEnglish : attached;
  const attach = (start: number): number => {
    let from = start;
    const clause = rest.slice(0, end);
    for (let match = phrase.exec(clause.slice(from)); match !== null && match[0].length > 0; match = phrase.exec(clause.slice(from))) from += match[0].length;
    return from;
  };
  let from = attach(subjectEnd);
  // A subject of two nouns joined by «og»/«and» («Hvilket år skulle alle skoler og lærested ha tilgang …», «When should schools
  // and colleges have …»): the «og» right after the first noun joins the second to the subject, it ends no clause; the
  // subject runs to the second noun (a weighty word among the three after «og», or the first), the event after it. Not before a question
  // word, which opens a second question («Når ble selskapet stiftet og hvem eier det?» ends at «og» after the event anyway).
  const joined = /^\s+(?:og|and)\s+/iu.exec(rest.slice(end));
  if (rest.slice(from, end).trim() === '' && joined && !/^(?:hv|kv|kor|når|who|what|which|when|where|how)/iu.test(rest.slice(end + joined[0].length))) {
    const second = end + joined[0].length;
    end = clauseEnd(second);
    terms = termsOf(end);
    const following = terms.filter((term) => term.start >= second);
    const noun = following.slice(0, 3).find((term) => isWeighty(term.stem)) ?? following[0];
    if (noun) {
      subjectEnd = Math.max(noun.end, ...terms.filter((term) => term.start <= noun.start && term.end >= noun.end).map((term) => term.end));
      from = attach(subjectEnd);
    }
  }
  // An «og»/«and» after the event joins more of it («kunne se og høre møtene på nettet», «tilsette i pleie og omsorg kunne nok
  // om digitale verktøy»): the clause runs on, unless what follows opens a second question (a question word, or a finite verb
  // that opens a yes/no question: «… stiftet og er det lønnsamt?»).
  for (let joins = joinedBy.exec(rest.slice(end)); joins !== null; joins = joinedBy.exec(rest.slice(end))) {
    const next = end + joins[0].length;
    if (secondQuestion.test(rest.slice(next))) break;
    end = clauseEnd(next);
    terms = termsOf(end);
  }
  const after = terms.slice(head + 1).filter((term) => term.start >= from);
  // English «do»-support puts the lexical verb after the subject («When did the project start?», «Which years did the
  // programme cover?»), where Norwegian puts it, finite, before the subject («Når startet prosjektet?»), outside what
  // the Norwegian reading takes: that verb is left out as well, so both languages read the same event.
  const doSupport = english && /^\s*(?:do|does|did)\b/iu.test(rest);
  const verbStart = doSupport ? after[0]?.start : undefined;
  return after.filter((term) => term.start !== verbStart).map((term) => term.stem);
};
