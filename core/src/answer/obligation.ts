/**
 * A yes/no question asking whether something is required of someone («Er det lovpålagt for kommunene å …?», «Er
 * skolene pålagt å …?», «Må fylka …?», «Is it mandatory for …?», «Are municipalities obliged to …?») or left to them («Er
 * det frivillig …?»): its answer is a duty or its absence, which a text states with a modal of duty or a word of
 * obligation («skal», «må», «bør», «plikt», «krav», «pålegg», «forskrift», «frivillig», «must», «required»). A passage
 * with none of them tells what is done or offered, not whether it must be. Regular expressions over a closed class, as the
 * other answer kinds (`answer-type.ts`).
 *
 * @module
 */

/** The words of a question that ask for a duty or for its absence; a question opening with «Må»/«Måtte»/«Must» asks it too. */
const obligationAsked = new RegExp(
  String.raw`(?<!\p{L})(?:\p{L}*pålagt|\p{L}*pålagd|\p{L}*pålagde|påbudt|påbode|påbod|obligatorisk\p{L}*|tvungen|tvunget|tvungne|pliktig\p{L}*|plikt|plikta|plikten|forplikta|forpliktet|lovkrav|frivillig\p{L}*|mandatory|compulsory|obligatory|obliged|obligated|voluntary|optional|required)(?!\p{L})` +
    String.raw`|^\P{L}*(?:og\s+|and\s+)?(?:må|måtte|must)(?!\p{L})`,
  'iu',
);

/** Whether a question asks whether something is required or left free. */
export const asksForObligation = (question: string): boolean => obligationAsked.test(question);

/** A modal of duty or a word of obligation or its absence, bokmål, nynorsk and English. */
const obligationStated =
  /(?<!\p{L})(?:må|måtte|skal|skulle|bør|burde|plikt\p{L}*|forplikt\p{L}*|\p{L}*pålagt\p{L}*|\p{L}*pålegg\p{L}*|pålegge\p{L}*|påbud\p{L}*|påbod\p{L}*|\p{L}*krav\p{L}*|krev\p{L}*|kreve\p{L}*|obligatorisk\p{L}*|tvungen|tvunget|frivillig\p{L}*|lovfest\p{L}*|\p{L}*forskrift\p{L}*|nødvendig\p{L}*|must|shall|should|required?|requirements?|mandatory|compulsory|obliged|voluntary|optional)(?!\p{L})/iu;

/** Whether a text states a duty, a requirement or that something is left free. */
export const statesObligation = (text: string): boolean => obligationStated.test(text);
