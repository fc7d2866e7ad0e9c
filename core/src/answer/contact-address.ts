/**
 * A question asking for where to reach someone — an e-mail address, a telephone number, a web address — in bokmål, nynorsk
 * or English («Kva er e-postadressa til …», «What is the e-mail address for …», «telefonnummeret til …»). Such a question is
 * answered only by a sentence that writes one; a sentence that names the addressee and says something else does not.
 * Regular expressions, as the other answer types (`answer-type.ts`): no library reads these few question forms.
 */
const addressAsked =
  /(?<!\p{L})(?:e-?post|e-?mail|mail)[\s-]*ad+res+\p{L}*|(?<!\p{L})(?:telefon|tlf\.?|phone|telephone|mobil)[\s-]*(?:nummer|nummeret|nr|number)\p{L}*|(?<!\p{L})(?:nett|web|internett|heime)[\s-]*(?:adresse|address|side-?adresse)\p{L}*|(?<!\p{L})(?:url|website address)(?!\p{L})/iu;

/**
 * An e-mail address, a web address or a Norwegian telephone number written as a text writes one. The number is eight digits
 * standing alone: not part of a longer number, nor of a decimal or grouped one («12 34 56 78,5», «1.23 45 67 89»); a full stop
 * or comma that ends the sentence or clause after it («ring tlf. 22 33 44 55.», «… 22 33 44 55, eller …») does not join it to one.
 */
const writtenAddress =
  /[\p{L}\p{N}._+-]+@[\p{L}\p{N}-]+\.[\p{L}.]+|https?:\/\/|(?<!\p{L})www\.|\+47|(?<![\p{N},.])\d{2}\s?\d{2}\s?\d{2}\s?\d{2}(?!\p{N}|[,.]\p{N})/u;

export const asksForAddress = (question: string): boolean => addressAsked.test(question);

export const statesAddress = (sentence: string): boolean => writtenAddress.test(sentence);
