/**
 * Numbers written in words, in bokmål, nynorsk and English: cardinals («tre», «tjuefem», «to hundre»,
 * «twenty-five»), amounts with a scale word («en halv milliard», «12 millioner», «half a billion»,
 * «1,5 mrd.»), ordinals («fjerde», «fifth»), doubling («dobbelt», «twice») and halves («halvparten»,
 * «half»). Each is read to the value a text written with digits would state, so that «tre ganger» meets
 * «3 ganger» and «en halv milliard» meets «500 millioner». Closed-class numerals only.
 */
export type NumberLanguage = 'no' | 'en';

export interface NumberMention {
  /** Offsets of the words read, into the text. */
  start: number;
  end: number;
  value: number;
  kind: 'cardinal' | 'amount' | 'ordinal' | 'multiplier' | 'half';
}

// biome-ignore format: a word list reads best as rows of words
const NORWEGIAN_UNITS: Record<string, number> = {
  to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, ellve: 11,
  tolv: 12, tretten: 13, fjorten: 14, femten: 15, seksten: 16, sytten: 17, atten: 18, nitten: 19,
};
// biome-ignore format: a word list reads best as rows of words
const NORWEGIAN_TENS: Record<string, number> = {
  tjue: 20, tyve: 20, tretti: 30, tredve: 30, førti: 40, femti: 50, seksti: 60, sytti: 70, åtti: 80, nitti: 90,
};
// biome-ignore format: a word list reads best as rows of words
const ENGLISH_UNITS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
// biome-ignore format: a word list reads best as rows of words
const ENGLISH_TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
/** «en», «ein», «one» and «a» count as 1 only before a scale word («en million», «a billion»). */
const ONE = new Set(['en', 'ein', 'ett', 'eitt', 'ei', 'one', 'a']);
// biome-ignore format: a word list reads best as rows of words
const SCALES: Record<string, number> = {
  hundre: 100, hundrede: 100, hundred: 100, hundreds: 100,
  tusen: 1e3, tusener: 1e3, tusenvis: 1e3, thousand: 1e3, thousands: 1e3,
  million: 1e6, millioner: 1e6, millionar: 1e6, mill: 1e6, mln: 1e6, millions: 1e6,
  milliard: 1e9, milliarder: 1e9, milliardar: 1e9, mrd: 1e9, billion: 1e9, billions: 1e9,
};
const HALF = new Set(['halv', 'halvt', 'halve', 'half']);
const ONE_AND_A_HALF = new Set(['halvannen', 'halvanna', 'halvannet']);
/** A half of something, said alone: «halvparten av kommunene» ~ «50 prosent av kommunene». */
const HALF_OF = new Set(['halvparten', 'halvdelen', 'helvta', 'helvten']);
// biome-ignore format: a word list reads best as rows of words
const MULTIPLIERS: Record<string, number> = {
  dobbelt: 2, dobbel: 2, dobbelte: 2, doble: 2, dobla: 2, doblet: 2, fordoblet: 2, fordobla: 2, double: 2, doubled: 2, twice: 2,
  tredobbelt: 3, tredobla: 3, tredoblet: 3, triple: 3, tripled: 3,
};
/** Ordinals from the third on: «første» and «andre» («other») say too little alone. */
// biome-ignore format: a word list reads best as rows of words
const ORDINALS: Record<string, number> = {
  tredje: 3, fjerde: 4, femte: 5, sjette: 6, sjuende: 7, syvende: 7, sjuande: 7, åttende: 8, åttande: 8,
  niende: 9, niande: 9, tiende: 10, tiande: 10, ellevte: 11, tolvte: 12,
  third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
};

// The tables as entry lists once, not per word read (every word of every question passes here).
const NORWEGIAN = { units: NORWEGIAN_UNITS, tens: NORWEGIAN_TENS, tenEntries: Object.entries(NORWEGIAN_TENS) };
const ENGLISH = { units: ENGLISH_UNITS, tens: ENGLISH_TENS, tenEntries: Object.entries(ENGLISH_TENS) };
/** Scale words that end a one-word count («tohundre», «tretusen»): hundreds and thousands only. */
const WORD_SCALES = Object.entries(SCALES).filter(([, value]) => value <= 1e3);

