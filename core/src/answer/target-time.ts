/**
 * A time question framed by a modal of plan or duty («Hvilket år skulle kommunene ha vurdert IP-telefoni?», «Når skal alle
 * skoler ha bredbånd?», «By when should municipalities …?») asks for the time a goal is set for, which plans state as a
 * target: the year after a preposition of deadline («I løpet av 2006 skal …», «innen 2010», «by 2012») or a year with the
 * modal beside it («… i 2008 skal ha tilgang …»). Another sentence that states a year, a survey's («våren 2005 viser at …»)
 * or a source's («(ITU, 2005)»), dates something else. Regular expressions over a closed class (the modals and the
 * prepositions of deadline, bokmål, nynorsk and English), as the other answer kinds (`answer-type.ts`); no library reads it.
 *
 * @module
 */

/** A modal of plan or duty in the question, bokmål, nynorsk and English. */
const modalAsked = /(?<!\p{L})(?:skal|skulle|må|måtte|bør|burde|shall|should|must|will|would|(?:is|are|was|were)\s+to)(?!\p{L})/iu;

/** Whether a time question asks for a target set by a plan or a duty (its modal); compose reads it only for a time question. */
export const asksForTargetTime = (question: string): boolean => modalAsked.test(question);

const year = String.raw`(?:19|20)\d{2}`;
/** A preposition of deadline before a year, with «utgangen av» / «the end of» between them. */
const deadlineYear = new RegExp(
  String.raw`(?<!\p{L})(?:i\s+løpet\s+av|innen|innan|seinast|senest|by|within|before)\s+(?:(?:utgangen|slutten|enden|the\s+end)\s+(?:av|of)\s+)?${year}(?!\p{N})`,
  'iu',
);
/** A year with a modal of plan or duty right after it, at most two words between («i 2008 skal», «2010 må»). */
const yearBeforeModal = new RegExp(String.raw`(?<!\p{N})${year}(?!\p{N})\s+(?:\S+\s+){0,2}?(?:skal|skulle|må|bør|shall|should|must|will)(?!\p{L})`, 'iu');

/** Whether a sentence states a target time: a year after a preposition of deadline, or one a modal follows. */
export const statesTargetTime = (sentence: string): boolean => deadlineYear.test(sentence) || yearBeforeModal.test(sentence);
