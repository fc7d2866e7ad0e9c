import type { AnswerLanguage } from '../retrieval/language';

/**
 * «Kan du si mer om det?», «fortell mer», «utdyp», «tell me more»: a request to go on about what the last answer said, with
 * no question of its own. Its words are only these (bokmål, nynorsk, English), and one of them asks for more.
 * Hand-written: a closed class of function and request words, which no language resource lists as such.
 */
const requestWords = new Set(
  (
    'og|så|da|då|men|kan|kunne|vil|ville|du|dere|de|me|meg|oss|gjerne|vær|ver|snill|takk|please|' +
    'si|seie|fortell|fortelle|fortel|forklar|forklare|utdyp|utdype|gi|gje|vis|vise|skriv|skrive|' +
    'litt|noe|noko|mer|meir|mere|flere|fleire|detaljer|detaljar|info|informasjon|opplysninger|opplysningar|' +
    'om|det|dette|den|denne|dei|disse|desse|deg|' +
    'and|so|then|can|could|would|you|tell|say|explain|give|show|me|us|some|a|bit|little|more|further|details|detail|information|info|about|on|it|that|this|those|them|elaborate|expand|go|continue|fortsett|' +
    'what|else|hva|kva|annet|anna|er|står|stend|finnes|fins|finst|sier|seier|dokumentene|dokumenta|is|there|anything|documents|says'
  ).split('|'),
);

/** The words that ask for more: without one of them, «kan du si det?» asks nothing new. */
const moreWords = /^(?:mer|meir|mere|utdyp|utdype|detaljer|detaljar|more|further|elaborate|expand|continue|fortsett|else|annet|anna)$/iu;

export const asksForMore = (question: string): boolean => {
  const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && words.length <= 10 && words.every((word) => requestWords.has(word)) && words.some((word) => moreWords.test(word));
};

/** How a request for more is shown as read: «Mer om: <the last question as read>». */
export const moreAbout: Record<AnswerLanguage, string> = { nb: 'Mer om', nn: 'Meir om', en: 'More on' };
