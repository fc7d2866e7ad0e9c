/**
 * English function words: articles, pronouns, prepositions, conjunctions, auxiliaries, question words
 * and quantifiers. The one list behind English detection, the English stopwords and the words query
 * translation drops.
 */
// biome-ignore format: a word list reads best as rows of words
const FUNCTION_WORDS = [
  'the', 'a', 'an', 'of', 'and', 'or', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'what',
  'which', 'who', 'whom', 'whose', 'how', 'why', 'when', 'where', 'do', 'does', 'did', 'done', 'will',
  'would', 'should', 'could', 'can', 'shall', 'must', 'may', 'might', 'have', 'has', 'had', 'this', 'that',
  'these', 'those', 'it', 'its', 'they', 'them', 'their', 'there', 'here', 'we', 'us', 'our', 'you', 'your',
  'i', 'me', 'my', 'he', 'she', 'his', 'her', 'in', 'on', 'into', 'onto', 'at', 'by', 'to', 'for', 'from',
  'with', 'without', 'about', 'as', 'than', 'then', 'not', 'no', 'if', 'so', 'also', 'any', 'some', 'such',
  'each', 'every', 'all', 'both', 'many', 'much', 'more', 'most', 'very', 'per', 'via', 'within', 'between',
  'before', 'after', 'until', 'during', 'regarding', 'concerning', 'according',
];

/**
 * Indefinite and reflexive pronouns («does KS think everyone must …», «the committee itself») and the subordinating
 * conjunctions and prepositions the list above lacks («while they are out», «towards IT experts»): they name nothing a
 * text could match, and FreeDict has no entry for most of them, so a question searched them as written. Norwegian writes
 * these as stopwords too (mens, selv om, om, siden, mot); not «through» or «among», whose «gjennom» and «blant» the texts
 * match. Dropped from English questions and counted as evidence of English, but left out of the index's stop list, which
 * stays the short list of the words texts use most.
 */
// biome-ignore format: a word list reads best as rows of words
const QUESTION_ONLY_FUNCTION_WORDS = [
  'everyone', 'everybody', 'everything', 'anyone', 'anybody', 'anything', 'someone', 'somebody', 'something', 'nobody',
  'nothing', 'itself', 'themselves', 'himself', 'herself', 'ourselves', 'yourself', 'myself', 'another', 'else',
  'while', 'whereas', 'although', 'though', 'whether', 'unless', 'because', 'since', 'besides', 'towards', 'toward',
  'upon', 'against',
];

/**
 * Of those, the ones Norwegian questions use as words of their own — `i`, `at`, `for`, `to` (two), `by`
 * (city), nynorsk `me` (we), `so`, `no` (now), `her` (here), `all`, `per`, `via`, `as`: they are no
 * evidence of English and no English stopwords.
 */
const COMMON_IN_NORWEGIAN = ['i', 'at', 'to', 'by', 'for', 'me', 'so', 'no', 'her', 'all', 'per', 'via', 'as'];

/**
 * English function words that are Norwegian content words seldom seen in a question — `is` (ice), `be`
 * (pray), `do` (toilet), `must` and `most` (juice): evidence of English, but never dropped as stopwords.
 */
const NORWEGIAN_CONTENT_WORDS = ['is', 'be', 'do', 'must', 'most'];

const commonInNorwegian: ReadonlySet<string> = new Set(COMMON_IN_NORWEGIAN);
const norwegianContentWords: ReadonlySet<string> = new Set(NORWEGIAN_CONTENT_WORDS);

/** Every English function word, also those that are Norwegian words: what query translation drops. */
export const englishFunctionWords: ReadonlySet<string> = new Set([...FUNCTION_WORDS, ...QUESTION_ONLY_FUNCTION_WORDS]);

/** The English function words a Norwegian question does not use: evidence that a text is English. */
export const englishEvidenceWords: ReadonlySet<string> = new Set(
  [...FUNCTION_WORDS, ...QUESTION_ONLY_FUNCTION_WORDS].filter((word) => !commonInNorwegian.has(word)),
);

/** The English function words that are no Norwegian word at all: dropped from every text as stopwords. */
export const englishStopwords: readonly string[] = FUNCTION_WORDS.filter((word) => !commonInNorwegian.has(word) && !norwegianContentWords.has(word));
