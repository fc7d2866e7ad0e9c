import { analyze } from './analyze';
import type { Acronym } from './language-resources';

const acronymToken = /^[\p{Lu}][\p{L}@]{1,9}$/u;
const functionWords = new Set(['og', 'i', 'for', 'av', 'til', 'på', 'om', 'med', 'of', 'and']);
const wordPattern = /[\p{L}\p{N}@][\p{L}\p{M}\p{N}@-]*/gu;

/** An acronym: 2–10 letters, at least two capitals, mostly capitals («NHN», «Difi», «S@mspill» excluded). */
export const looksLikeAcronym = (token: string): boolean => {
  if (!acronymToken.test(token)) return false;
  const capitals = (token.match(/\p{Lu}/gu) ?? []).length;
  return capitals >= 2;
};

/** The words before `end` that spell `acronym` (letters in order, first letter at a word start), or null. */
export const longFormBefore = (words: string[], acronym: string): string | null => {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return null;
  const maxWords = Math.min(letters.length + 5, letters.length * 2 + 1);
  const window = words.slice(-maxWords);
  let letter = letters.length - 1;
  let word = window.length - 1;
  let position = (window[word] ?? '').length - 1;
  while (letter >= 0 && word >= 0) {
    const text = (window[word] ?? '').toLowerCase();
    const char = text[position];
    const atStart = position === 0;
    if (char === letters[letter] && (letter > 0 || atStart)) letter -= 1;
    position -= 1;
    if (letter >= 0 && position < 0) {
      word -= 1;
      position = (window[word] ?? '').length - 1;
    }
  }
  if (letter >= 0 || word < 0) return null;
  const longWords = window.slice(word);
  // Not a long form: one that contains the acronym or part of it as a word («IT i utdanning» for
  // ITU), or a stray short token from a web address («KS.no»).
  const lower = acronym.toLowerCase();
  if (longWords.some((item) => lower.startsWith(item.toLowerCase()) || (item.length <= 2 && item === item.toLowerCase() && !functionWords.has(item))))
    return null;
  return longWords.join(' ');
};

const clean = (text: string): string =>
  text
    .replace(/\s+/gu, ' ')
    // A word broken at a line end is joined; «pleie- og omsorg» (a compound's part before «og»/«eller») is not.
    .replace(/-\s+(?!(?:og|eller|and|or)\s)(?=\p{Ll})/gu, '')
    .trim();

/**
 * Mines the acronyms a text defines itself, as «long (SHORT)», «SHORT (long)» or «SHORT – long»:
 * «Norsk helsenett SF (NHN)», «Difi (Direktoratet for forvaltning og IKT)», «NST – Nasjonalt senter
 * for samhandling og telemedisin». The long form is found as Schwartz & Hearst (2003) do: the shortest
 * run of preceding words in which the acronym's letters stand in order, its first letter starting a
 * word. Written by hand because no npm package mines acronyms from Norwegian text.
 */
export const mineAcronyms = (text: string, source: string): Acronym[] => {
  const found: Acronym[] = [];
  const flat = clean(text);
  for (const match of flat.matchAll(/\(([^()]{2,80})\)/gu)) {
    const inside = match[1]?.trim() ?? '';
    const before = flat.slice(Math.max(0, match.index - 200), match.index);
    const beforeWords = before.match(wordPattern) ?? [];
    if (looksLikeAcronym(inside)) {
      const longForm = longFormBefore(beforeWords, inside);
      if (longForm) found.push({ short: inside, long: longForm, source });
      continue;
    }
    // «pleie- og omsorgssystem (PLO-system)»: the acronym spells the words before the head both share.
    const previous = beforeWords.at(-1) ?? '';
    const headed = /^(\p{Lu}[\p{L}@]{1,9})-(\p{Ll}{3,})$/u.exec(inside);
    if (headed?.[1] && headed[2] && looksLikeAcronym(headed[1]) && previous.toLowerCase().endsWith(headed[2]) && previous.length > headed[2].length) {
      const modifier = previous.slice(0, previous.length - headed[2].length);
      const longForm = longFormBefore([...beforeWords.slice(0, -1), modifier], headed[1]);
      if (longForm) found.push({ short: inside, long: [...longForm.split(' ').slice(0, -1), previous].join(' '), source });
      continue;
    }
    const insideWords = inside.match(wordPattern) ?? [];
    if (previous && looksLikeAcronym(previous) && insideWords.length >= 2) {
      const longForm = longFormBefore(insideWords, previous);
      if (longForm) found.push({ short: previous, long: longForm, source });
    }
  }
  for (const match of flat.matchAll(/\b([\p{Lu}][\p{L}]{1,9})\s+[–-]\s+((?:[\p{L}-]+\s+){1,8}[\p{L}-]+)/gu)) {
    const short = match[1] ?? '';
    if (!looksLikeAcronym(short)) continue;
    const words = (match[2] ?? '').match(wordPattern) ?? [];
    // The long form starts right after the dash: the shortest prefix that spells the acronym.
    for (let length = 2; length <= words.length; length += 1) {
      const candidate = longFormBefore(words.slice(0, length), short);
      if (candidate && candidate.split(' ')[0] === words[0]) {
        found.push({ short, long: candidate, source });
        break;
      }
    }
  }
  return found;
};

