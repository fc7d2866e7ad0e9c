/**
 * A yes/no question asking whether something is required of someone («Er det lovpålagt for kommunene å …?», «Er
 * skolene pålagt å …?», «Må fylka …?», «Is it mandatory for …?», «Are municipalities obliged to …?») or left to them («Er
 * det frivillig …?»): its answer is a duty or its absence, which a text states with a modal of duty or a word of
 * obligation («skal», «må», «bør», «plikt», «krav», «pålegg», «forskrift», «frivillig», «must», «required»). A passage
 * with none of them tells what is done or offered, not whether it must be. Regular expressions over a closed class, as the
 * other answer kinds (`answer-type.ts`). So is one asking whether someone may do a thing («Kan skolene selv velje …?», «Har
 * fylket lov til å …?», «Are schools allowed to …?»): its answer is a permission or its absence («kan», «lov til», «tillatt»),
 * or a duty.
 *
 * @module
 */

/** The words of a question that ask for a duty or for its absence; a question opening with «Må»/«Måtte»/«Must» asks it too. */
const obligationAsked = new RegExp(
  String.raw`(?<!\p{L})(?:\p{L}*pålagt|\p{L}*pålagd|\p{L}*pålagde|påbudt|påbode|påbod|obligatorisk\p{L}*|tvungen|tvunget|tvungne|pliktig\p{L}*|plikt|plikta|plikten|forplikta|forpliktet|lovkrav|frivillig\p{L}*|mandatory|compulsory|obligatory|obliged|obligated|voluntary|optional|required)(?!\p{L})` +
    String.raw`|^\P{L}*(?:og\s+|and\s+)?(?:må|måtte|must)(?!\p{L})`,
  'iu',
);

/**
 * The words of a question that ask whether someone may do a thing: a modal with «selv»/«sjølv»/«themselves» (on its own
 * authority), «lov til», «tillatt», «allowed». «Er det mulig …» asks what can be done, which a description answers.
 */
const permissionAsked = new RegExp(
  String.raw`^\P{L}*(?:og\s+|and\s+)?(?:kan|kunne|can|could|may)\s+(?:\S+\s+){1,3}?(?:selv|sjølv|sjølve|selve|themselves|itself)(?!\p{L})` +
    String.raw`|(?<!\p{L})(?:har|får|hadde|fikk|fekk|fær)\s+(?:\S+\s+){1,3}?lov\s+til(?!\p{L})|(?<!\p{L})(?:er|var)\s+det\s+(?:lov|tillatt|tillate)(?!\p{L})|(?<!\p{L})(?:allowed|permitted)(?!\p{L})`,
  'iu',
);

/** What a question asks of the modality: whether something is required or left free (`duty`), whether someone may do it (`permission`), or neither. */
export const modalityAsked = (question: string): 'duty' | 'permission' | null =>
  obligationAsked.test(question) ? 'duty' : permissionAsked.test(question) ? 'permission' : null;

/** A modal of duty or a word of obligation or its absence, bokmål, nynorsk and English. */
const obligationStated =
  /(?<!\p{L})(?:må|måtte|skal|skulle|bør|burde|plikt\p{L}*|forplikt\p{L}*|\p{L}*pålagt\p{L}*|\p{L}*pålegg\p{L}*|pålegge\p{L}*|påbud\p{L}*|påbod\p{L}*|\p{L}*krav\p{L}*|krev\p{L}*|kreve\p{L}*|obligatorisk\p{L}*|tvungen|tvunget|frivillig\p{L}*|lovfest\p{L}*|\p{L}*forskrift\p{L}*|nødvendig\p{L}*|must|shall|should|required?|requirements?|mandatory|compulsory|obliged|voluntary|optional)(?!\p{L})/iu;

/** A modal of ability or permission, or a word of permission, bokmål, nynorsk and English. */
const permissionStated =
  /(?<!\p{L})(?:kan|kunne|lov|lovlig|lovleg|tillat\p{L}*|adgang|rett|retten|anledning|fritt|can|could|may|allowed|permitted|entitled)(?!\p{L})/iu;

/** Whether a text states what the question asks of the modality: a duty, a requirement or a freedom; for a permission asked, also a permission or an ability. */
export const statesModality = (text: string, asked: 'duty' | 'permission'): boolean =>
  obligationStated.test(text) || (asked === 'permission' && permissionStated.test(text));
