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
const opening = /^\s*([^:.,!?–—]{1,60}?)\s*(:|,|\s[–—-]|[.!])\s+(\S[\s\S]*)$/u;

/** The nouns a marker names the turn of talk by (bokmål, nynorsk, English): what changes is the topic, the question, the thread. */
const talkNoun = new Set(['tema', 'emne', 'spørsmål', 'sak', 'tråd', 'spor', 'topic', 'subject', 'question', 'matter', 'thread', 'note']);

/** The adjectives that make such a noun another one: «annet tema», «nytt spørsmål», «separate question», «different topic». */
const otherAdjective = new Set(['annet', 'annen', 'anna', 'andre', 'nytt', 'ny', 'nye', 'another', 'other', 'different', 'new', 'separate', 'unrelated']);

/** The verbs of changing it: «bytte (av) tema», «skifte spor», «switching subject». */
const changeVerb = new Set(['bytte', 'bytter', 'byte', 'byter', 'skifte', 'skifter', 'switching', 'switch', 'changing', 'change']);

/**
 * A talk noun made another by a side-compound («sidespørsmål», «sidespor», «sidetema»): a digression, not more of the same.
 * «Tilleggsspørsmål» (an added question) is left out: it asks more of the same subject.
 */
const sideCompound = (word: string): boolean => word.startsWith('side') && talkNoun.has(word.slice(4));

/**
 * Prepositions that name what the new topic is about («Et annet spørsmål om Altinn:», «Bytter tema til bredbånd:»): such an
 * opening names a subject the question may point back to, so it is not dropped as a bare marker.
 */
const aboutPreposition = new Set(['om', 'til', 'to', 'about', 'on', 'regarding', 'angående', 'angåande', 'for', 'with', 'med']);

/**
 * A marker known by its structure rather than by all its words: it opens with a noun of the turn of talk made another
 * («Eit anna tema i same dokumentet:», «Et helt annet spørsmål her:», «Another question, unrelated:») or with a verb of
 * changing it («Bytte av tema:», «La oss bytte spor –»), and closes with a colon or a dash. Whatever follows that phrase
 * qualifies the marker, unless it names what the new topic is about (`aboutPreposition`). A longer marker was not
 * recognised by the word list alone («Eit anna tema i same dokumentet: kvifor …?» took the last turn's context; tune c385#4).
 */
const structuralMarker = (words: readonly string[]): boolean => {
  const at = words.findIndex(
    (word, index) =>
      sideCompound(word) ||
      (talkNoun.has(word) &&
        index > 0 &&
        (otherAdjective.has(words[index - 1] ?? '') ||
          changeVerb.has(words[index - 1] ?? '') ||
          (words[index - 1] === 'av' && changeVerb.has(words[index - 2] ?? '')))),
  );
  if (at < 0) return false;
  // Before the phrase only the marker's own small words («La oss», «Et helt», «Okay, so another»).
  if (!words.slice(0, at).every((word) => signal.has(word) || filler.has(word) || otherAdjective.has(word) || changeVerb.has(word) || word === 'av'))
    return false;
  const rest = words.slice(at + 1);
  return rest.length === 0 || !aboutPreposition.has(rest[0] ?? '');
};

const maxStructuralWords = 10;

/** The adverbs of digression (bokmål, nynorsk, English) that open an aside on their own: «forresten», «by the way». */
const digression = new Set(['forresten', 'forøvrig', 'for øvrig', 'apropos', 'by the way', 'incidentally']);

/** The question after a topic-change marker, or null when the message opens with none. */
export const afterTopicMarker = (message: string): string | null => {
  const match = opening.exec(message);
  const [, marker, closing, rest] = match ?? [];
  if (!marker || !closing || !rest) return null;
  const words = marker
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  const byWords = words.length <= maxMarkerWords && words.some((word) => signal.has(word)) && words.every((word) => signal.has(word) || filler.has(word));
  // A digression adverb alone before the question («Forresten, hvor stor andel …?», «By the way: …»): it says that what follows
  // is an aside, as «noe helt annet» says it is another subject.
  const byDigression = digression.has(words.join(' '));
  // Only a colon or a dash closes a marker known by its structure: after a comma or a full stop the words may be a clause.
  const closed = closing === ':' || /[–—-]/u.test(closing);
  const byStructure = closed && words.length <= maxStructuralWords && structuralMarker(words);
  return byWords || byStructure || byDigression ? rest.trim() : null;
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
