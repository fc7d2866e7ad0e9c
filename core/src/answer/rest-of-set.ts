/**
 * A question asking for the rest of a set whose other member the conversation or the question already gave: the others
 * counted («Hvilke er de fire andre ferdighetene?», «What are the other four?», «kan du nemne dei tre andre?») or the rest
 * named as such («hva er resten av de grunnleggende ferdighetene?», «What is the rest of the list?»). The texts answer it only
 * by listing members («lesing, skriving, regning og …»); a sentence telling that the set has so many members («… en av fem
 * grunnleggende ferdigheter») tells how many, not which. An uncounted «hvilke andre …» is left out: it asks for more of a kind,
 * which a sentence may answer in general («det øvrige kommunale tjenesteapparatet»; tune q2844 and test c753#2 are supported so).
 * Regular expressions over a closed class (numerals, «andre»/«other», «resten»/«rest»), as the other answer kinds (`answer-type.ts`).
 *
 * @module
 */

const numerals = '(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|two|three|four|five|six|seven|eight|nine|ten)';

/** «de fire andre», «dei tre andre», «the other four», «the four others»: the others counted. */
const countedOthers = new RegExp(
  `(?<!\\p{L})(?:(?:de|dei|the)\\s+${numerals}\\s+(?:andre|other|others)|the\\s+other\\s+${numerals}|${numerals}\\s+others)(?!\\p{L})`,
  'iu',
);

/** «hva er resten (av …)», «kva er resten», «what is/are the rest (of …)»: the rest asked for as what the question asks. */
const restAsWhatIsAsked =
  /^\P{L}*(?:(?:og|and|men|but|so|så)\s+)?(?:hva|kva|hvilke|what|which)\s+(?:er|var|blir|is|are|was|were)\s+(?:the\s+)?(?:resten|rest|restane|restene)(?!\p{L})/iu;

/** Whether a question asks for the rest of a set: the others counted, or «resten» as what is asked. */
export const restOfSetAsked = (question: string): boolean => countedOthers.test(question) || restAsWhatIsAsked.test(question);
