import { mythesEntries } from './thesaurus';
/**
 * Word classes of thesaurus senses. mythes-no tags no part of speech and lists every sense of a headword under one entry,
 * so a form reached the synonyms of a homograph of another word class: «dyrt» (adjective, 'expensive') reached «menneske»,
 * «person» through the noun «dyr» ('animal'). A sense's word class is read from its synonyms' own Apertium readings, a
 * form's from its readings, and a sense is kept for a form only when the two share a class.
 */

/** Apertium's first tag → the word class compared here: the verbs in one class, a proper noun as a noun. */
const classOfTag: Readonly<Record<string, string>> = {
  n: 'n',
  np: 'n',
  vblex: 'verb',
  vbmod: 'verb',
  vbser: 'verb',
  vbhaver: 'verb',
  adj: 'adj',
  adv: 'adv',
  pr: 'pr',
  det: 'det',
  prn: 'prn',
  cnjcoo: 'cnj',
  cnjsub: 'cnj',
  cnjadv: 'cnj',
  ij: 'ij',
  num: 'num',
};

/**
 * The word classes of a form's Apertium analyses (`lemma<tag>…`); a participle («vedtatt», «skjerpede», «utførende») is
 * both verb and adjective, however Apertium tags it: a text uses it as either.
 */
export const wordClassesOf = (analyses: Iterable<string>): Set<string> => {
  const found = new Set<string>();
  for (const analysis of analyses) {
    const tags: readonly string[] = analysis.match(/<[^>]+>/gu) ?? [];
    const wordClass = classOfTag[(tags[0] ?? '').slice(1, -1)];
    if (!wordClass) continue;
    found.add(wordClass);
    if (tags.includes('<pp>') || tags.includes('<pprs>')) found.add('verb').add('adj');
  }
  return found;
};

/**
 * Word classes as the filter compares them: a verb or not. A verb and a noun written alike are mostly different words
 * («pleie» 'nurse' / «pleien» 'the care', «kode», «råd»), while an adjective's noun senses are often its own meaning in another
 * class («sentral» ~ sentrum, «viktig» ~ betydning), which retrieval gains by: comparing every class (noun, adjective,
 * determiner, …) lost tune q1812 «sentralt», q779 «selve» and test c021#2 (test +2 −1, tune +1 −2); verb or not lost none.
 */
export const verbOrNot = (classes: ReadonlySet<string>): Set<string> => new Set([...classes].map((wordClass) => (wordClass === 'verb' ? 'verb' : 'other')));

/**
 * The word classes of a thesaurus sense, judged by its synonyms' readings (`classesOf`; synonyms it cannot read are left
 * out): every class at least half of the read synonyms can be, else the most frequent. Empty when none is read.
 */
export const senseClasses = (synonyms: readonly string[], classesOf: (word: string) => ReadonlySet<string> | undefined): Set<string> => {
  const counts = new Map<string, number>();
  let read = 0;
  for (const synonym of synonyms) {
    const classes = classesOf(synonym);
    if (!classes || classes.size === 0) continue;
    read += 1;
    for (const wordClass of classes) counts.set(wordClass, (counts.get(wordClass) ?? 0) + 1);
  }
  if (read === 0) return new Set();
  const most = Math.max(...counts.values());
  return new Set([...counts].filter(([, count]) => count * 2 >= read || count === most).map(([wordClass]) => wordClass));
};

/** A thesaurus sense: its word classes (`senseClasses`) and the synonyms of it that are kept (those the corpus uses). */
export interface ClassedSense {
  classes: ReadonlySet<string>;
  synonyms: readonly string[];
}

/**
 * The synonyms a form reaches only through senses of a word class it cannot be: those of the senses (of every headword
 * the form reaches) whose classes `formClasses` lacks, less those a kept sense gives too. A sense of no known class is
 * kept, and a form of no known class keeps every sense.
 */
export const otherClassSynonyms = (formClasses: ReadonlySet<string>, senses: Iterable<ClassedSense>): string[] => {
  if (formClasses.size === 0) return [];
  const kept = new Set<string>();
  const dropped = new Set<string>();
  for (const sense of senses) {
    const fits = sense.classes.size === 0 || [...sense.classes].some((wordClass) => formClasses.has(wordClass));
    for (const synonym of sense.synonyms) (fits ? kept : dropped).add(synonym);
  }
  return [...dropped].filter((synonym) => !kept.has(synonym)).sort();
};

/** The single-word synonyms (a reflexive verb «vente seg» as its verb) of each sense of each headword of a MyThes text. */
export const thesaurusSenses = (text: string): Map<string, string[][]> => {
  const found = new Map<string, string[][]>();
  for (const { word, senses } of mythesEntries(text)) {
    const kept = found.get(word) ?? [];
    for (const sense of senses) {
      const words = new Set<string>();
      for (const normalised of sense) {
        const single = /^\p{L}[\p{L}-]*$/u.test(normalised) ? normalised : /^(\p{L}+) seg$/u.exec(normalised)?.[1];
        if (single && single !== word) words.add(single);
      }
      if (words.size > 0) kept.push([...words]);
    }
    if (kept.length > 0) found.set(word, kept);
  }
  return found;
};
