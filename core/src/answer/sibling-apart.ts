import { analyzeWord } from '../analysis/analyze';

/** Two words joined by a coordinating conjunction, bokmål, nynorsk and English: «grunnskolen og videregående», «stat eller kommune». */
const coordination = /(\p{L}[\p{L}-]*)\s+(?:og|eller|and|or)\s+(\p{L}[\p{L}-]*)/giu;

/**
 * The stems the texts coordinate with `stem` («grunnskolen og videregående skole»: «grunnskol» beside «videregå»): siblings of
 * one kind, which the texts name side by side as two members of a set (two school levels, the state and the municipalities).
 * Read from the words right before and after «og»/«eller»/«and»/«or».
 */
export const coordinatedWith = (texts: readonly string[], stem: string): Set<string> => {
  const siblings = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(coordination)) {
      const left = analyzeWord(match[1] ?? '');
      const right = analyzeWord(match[2] ?? '');
      if (left.includes(stem)) for (const other of right) siblings.add(other);
      if (right.includes(stem)) for (const other of left) siblings.add(other);
    }
  }
  siblings.delete(stem);
  return siblings;
};
