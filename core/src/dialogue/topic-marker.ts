/**
 * A message that opens by saying it changes the subject («Noe helt annet: hvorfor …?», «Noko anna – kva …?», «Nytt tema.
 * Hva …?», «Different question: how much …?», «Switching topics – how much …?»): the marker asks nothing and points to
 * nothing, so the rest is read as a question of its own — no context from the last turn, and no scene made of the marker
 * (it showed as «Tolket som: … (om: helt annet)?»).
 *
 * The marker is recognised by its words, not its phrasing: a short opening part (up to five words, ended by a colon, a dash,
 * a full stop or a comma) made only of discourse words that announce something else (bokmål, nynorsk, English), with at least one
 * word that says «other/new/switch». Hand-written because no Norwegian discourse-marker resource is packaged for Debian.
 */

/** Words that say the subject changes (bokmål, nynorsk, English). */
const signal = new Set([
  'annet',
  'annen',
  'andre',
  'anna',
  'annleis',
  'annerledes',
  'nytt',
  'ny',
  'nye',
  'bytte',
  'bytter',
  'skifte',
  'skifter',
  'else',
  'different',
  'another',
  'other',
  'new',
  'unrelated',
  'switching',
  'switch',
  'changing',
  'change',
]);

/** Words that may stand with them in a marker: pronouns, articles, adverbs, and the nouns «topic/question». */
const filler = new Set([
  'noe',
  'noko',
  'et',
  'eit',
  'ett',
  'en',
  'ein',
  'helt',
  'heilt',
  'litt',
  'over',
  'til',
  'så',
  'og',
  'men',
  'ok',
  'okei',
  'forresten',
  'apropos',
  'tema',
  'emne',
  'spørsmål',
  'sak',
  'ting',
  'la',
  'oss',
  'meg',
  'something',
  'completely',
  'entirely',
  'totally',
  'a',
  'an',
  'the',
  'on',
  'to',
  'of',
  'and',
  'so',
  'by',
  'way',
  'topic',
  'topics',
  'subject',
  'subjects',
  'question',
  'note',
  'thing',
  'let',
  'me',
  'us',
  'now',
]);

const maxMarkerWords = 5;

/**
 * The opening part up to its colon, dash, full stop or comma, and what follows it. A comma ends a marker as well as a colon does
 * («On another note, what happened …?», «Noe helt annet, hva er …?»): the marker's words alone decide (tune c116#4 was read
 * with the last turn as context and answered from it; asked fresh it is refused).
 */
const opening = /^\s*([^:.,!?–—]{1,60}?)\s*(?::|,|\s[–—-]|[.!])\s+(\S[\s\S]*)$/u;

/** The question after a topic-change marker, or null when the message opens with none. */
export const afterTopicMarker = (message: string): string | null => {
  const match = opening.exec(message);
  if (!match?.[1] || !match[2]) return null;
  const words = match[1]
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter(Boolean);
  if (words.length === 0 || words.length > maxMarkerWords) return null;
  if (!words.some((word) => signal.has(word))) return null;
  if (!words.every((word) => signal.has(word) || filler.has(word))) return null;
  return match[2].trim();
};

/** A message that opens by naming the subject it turns to, and the question it then asks of it. */
export interface TopicShift {
  /** The subject turned to, as written («helsefellesskapene», «e-ID», «velferdsteknologi»). */
  topic: string;
  /** The question after it. */
  question: string;
}

/**
 * The frames that turn to a named subject (bokmål, nynorsk, English; a closed class of prepositional phrases of topic, not words
 * chosen from failures): «Over til X», «Så til X», «Tilbake til X», «Videre til X», «Apropos X», «Når det gjelder X», «Kva gjeld X»,
 * «Angående X», «As for X», «As regards X», «Regarding X», «Concerning X», «When it comes to X», «Speaking of X», «Back to X»,
 * «Moving on to X», «Switching to X», «Turning to X», «Now to X».
 */
const shiftFrame =
  /^\s*(?:og\s+|and\s+)?(?:(?:over|så|tilbake|videre|vidare)\s+til|apropos|(?:når|hva|kva)\s+det\s+gjeld(?:er)?|kva\s+gjeld|hva\s+gjelder|angående|angåande|as\s+(?:for|regards|to)|regarding|concerning|when\s+it\s+comes\s+to|speaking\s+of|(?:(?:now|and)\s+)?(?:back|on|over)\s+to|(?:moving|turning|switching|going|getting)\s+(?:on\s+|back\s+|over\s+)?to|now\s+to)\s+(\S[^:,?–—]{0,60}?)\s*(?::|,|\s[–—-])\s+(\S[\s\S]*)$/iu;

/** At most this many words name the subject turned to: a longer opening part is a sentence of its own. */
const maxTopicWords = 5;

/**
 * The subject a message turns to and the question it asks of it («Over til skolebibliotekene: hva skal til for at de blir
 * brukt mer?», «Apropos folkevalgte: fra når …?», «Switching to maps: what is expected …?»), or null. The frame says the subject
 * changes, as a topic marker does, and names the new one: the question is read with it as its scene, not with the last turn as
 * context. A marker that names no subject («Over til noe annet: …») is `afterTopicMarker`'s.
 */
export const topicShift = (message: string): TopicShift | null => {
  const match = shiftFrame.exec(message);
  const topic = match?.[1]?.trim() ?? '';
  const question = match?.[2]?.trim() ?? '';
  if (topic === '' || question === '' || topic.split(/\s+/u).length > maxTopicWords) return null;
  if (
    topic
      .toLowerCase()
      .split(/\s+/u)
      .every((word) => signal.has(word) || filler.has(word))
  )
    return null;
  return { topic, question };
};
