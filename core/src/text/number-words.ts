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
  // The definite plural after a count («de fem millionene», nynorsk «dei fem millionane»), and the abbreviations of a million
  // kroner that budgets write («300 MNOK», «12 mkr», «4 mnkr») and of a thousand million («2 mrdkr»).
  millionene: 1e6, millionane: 1e6, milliardene: 1e9, milliardane: 1e9, mnok: 1e6, mkr: 1e6, mnkr: 1e6, mrdkr: 1e9,
};
const HALF = new Set(['halv', 'halvt', 'halve', 'half']);
const ONE_AND_A_HALF = new Set(['halvannen', 'halvanna', 'halvannet']);
/** A half of something, said alone: «halvparten av kommunene» ~ «50 prosent av kommunene». */
const HALF_OF = new Set(['halvparten', 'halvdelen', 'helvta', 'helvten']);
// biome-ignore format: a word list reads best as rows of words
const MULTIPLIERS: Record<string, number> = {
  double: 2, doubled: 2, twice: 2, triple: 3, tripled: 3,
};
/**
 * The forms of «doble» (to double), adjective, verb and noun, bokmål and nynorsk. Norwegian makes every multiple with a count
 * before them in one word («tredoblet», «femdobles», «tidobling»), as English does with «-fold» («fivefold»); «for-» before
 * them is a doubling too («fordoblet»).
 */
// biome-ignore format: a word list reads best as rows of words
const DOUBLING_FORMS = [
  'dobbelt', 'dobbel', 'dobbelte', 'doble', 'dobler', 'dobles', 'doblet', 'dobla', 'doblast', 'dobling', 'doblingen', 'doblinga',
];
/** «et halvt», «ein halv», «a half» after «og»/«and»: the article before the half a count adds. */
const HALF_ARTICLES = new Set(['en', 'ein', 'ei', 'et', 'eit', 'ett', 'eitt', 'a']);
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

/** A multiple said in one word: «dobbelt», «fordoblet» (2), «tredobles», «femdoblet», «tidobling», «twice», «fivefold». */
const multiplierOf = (word: string, language: NumberLanguage): number | undefined => {
  if (MULTIPLIERS[word] !== undefined) return MULTIPLIERS[word];
  if (language === 'en') {
    if (!word.endsWith('fold') || word.length === 4) return undefined;
    const count = ENGLISH_UNITS[word.slice(0, -4).replace(/-$/u, '')] ?? ENGLISH_TENS[word.slice(0, -4).replace(/-$/u, '')];
    return count ?? (word === 'twofold' ? 2 : undefined);
  }
  const form = DOUBLING_FORMS.find((candidate) => word.endsWith(candidate));
  if (form === undefined) return undefined;
  const before = word.slice(0, -form.length);
  if (before === '' || before === 'for') return 2;
  return NORWEGIAN_UNITS[before] ?? NORWEGIAN_TENS[before];
};

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
    const multiplier = multiplierOf(token.word, language);
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

    // A count and a half after it: «fire og en halv milliard» (4,5 milliarder), «to og et halvt år», «ett og eit halvt»,
    // «two and a half»; «og» and the article before «halv(t)» join the half to the count, the scale words after multiply both.
    const joinsHalf = (position: number): boolean =>
      ['og', 'and'].includes(tokens[position + 1]?.word ?? '') &&
      HALF_ARTICLES.has(tokens[position + 2]?.word ?? '') &&
      HALF.has(tokens[position + 3]?.word ?? '') &&
      isAdjacent(tokens[position], tokens[position + 1]) &&
      isAdjacent(tokens[position + 1], tokens[position + 2]) &&
      isAdjacent(tokens[position + 2], tokens[position + 3]);
    const withHalf = joinsHalf(index);
    // A count (digits or words) and the scale words after it: «to hundre», «tre tusen», «12 millioner», «1,5 mrd».
    const count =
      token.digits ?? cardinalWord(token.word, language) ?? scaled(token.word, language) ?? (withHalf && HALF_ARTICLES.has(token.word) ? 1 : undefined);
    if (count === undefined || Number.isNaN(count)) {
      index += 1;
      continue;
    }
    let value = withHalf ? count + 0.5 : count;
    let last = withHalf ? index + 3 : index;
    let end = (tokens[last] as Token).end;
    let scaledByWord = token.digits === undefined || withHalf;
    for (let position = last + 1; position < tokens.length; position += 1) {
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