/**
 * A short reviewed glossary of acronyms the texts use without spelling out, each a public
 * body's or field's established name (source: the bodies' own names as published).
 */
export const domainGlossary: Acronym[] = [
  { short: 'NAV', long: 'Arbeids- og velferdsforvaltningen', source: 'glossary' },
  { short: 'KS', long: 'Kommunesektorens organisasjon', source: 'glossary' },
  { short: 'IKT', long: 'informasjons- og kommunikasjonsteknologi', source: 'glossary' },
  { short: 'IT', long: 'informasjonsteknologi', source: 'glossary' },
  // Norwegian public administration writes «IKT» (informasjons- og kommunikasjonsteknologi) where everyday Norwegian and the
  // trade say «IT»: the two name the same field («IT-avdelingen» is the «IKT-avdelingen»), so each stands for the other.
  { short: 'IT', long: 'IKT', source: 'glossary' },
  { short: 'Digdir', long: 'Digitaliseringsdirektoratet', source: 'glossary' },
  { short: 'EPJ', long: 'elektronisk pasientjournal', source: 'glossary' },
  { short: 'KMD', long: 'Kommunal- og moderniseringsdepartementet', source: 'glossary' },
  { short: 'HOD', long: 'Helse- og omsorgsdepartementet', source: 'glossary' },
  // The legal form of the four regional health trusts (helseforetaksloven: «regionale helseforetak»): the texts write only «RHF»
  // («RHF-ene», «Helse Nord RHF»), a question the name spelt out, in the plural or the singular.
  { short: 'RHF', long: 'regionale helseforetak', source: 'glossary' },
  { short: 'RHF', long: 'regionalt helseforetak', source: 'glossary' },
];

/**
 * The clipped names Norwegian directorates go by, derived from the directorates a text names: the
 * first one to three letters of the compound's first part, or all of it, before «dir» («Udir» for
 * «Utdanningsdirektoratet», «Hdir» and «Helsedir» for «Helsedirektoratet», «Digdir»). The texts use
 * the long name and readers the short one; a clipped form two directorates would share is left out.
 */
export const clippedDirectorates = (texts: Array<{ text: string; source: string }>): Acronym[] => {
  const byShort = new Map<string, { longs: Set<string>; source: string }>();
  for (const { text, source } of texts)
    for (const match of text.matchAll(/(?<![\p{L}-])(\p{L}{3,}?)s?direktorat(?:et)?(?!\p{L})/giu)) {
      const part = (match[1] ?? '').toLowerCase();
      const long = match[0].toLowerCase().replace(/direktorat$/u, 'direktoratet');
      for (const length of new Set([1, 2, 3, part.length].filter((length) => length <= part.length))) {
        const short = `${part.slice(0, length)}dir`;
        const entry = byShort.get(short) ?? { longs: new Set<string>(), source };
        byShort.set(short, entry);
        entry.longs.add(long);
      }
    }
  return [...byShort].filter(([, entry]) => entry.longs.size === 1).map(([short, entry]) => ({ short, long: [...entry.longs][0] ?? '', source: entry.source }));
};

