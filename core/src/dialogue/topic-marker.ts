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
