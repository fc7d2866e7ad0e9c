import { analyzeWithOffsets } from '../analysis/analyze';
import { timeFrameOf } from './answer-type';

/** A preposition and the word it governs (a determiner or possessive before it), bokmål and nynorsk. */
const attached =
  /^\s+(?:for|til|i|av|på|om|med|fra|frå|ved|hos|mellom|innen|innan|under|over|mot)\s+(?:(?:den|det|de|dei|sin|sitt|sine|alle|hele|heile)\s+)?[\p{L}\p{N}-]+/iu;

/**
 * The stems a Norwegian when-question says of its subject: the words after the subject, up to the clause's end («Når skal
 * den nye e-helseloven tre i kraft?» → «tre», «kraft»; «Når ble KS Digital opprettet, og hvem eier …» → «opprett»). The
 * subject is the first weighty word after the words asking for the time and the finite verb (`isWeighty`: a name or a rare
 * word; «den nye» before it weighs little). A name of several words («KS Digital») is the subject as a whole. Empty for an
 * English question (its stems are translations, in another order), a question with no time frame at its start, or one whose
 * clause has no word after the subject.
 */
export const predicateStems = (
  question: string,
  language: string,
  isWeighty: (stem: string) => boolean,
  isName: (stem: string) => boolean = () => false,
): string[] => {
  if (language === 'en') return [];
  const frame = timeFrameOf(question);
  if (frame === null) return [];
  const at = question.toLowerCase().indexOf(frame.toLowerCase());
  const rest = question.slice(at + frame.length);
  // The clause: up to a comma, «og»/«and», a question mark or a source («ifølge», «etter»).
  const end = /,|\?|\s(?:og|ifølge|ifølgje|i følge|i følgje|etter|jf\.)\s/iu.exec(rest)?.index ?? rest.length;
  const terms = analyzeWithOffsets(rest.slice(0, end));
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
  const clause = rest.slice(0, end);
  let from = subjectEnd;
  for (let match = attached.exec(clause.slice(from)); match !== null && match[0].length > 0; match = attached.exec(clause.slice(from))) from += match[0].length;
  return terms
    .slice(head + 1)
    .filter((term) => term.start >= from)
    .map((term) => term.stem);
};
