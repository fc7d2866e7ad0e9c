import { analyze } from '../analysis/analyze';

/**
 * The prepositions of exclusion, bokmål and nynorsk: «utenfor», «utenom», «unntatt», «bortsett fra», «med unntak av»,
 * «ut over» (Norsk referansegrammatikk's prepositions of exception, a closed class). Their complement names what the
 * question leaves out: «forprosjektet … i kommunehelsetjenesten utenfor Midt-Norge» asks about the rest of the country.
 */
const exclusion = /(?<!\p{L})(utenfor|utanfor|utenom|utanom|unntatt|untatt|bortsett\s+fra|bortsett\s+frå|med\s+unntak\s+av|ut\s+over|utover)\s+/giu;
/** Words that end the complement: a conjunction, subordinator or relative opening what follows it, or a preposition starting another phrase. */
// biome-ignore format: a word list reads best as rows of words
const clauseWords = new Set(['og', 'eller', 'men', 'at', 'som', 'der', 'når', 'hvis', 'om', 'fordi', 'slik', 'så', 'for', 'i', 'på', 'til', 'med', 'av', 'fra', 'frå']);
/** The most words a complement is read as (a noun phrase: «de store byene», «Helse Midt-Norge»). */
const complementWords = 3;

/** What a question leaves out: the stems of its exclusion's complement and the stems of the words that exclude it. */
export interface Exclusion {
  /** The complement's stems that the question writes nowhere else. */
  excluded: Set<string>;
  /** The stems of the preposition («utenfor»): a sentence writing it speaks of what lies outside as the question does. */
  markers: Set<string>;
}

/**
 * The complement of a Norwegian question's preposition of exclusion (`exclusion`), up to the end of its clause, a finite verb
 * (`finiteVerb`, «tjenester utenfor helse må …») or three words. A stem the question also writes outside it stays out: it
 * names what is asked about too.
 */
export const exclusionOf = (question: string, finiteVerb: (word: string) => boolean | null = () => null): Exclusion => {
  const text = question.normalize('NFC');
  const inside: string[] = [];
  const markers = new Set<string>();
  let rest = text;
  for (const match of text.matchAll(exclusion)) {
    const after = text.slice((match.index ?? 0) + match[0].length);
    const words: string[] = [];
    for (const word of after.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu) ?? []) {
      if (!/^[\p{L}\p{N}]/u.test(word) || clauseWords.has(word.toLowerCase()) || finiteVerb(word) === true || words.length >= complementWords) break;
      words.push(word);
    }
    if (words.length === 0) continue;
    inside.push(...words);
    for (const stem of analyze(match[1] ?? '')) markers.add(stem);
    rest = rest.replace(`${match[0]}${words.join(' ')}`, ' ');
  }
  const excluded = new Set(analyze(inside.join(' ')).filter((stem) => !/^\p{N}/u.test(stem)));
  for (const stem of analyze(rest)) excluded.delete(stem);
  return { excluded, markers };
};
