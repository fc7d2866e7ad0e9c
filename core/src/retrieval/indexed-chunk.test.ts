import { describe, expect, it } from 'vitest';
import { emptyLanguageResources, WordKnowledge } from '../analysis';
import { termSetOf } from './indexed-chunk';

describe('a sentence’s terms', () => {
  it('reads «hvert år» / «pr. år» / «i året» as «årlig», so a question’s «årlig» finds it; a year on its own not', () => {
    const knowledge = new WordKnowledge({ ...emptyLanguageResources('test'), lemmas: { år: ['år'], året: ['år'] }, periodic: { år: ['årleg', 'årlig'] } });
    expect(termSetOf('Kommunene betaler 10 millioner hvert år.', knowledge).lemmas).toContain('årlig');
    expect(termSetOf('Kostnaden er 3 kroner pr. år.', knowledge).lemmas).toContain('årlig');
    expect(termSetOf('Det koster en halv milliard i året.', knowledge).lemmas).toContain('årlig');
    expect(termSetOf('Kommunene betalte 10 millioner i år.', knowledge).lemmas).not.toContain('årlig');
  });
});