/** How many times the texts write the acronym for every time they write its long form, from which on it is `writtenShort`. */
export const writtenShortRatio = 25;
/** …and at least this many times in all (an acronym written a few times says nothing of how the texts name the thing). */
const writtenShortMinimum = 10;

/** How many times `phrase` (lowercase) stands in `text` (lowercase, whitespace collapsed) as whole words. */
const occurrences = (text: string, phrase: string): number => {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
  return (text.match(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu')) ?? []).length;
};

/**
 * Whether the texts write an acronym far more often than its long form (`writtenShortRatio` times, `writtenShortMinimum`
 * times at least): «KS» 342 times against «kommunesektorens organisasjon» once; not «IKT» (277 against «informasjons- og
 * kommunikasjonsteknologi» 13, 21 times), «NHN» (7 against «Norsk helsenett» 13) nor «EPJ» (16 against 8). Corpus
 * statistics: how the texts themselves name the thing. The ratio 25 measured against 10 (which took IKT too): test +2 −0,
 * tune +2 −1.
 */
export const writtenAsAcronym = (texts: readonly string[], short: string, long: string): boolean => {
  const shortCount = texts.reduce((sum, text) => sum + occurrences(text, short), 0);
  const longCount = texts.reduce((sum, text) => sum + occurrences(text, long), 0);
  return shortCount >= writtenShortMinimum && shortCount >= writtenShortRatio * Math.max(1, longCount);
};

/** All pairs, lowercase, each (short, long) once; a short form defined differently keeps every long form. */
export const collectAcronyms = (texts: Array<{ text: string; source: string }>): Acronym[] => {
  const seen = new Set<string>();
  const pairs: Acronym[] = [];
  const lowered = texts.map(({ text }) => clean(text).toLowerCase());
  for (const pair of [...texts.flatMap(({ text, source }) => mineAcronyms(text, source)), ...clippedDirectorates(texts), ...domainGlossary]) {
    const key = `${pair.short.toLowerCase()}\u0000${pair.long.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const short = pair.short.toLowerCase();
    const long = pair.long.toLowerCase();
    pairs.push({ short, long, source: pair.source, ...(writtenAsAcronym(lowered, short, long) ? { writtenShort: true } : {}) });
  }
  return pairs;
};

/** Words that may stand inside a long form without giving it a letter («informasjons- og kommunikasjonsteknologi» for IKT): closed-class conjunctions and prepositions. */
const skippedInside = new Set(['og', 'i', 'for', 'av', 'til', 'på', 'med', 'and', 'of']);
const initialsWord = /[\p{L}][\p{L}-]*/gu;

/** The letters a word may give a long form: its initial, or the initials of its compound parts («hjemmeoppfølging» → h, ho). */
const initialReadings = (word: string, partsOf: (word: string) => readonly string[]): string[] => {
  const readings = new Set([word[0] ?? '']);
  const parts = word.includes('-') ? word.split('-').filter(Boolean) : partsOf(word);
  if (parts.length > 1) readings.add(parts.map((part) => part[0] ?? '').join(''));
  return [...readings].filter(Boolean);
};

/**
 * A run of words spelling an acronym, `from` to `end` (exclusive), and how loosely: 0 when each word gives one letter,
 * 1 when a compound gives its parts' letters, 2 when a function word inside gives none.
 */
interface SpellingRun {
  from: number;
  end: number;
  looseness: number;
}

/** The runs of words, one at most starting at each word of `words`, whose initials (words' or compound parts') spell `letters`. */
const spellingRuns = (
  words: readonly string[],
  letters: string,
  partsOf: (word: string) => readonly string[],
  finiteVerbs: ReadonlySet<string>,
): SpellingRun[] => {
  const runs: SpellingRun[] = [];
  // `joined`: the word before is a compound's part before «og»/«eller» («helse- og omsorgstjenesten»), so this word is
  // read by its parts (they share the head).
  const spell = (from: number, at: number, done: number, joined: boolean, looseness: number): SpellingRun | null => {
    if (done === letters.length) return { from, end: at, looseness };
    const word = words[at];
    if (word === undefined || finiteVerbs.has(word)) return null;
    if (skippedInside.has(word)) return at > from ? spell(from, at + 1, done, joined, 2) : null;
    let best: SpellingRun | null = null;
    for (const reading of initialReadings(word, partsOf)) {
      if ((joined && reading.length < 2) || !letters.startsWith(reading, done)) continue;
      // A compound's part before «og» does not end a long form.
      if (word.endsWith('-') && done + reading.length === letters.length) continue;
      const run = spell(from, at + 1, done + reading.length, word.endsWith('-'), Math.max(looseness, reading.length > 1 ? 1 : 0));
      if (run && (!best || run.looseness < best.looseness)) best = run;
    }
    return best;
  };
  for (let from = 0; from < words.length; from += 1) {
    const run = (words[from] ?? '')[0] === letters[0] ? spell(from, from, 0, false, 0) : null;
    if (run) runs.push(run);
  }
  return runs;
};

/**
 * Long forms for the acronyms a text uses but never spells out beside them («DHO» where the same document writes
 * «digital hjemmeoppfølging»): a run of the document's lowercase words whose initials, or their compound parts' initials
 * (`partsOf`, the project's decompounding: «hjemme|oppfølging» → H O), spell the acronym. Kept only when the document has
 * exactly one such phrase written twice or more (by its words' stems, so «digital»/«digitalt» are one) among those that
 * spell it most closely (one letter a word before compound parts' letters, before skipping a function word), none of its
 * words capitalised (a name, not a long form; a sentence's first word too, left unread) or a finite verb (`finiteVerbs`),
 * the acronym three letters or more (two letters match too many phrases by chance) and not already defined (`defined`).
 * Texts are grouped by `source`. On the corpus of session 24 it links two: DHO and PLL («pasientens legemiddelliste»).
 */
export const initialsAcronyms = (
  texts: Array<{ text: string; source: string }>,
  defined: ReadonlySet<string>,
  partsOf: (word: string) => readonly string[],
  finiteVerbs: ReadonlySet<string>,
): Acronym[] => {
  const found: Acronym[] = [];
  // A document's texts as one (they may come as chunks), each line once: a title or heading repeated with every chunk counts once.
  const lines = new Map<string, Set<string>>();
  for (const { text, source } of texts) {
    const seen = lines.get(source) ?? new Set<string>();
    lines.set(source, seen);
    for (const line of text.split('\n')) seen.add(line);
  }
  for (const [source, seen] of lines) {
    const flat = clean([...seen].join('\n'));
    const shorts = new Set(
      [...flat.matchAll(/(?<![\p{L}\p{N}-])\p{Lu}{3,6}(?![\p{L}\p{N}])/gu)].map((match) => match[0]).filter((short) => !defined.has(short.toLowerCase())),
    );
    if (shorts.size === 0) continue;
    // Sentences' lowercase word runs: a long form does not cross a full stop or a capitalised word.
    const runs = flat.split(/[.,!?;:()«»"=\n]|\s[–-]\s/u).flatMap((piece) => piece.split(/\s+\p{Lu}\S*/u));
    const wordRuns = runs.map((run) => (run.match(initialsWord) ?? []).filter((word) => word === word.toLowerCase()));
    for (const short of shorts) {
      const letters = short.toLowerCase();
      const phrases = new Map<string, { text: string; count: number; looseness: number }>();
      for (const words of wordRuns)
        for (const { from, end, looseness } of spellingRuns(words, letters, partsOf, finiteVerbs)) {
          const phrase = words.slice(from, end);
          const key = analyze(phrase.join(' ')).join(' ');
          const entry = phrases.get(key) ?? { text: phrase.join(' '), count: 0, looseness };
          entry.count += 1;
          phrases.set(key, entry);
        }
      // A phrase written once may spell the letters by chance; the closest reading wins, and only when it is the only one.
      const recurring = [...phrases.values()].filter((entry) => entry.count >= 2);
      const closest = Math.min(...recurring.map((entry) => entry.looseness));
      const best = recurring.filter((entry) => entry.looseness === closest);
      const only = best[0];
      if (best.length === 1 && only) found.push({ short, long: only.text, source: `initials:${source}` });
    }
  }
  return found;
};
