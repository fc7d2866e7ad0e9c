import { describe, expect, it } from 'vitest';
import { aggregateRetrieval, factRecall, keyFacts, scoreRanking } from './metrics';
import { NaiveBm25 } from './baseline';

const gold = [[{ file: 'a.txt', start: 100, end: 200 }]];

describe('scoreRanking', () => {
  it('counts a result as relevant when it covers at least half of the gold quote, by its span or an alsoIn copy', () => {
    expect(scoreRanking([{ file: 'a.txt', start: 0, end: 140 }], gold).firstRelevant).toBeNull();
    expect(
      scoreRanking(
        [
          { file: 'b.txt', start: 0, end: 10 },
          { file: 'a.txt', start: 140, end: 400 },
        ],
        gold,
      ).firstRelevant,
    ).toBe(2);
    expect(scoreRanking([{ file: 'b.txt', start: 0, end: 10, alsoIn: [{ file: 'a.txt', start: 90, end: 210 }] }], gold).firstRelevant).toBe(1);
  });

  it('aggregates recall at k and MRR', () => {
    const metrics = aggregateRetrieval([
      { firstRelevant: 1, ndcg: 1 },
      { firstRelevant: 4, ndcg: 0.4 },
      { firstRelevant: null, ndcg: 0 },
    ]);
    expect(metrics.recallAt1).toBeCloseTo(1 / 3);
    expect(metrics.recallAt5).toBeCloseTo(2 / 3);
    expect(metrics.mrrAt10).toBeCloseTo((1 + 0.25) / 3);
  });
});

describe('keyFacts', () => {
  it('takes years, numbers and names from a gold answer and finds them in an answer', () => {
    const facts = keyFacts('Innen 2011, via Norsk Helsenett; 19,5 prosent');
    expect(facts).toEqual(expect.arrayContaining(['2011', '19,5', 'Norsk Helsenett']));
    expect(factRecall(facts, 'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett.')).toBeCloseTo(2 / 3);
  });
});

describe('NaiveBm25', () => {
  it('ranks the raw window holding the query words first', () => {
    const index = new NaiveBm25(new Map([['a.txt', `${'annet innhold her. '.repeat(60)}Norsk Helsenett er et lukket nettverk.`]]), 700);
    expect(index.search('helsenett', 3)[0]?.end).toBeGreaterThan(1100);
  });
});

describe('findQuoteAll', () => {
  it('finds every verbatim occurrence of a quote, whitespace-insensitively', async () => {
    const { findQuoteAll } = await import('./gold-set');
    const text = 'Mål: I løpet av 2007 skal alle\nkommuner være part. Senere: I løpet av 2007 skal alle kommuner være part.';
    expect(findQuoteAll(text, 'I løpet av 2007 skal alle kommuner være part')).toHaveLength(2);
  });
});
