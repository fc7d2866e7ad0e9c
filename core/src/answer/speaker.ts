/**
 * A question asking what a named body says, means, writes or recommends («Hva sier Helsedirektoratet om det forslaget?», «kva
 * meiner Teknologirådet …?», «What does the Auditor General think of it?»): it asks for that speaker's view, which only a text
 * by the speaker or one that names it can give. The speaker is the run of capitalised words right after the saying verb
 * (Norwegian: «hva sier X»), or between the auxiliary and the saying verb (English: «what does X say»).
 *
 * @module
 */
import { analyze } from '../analysis/analyze';

/** Norwegian (bokmål and nynorsk) verbs of saying, meaning and recommending, present and past. */
const sayingNb =
  'sier|seier|sa|mener|meiner|mente|meinte|skriver|skriv|skreiv|skrev|svarer|svarar|svarte|anbefaler|anbefalte|tilrår|tilrådde|foreslår|foreslo|gjer\\s+framlegg\\s+om|tenker|tenkjer|synes|synest';
/** English verbs of saying, meaning and recommending, in the infinitive after «does»/«did»/«do». */
const sayingEn = 'say|think|mean|write|answer|reply|recommend|propose|suggest|argue|believe|conclude|want';
/** A question (or a clause after «og»/«and», a colon or a dash) opening with the question word. */
const opening = '(?:^\\s*|[:–—-]\\s*|(?<!\\p{L})(?:[Oo]g|[Mm]en|[Aa]nd|[Bb]ut)\\s+)';
/** A run of capitalised words (a name of one or more words, with hyphens and digits: «Helse Midt-Norge», «KS»). */
const name = '((?:\\p{Lu}[\\p{L}\\p{N}-]*)(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*)*)';

// Case matters: the speaker is told by its capital, so the question words take theirs by hand.
const norwegian = new RegExp(`${opening}(?:[Hh]va|[Kk]va)\\s+(?:${sayingNb})\\s+${name}`, 'u');
const english = new RegExp(`${opening}[Ww]hat\\s+(?:does|did|do)\\s+(?:the\\s+)?${name}\\s+(?:${sayingEn})(?!\\p{L})`, 'u');

/**
 * The stems of the speaker a question asks the view of («Hva sier Helsedirektoratet om …» → helsedirektorat), empty for a
 * question asking no one's view («Hva sier reglene om …», «What does ID-porten give access to?»). The question word opens the
 * question or its clause; the name must be written with a capital (a common noun after the verb names no speaker).
 */
export const speakerAsked = (question: string): string[] => analyze((norwegian.exec(question) ?? english.exec(question))?.[1] ?? '');