const tablesOf = (language: NumberLanguage) => (language === 'en' ? ENGLISH : NORWEGIAN);

/** A cardinal below 100 written as one word: «tre», «tjue», «tjuefem», «twenty-five». */
const cardinalWord = (word: string, language: NumberLanguage): number | undefined => {
  const { units, tens, tenEntries } = tablesOf(language);
  if (units[word] !== undefined) return units[word];
  if (tens[word] !== undefined) return tens[word];
  for (const [ten, tenValue] of tenEntries) {
    if (!word.startsWith(ten)) continue;
    const rest = word.slice(ten.length).replace(/^-/u, '');
    const unit = units[rest];
    if (unit !== undefined && unit < 10) return tenValue + unit;
  }
  return undefined;
};

/**
 * A cardinal from 2 to 99 as bokmål writes it in one word («seksten», «tjuefire», «sekstifem»): the first of the words that
 * read back to that value (`cardinalWord`); none for another value, or one bokmål writes with «en»/«ett» («tjueen»), which
 * the tables leave out as ambiguous.
 */
export const norwegianCardinal = (value: number): string | undefined => {
  const { units, tens } = tablesOf('no');
  const unitWord = (unit: number): string | undefined => Object.keys(units).find((word) => units[word] === unit);
  const tenWord = Object.keys(tens).find((word) => tens[word] === value - (value % 10));
  const written = value < 20 ? unitWord(value) : value % 10 === 0 ? tenWord : tenWord && unitWord(value % 10) ? `${tenWord}${unitWord(value % 10)}` : undefined;
  return written !== undefined && cardinalWord(written, 'no') === value ? written : undefined;
};

/** A scale word alone or as the end of one word: «hundre», «tohundre», «tretusen». */
const scaled = (word: string, language: NumberLanguage): number | undefined => {
  if (SCALES[word] !== undefined) return SCALES[word];
  for (const [scale, scaleValue] of WORD_SCALES) {
    if (!word.endsWith(scale) || word.length === scale.length) continue;
    const count = cardinalWord(word.slice(0, -scale.length), language);
    if (count !== undefined) return count * scaleValue;
  }
  return undefined;
};

interface Token {
  word: string;
  start: number;
  end: number;
  /** A number written in digits: «12», «1,5», «230.000». */
  digits?: number;
}

