import { beforeAll, describe, expect, it } from 'vitest';
import { buildSmallCorpus } from '../assistant/small-corpus';
import { nearWordsOf } from './near-words';
import type { Retriever } from './retriever';

let retriever: Retriever;
beforeAll(async () => {
  ({ retriever } = await buildSmallCorpus());
});

// Four passages in the small corpus: the best one for the other words, and three times as often there as at large.
const settings = { passages: 1, lift: 3, minPassages: 1, max: 2 };

describe('nearWordsOf', () => {
  it('takes the uncertain translations that stand where the question’s other words do, not those that stand elsewhere', () => {
    const near = nearWordsOf(retriever, settings);
    expect(near?.(['brev', 'verktøy'], ['skole', 'bredbånd'])).toEqual(['verktøy']);
    expect(near?.(['verktøy', 'brev'], ['digital', 'postkasse'])).toEqual(['brev']);
  });

  it('takes none that stand in fewer of the passages than asked, or that are already another word of the question', () => {
    expect(nearWordsOf(retriever, { ...settings, minPassages: 2 })?.(['verktøy'], ['skole', 'bredbånd'])).toEqual([]);
    expect(nearWordsOf(retriever, settings)?.(['bredbånd', 'verktøy'], ['skole', 'bredbånd'])).toEqual(['verktøy']);
  });

  it('takes none that stand everywhere about as often as near the other words', () => {
    // «elektronisk» stands in two of the four passages, one of them the one «helsenett» finds: twice as often, not three times.
    expect(nearWordsOf(retriever, settings)?.(['elektronisk', 'fastlege'], ['helsenett'])).toEqual(['fastlege']);
  });
});
