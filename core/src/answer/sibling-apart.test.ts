import { describe, expect, it } from 'vitest';
import { analyzeWord } from '../analysis/analyze';
import { coordinatedWith } from './sibling-apart';

const stemOf = (word: string): string => analyzeWord(word)[0] ?? '';

describe('coordinatedWith', () => {
  it('reads the words the texts join to a word by «og»/«eller»/«and»/«or» as its siblings', () => {
    const texts = ['PC-dekningen i grunnskolen og videregående skole er ulik.', 'Staten eller kommunene betaler.'];
    expect(coordinatedWith(texts, stemOf('videregående')).has(stemOf('grunnskolen'))).toBe(true);
    expect(coordinatedWith(texts, stemOf('grunnskolen')).has(stemOf('videregående'))).toBe(true);
    expect(coordinatedWith(texts, stemOf('kommunene')).has(stemOf('staten'))).toBe(true);
  });
  it('reads no sibling for a word the texts join to nothing', () => {
    expect(coordinatedWith(['Elevene i grunnskolen bruker PC en time i uka.'], stemOf('grunnskolen')).size).toBe(0);
  });
});