const TOKEN = /[\p{L}]+(?:-[\p{L}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

const digitValue = (text: string): number => {
  const plain = text.replace(/[.,](?=\d{3}(?:\D|$))/gu, '');
  return Number(plain.replace(',', '.'));
};

const tokensOf = (text: string): Token[] =>
  [...text.normalize('NFC').matchAll(TOKEN)].map((match) => {
    const start = match.index;
    const raw = match[0];
    const token: Token = { word: raw.toLowerCase(), start, end: start + raw.length };
    return /^\p{N}/u.test(raw) ? { ...token, digits: digitValue(raw) } : token;
  });

/** Two words may belong to one number when only spaces (or «og»/«and» read by the caller) stand between them. */
const adjacent = (text: string, left: Token, right: Token): boolean => /^[\s\u00a0]*\.?[\s\u00a0]*$/u.test(text.slice(left.end, right.start));

/**
 * Every number written in words in the text (digits alone are not repeated here, but digits with a
 * scale word are: «12 millioner» → 12 000 000). `language` picks the words: bokmål and nynorsk
 * (`no`), or English (`en`), whose «to», «fire» and «one» are not numerals.
 */
export const readNumberWords = (input: string, language: NumberLanguage = 'no'): NumberMention[] => {
  const text = input.normalize('NFC');
  const tokens = tokensOf(text);
  const mentions: NumberMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index] as Token;
    const next = tokens[index + 1];
    const afterNext = tokens[index + 2];
    const isAdjacent = (left: Token | undefined, right: Token | undefined): right is Token =>
      left !== undefined && right !== undefined && adjacent(text, left, right);
    const scaleOf = (candidate: Token | undefined): number | undefined => (candidate ? SCALES[candidate.word] : undefined);

    // «en halv milliard», «ein halv million», «half a billion», «a half million».
    const halfFirst = HALF.has(token.word) && isAdjacent(token, next) && (ONE.has(next.word) ? isAdjacent(next, afterNext) : true);
    if (halfFirst) {
      const scaleToken = next && ONE.has(next.word) ? afterNext : next;
      const scale = scaleOf(scaleToken);
      if (scale !== undefined && scaleToken) {
        mentions.push({ start: token.start, end: scaleToken.end, value: scale / 2, kind: 'amount' });
        index = tokens.indexOf(scaleToken) + 1;
        continue;
      }
    }
    if (ONE.has(token.word) && isAdjacent(token, next)) {
      const scale = scaleOf(next);
      if (scale !== undefined && scale > 100) {
        mentions.push({ start: token.start, end: next.end, value: scale, kind: 'amount' });
        index += 2;
        continue;
      }
      const halfScale = HALF.has(next.word) && isAdjacent(next, afterNext) ? scaleOf(afterNext) : undefined;
      if (halfScale !== undefined && afterNext) {
        mentions.push({ start: token.start, end: afterNext.end, value: halfScale / 2, kind: 'amount' });
        index += 3;
        continue;
      }
    }
    if (ONE_AND_A_HALF.has(token.word)) {
      const scale = isAdjacent(token, next) ? scaleOf(next) : undefined;
      mentions.push({ start: token.start, end: scale !== undefined && next ? next.end : token.end, value: 1.5 * (scale ?? 1), kind: 'amount' });
      index += scale !== undefined ? 2 : 1;
      continue;
    }
    if (HALF_OF.has(token.word) || (language === 'en' && token.word === 'half')) {
      mentions.push({ start: token.start, end: token.end, value: 0.5, kind: 'half' });
      index += 1;
      continue;
    }
    const multiplier = MULTIPLIERS[token.word];
    if (multiplier !== undefined) {
      mentions.push({ start: token.start, end: token.end, value: multiplier, kind: 'multiplier' });
      index += 1;
      continue;
    }
    const ordinal = ORDINALS[token.word];
    if (ordinal !== undefined) {
      mentions.push({ start: token.start, end: token.end, value: ordinal, kind: 'ordinal' });
      index += 1;
      continue;
    }

    // A count (digits or words) and the scale words after it: «to hundre», «tre tusen», «12 millioner», «1,5 mrd».
    const count = token.digits ?? cardinalWord(token.word, language) ?? scaled(token.word, language);
    if (count === undefined || Number.isNaN(count)) {
      index += 1;
      continue;
    }
    let value = count;
    let end = token.end;
    let last = index;
    let scaledByWord = token.digits === undefined;
    for (let position = index + 1; position < tokens.length; position += 1) {
      const candidate = tokens[position] as Token;
      if (!adjacent(text, tokens[position - 1] as Token, candidate)) break;
      const scale = SCALES[candidate.word];
      if (scale === undefined || scale <= value % 1000) break;
      value *= scale;
      end = candidate.end;
      last = position;
      scaledByWord = true;
    }
    // «to hundre og femti», «two hundred and fifty»: a smaller count after «og»/«and» adds.
    const joiner = tokens[last + 1];
    const added = tokens[last + 2];
    if (last > index && joiner && added && (joiner.word === 'og' || joiner.word === 'and') && added.digits === undefined) {
      const rest = cardinalWord(added.word, language);
      if (rest !== undefined && rest < 100) {
        value += rest;
        end = added.end;
        last += 2;
      }
    }
    if (scaledByWord) mentions.push({ start: token.start, end, value, kind: last > index && token.digits !== undefined ? 'amount' : 'cardinal' });
    index = last + 1;
  }
  return mentions;
};

/** A value as `extractNumbers` writes digits: no thousands separator, a decimal comma («0,5», «1500000»). */
export const formatNumberValue = (value: number): string => (Number.isInteger(value) ? String(value) : String(Number(value.toFixed(6))).replace('.', ','));

/** The values a text states in words, as `extractNumbers` would write them; a half also as 50 (per cent). */
export const numberWordValues = (text: string, language: NumberLanguage = 'no'): string[] => [
  ...new Set(
    readNumberWords(text, language).flatMap((mention) =>
      mention.kind === 'half' ? [formatNumberValue(mention.value), '50'] : [formatNumberValue(mention.value)],
    ),
  ),
];
