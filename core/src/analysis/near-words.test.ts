import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import type { EnglishDictionary } from './english-dictionary';
import { nearWordsOf, neighbourTable, withUncertainNeighbours } from './near-words';

const passage = (text: string): ReadonlySet<string> => new Set(analyze(text));
// Ten passages: «verktøy» stands beside «skole» twice, «brev» beside «postkasse» twice, «elektronisk» everywhere.
const passages = [
  passage('skole verktøy elektronisk'),
  passage('skole verktøy bredbånd'),
  passage('digital postkasse brev elektronisk'),
  passage('digital postkasse brev'),
  ...Array.from({ length: 6 }, (_, index) => passage(`elektronisk helsenett melding${index}`)),
];
const settings = { minPassages: 2, lift: 3, max: 10 };

describe('neighbourTable', () => {
  it('keeps the stems a word stands beside in enough passages, well above its share of the corpus', () => {
    const table = neighbourTable(['verktøy', 'brev', 'elektronisk', 'ukjent'], passages, settings);
    expect(table.get('verktøy')).toEqual(analyze('skole'));
    expect(table.get('brev')).toEqual(expect.arrayContaining([...analyze('digital'), ...analyze('postkasse')]));
    // «elektronisk» stands in eight passages of ten: nothing stands beside it three times as often as at large.
    expect(table.has('elektronisk')).toBe(false);
    expect(table.has('ukjent')).toBe(false);
  });
});

describe('nearWordsOf', () => {
  const dictionary: EnglishDictionary = { source: 'test', entries: new Map(), uncertain: new Map([['tool', ['brev', 'verktøy']]]) };
  const withNear = withUncertainNeighbours(dictionary, passages, settings);

  it('takes the uncertain translations whose neighbours include the question’s other words, from the saved table', () => {
    const near = nearWordsOf(withNear);
    expect(near?.(['brev', 'verktøy'], ['skole', 'bredbånd'])).toEqual(['verktøy']);
    expect(near?.(['verktøy', 'brev'], ['digital', 'postkasse'])).toEqual(['brev']);
    expect(near?.(['verktøy', 'brev'], ['helsenett'])).toEqual([]);
  });

  it('keeps the only uncertain translation a word has when the other words meet none, unless told not to', () => {
    expect(nearWordsOf(withNear)?.(['verktøy'], ['helsenett'])).toEqual(['verktøy']);
    expect(nearWordsOf(withNear, 1, 2, false)?.(['verktøy'], ['helsenett'])).toEqual([]);
    // A three-letter stem is enough: stopwords never reach the index («årlig» → «årl»).
    expect(nearWordsOf(withNear)?.(['årlig'], ['helsenett'])).toEqual(['årlig']);
    // A phrase for one word is no sole reading.
    expect(nearWordsOf(withNear)?.(['komme overens'], ['helsenett'])).toEqual([]);
    // Of two or more, the corpus must choose: none is kept.
    expect(nearWordsOf(withNear)?.(['verktøy', 'brev'], ['helsenett'])).toEqual([]);
  });

  it('takes none that is already another word of the question, and none without a saved table', () => {
    expect(nearWordsOf(withNear)?.(['verktøy'], ['verktøy', 'skole'])).toEqual([]);
    expect(nearWordsOf(dictionary)).toBeUndefined();
  });
});
