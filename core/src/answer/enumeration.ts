/**
 * An enumeration written inside a sentence: a series of three or more short items joined by commas, the last by a coordinating
 * conjunction («… som økonomi, lønn og innkjøp», «logistikk, vedtaksdokumentasjon, fakturering og IPLOS-registrering», «(e-post,
 * meldingsutveksling, oppslag i kjernejournal)»), or bullet glyphs («• tydelig politisk prioritering • at løsninger …») run into
 * one line. Norwegian and English write a series so (Norsk referansegrammatikk's coordination; no serial comma needed). A list
 * question's items stand in such a sentence as often as under a lead («Tiltakene er:») followed by dash lines, which
 * `listItemsAfter` in compose.ts reads. Written by hand: no packaged tool reads coordination in Norwegian prose.
 */
const conjunction = /^(?:og|eller|samt|and|or|as well as)\s/iu;
/** The most words an item of a series is read as: a noun phrase with a modifier or a complement («anskaffelse og bruk av pedagogisk programvare»). */
const itemWords = 7;
/** The most words the item before the conjunction has when one comma alone marks the series («økonomi, lønn og innkjøp»). */
const shortItemWords = 4;
/** Bullet glyphs; a dash counts only after a space inside the line (a line-opening dash is a list line of its own). */
const bullet = /[•▪●◦]/gu;

const wordsIn = (text: string): number => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Whether a sentence writes a series of three or more items (`enumeration` above), or two or more bullets run into it. */
export const enumerates = (text: string): boolean => {
  if ((text.match(bullet) ?? []).length >= 2) return true;
  // Commas between words only: «10,5 prosent» joins digits. The first part holds the clause before the series, any length.
  const parts = text.split(/,(?=\s)/u).map((part) => part.trim());
  const short = (part: string | undefined): boolean => part !== undefined && wordsIn(part) > 0 && wordsIn(part) <= itemWords;
  for (let index = 1; index < parts.length; index += 1) {
    const part = parts[index] ?? '';
    const before = parts[index - 1];
    // «…, B, og C» (a serial comma): the conjunction opens the part.
    if (conjunction.test(part) && index >= 2 && short(before)) return true;
    // «A, B og C»: two items before the conjunction; with one comma only the item before it is read short (a clause is long).
    const conjoined = part.match(/^(.*?)\s(?:og|eller|samt|and|or)\s(.+)$/iu)?.[1];
    if (conjoined !== undefined && short(conjoined) && (wordsIn(conjoined) <= shortItemWords || (index >= 2 && short(before)))) return true;
    // «(A, B, C)»: two short parts in a row after the first, no conjunction.
    if (index >= 2 && short(part) && short(before)) return true;
  }
  return false;
};

/** The interrogatives that open a question, the first of which tells what it asks for. */
const interrogative =
  /(?<!\p{L})(hvilke|hvilken|hvilket|kva\s+for(?:\s+(?:ein|eit|ei|éin|éi))?|kva\s+slags|hva\s+slags|hva|kva|hvem|kven|hvor|kvar|kor|når|korleis|hvordan|hvorfor|kvifor|which|what|who|where|when|how|why)(?!\p{L})/iu;

/**
 * Whether a Norwegian question asks for several things by its first interrogative: plural «hvilke» («På hvilke felt …»), or
 * nynorsk «kva for» not followed by a singular article («Kva for utfordringar …», not «Kva for ein lov …»). Singular «hvilken»,
 * «hva slags» (one kind as often as several) and English «which»/«what» (number only in the noun) are not read so: a series
 * in a sentence answers those no better than another sentence (full eval: singular and English questions lost more than gained).
 * Narrower than the second stage's `asksForSeveral` (retrieval/answer-cue.ts: any «hvilke», «hva slags», «what are» in the
 * question, for which a list's rows rank up): here only the FIRST interrogative counts, so «Hvem skal kartlegge hvilke …» asks
 * for a person, and «hva slags»/«what are» stay out (measured: the quote's choice lost on them).
 */
export const firstAsksForSeveral = (question: string): boolean => {
  const first = interrogative.exec(question)?.[1]?.toLowerCase().replace(/\s+/gu, ' ');
  return first === 'hvilke' || first === 'kva for';
};
