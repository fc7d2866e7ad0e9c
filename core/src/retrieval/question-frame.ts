import { analyze } from '../analysis';

/**
 * Words that frame a question rather than name what it asks about («hvor mange», «innen»,
 * «hva menes med», «ifølge»): they stay in the lexical query but do not count as
 * answer-bearing terms when judging whether a passage carries the question.
 */
// biome-ignore format: a word list reads best as rows of words
const frameWords = [
  // bokmål
  'omtrent', 'cirka', 'ca', 'rundt', 'mange', 'mye', 'innen', 'frist', 'fristen', 'tidspunkt', 'gjelder', 'angår', 'handler',
  'dreier', 'betyr', 'bety', 'mener', 'menes', 'står', 'slags', 'type', 'egentlig', 'ifølge', 'fortell', 'forklar', 'beskriv',
  'nevn', 'finnes', 'fins', 'kunne', 'ønsker', 'stemmer', 'lenge', 'går', 'innebærer',
  // nynorsk
  'mykje', 'innan', 'gjeld', 'meiner', 'meinast', 'eigentleg', 'ifølgje', 'kor', 'lenge', 'finst', 'inneber',
  // English
  'according', 'roughly', 'approximately', 'many', 'much', 'mean', 'means', 'stand', 'kind', 'tell', 'explain', 'describe',
  'deadline', 'by', 'due',
];

const frameStems = new Set(analyze(frameWords.join(' ')));

/** The answer-bearing stems of an analysed question; all of them when nothing else is left. */
export const answerBearing = (stems: string[]): string[] => {
  const kept = stems.filter((stem) => !frameStems.has(stem));
  return kept.length > 0 ? kept : stems;
};

/** True for a stem of a question-frame word («mener», «står», «stand», «mean»). */
export const isFrameStem = (stem: string): boolean => frameStems.has(stem);
