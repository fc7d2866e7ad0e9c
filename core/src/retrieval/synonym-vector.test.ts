import { describe, expect, it } from 'vitest';
import { synonymBlendedVector, synonymShare, synonymText } from './synonym-vector';

describe('synonymText', () => {
  it('joins the words’ thesaurus synonyms and those of the headword a form inflects, once each, not their lemmas or derivations', () => {
    const text = synonymText({
      stems: ['tempo', 'bestemm'],
      numbers: [],
      pairs: [],
      words: [
        { lemmas: ['tempo'], parts: [], synonyms: ['takt', 'fart'], derived: ['tempofylt'] },
        { lemmas: ['bestemme'], parts: [], synonyms: ['avgjøre'], rankingSynonyms: ['avgjøre', 'fastsette'] },
      ],
    });
    expect(text.split(' ').sort()).toEqual(['avgjøre', 'fart', 'fastsette', 'takt']);
  });

  it('is empty for a question without resources or synonyms', () => {
    expect(synonymText({ stems: ['ks'], numbers: [], pairs: [] })).toBe('');
    expect(synonymText({ stems: ['ks'], numbers: [], pairs: [], words: [{ lemmas: ['ks'], parts: [] }] })).toBe('');
  });
});

describe('synonymBlendedVector', () => {
  it('adds the synonyms at their share and scales to unit length', () => {
    const blended = synonymBlendedVector([1, 0], [0, 1]);
    const norm = Math.hypot(1, synonymShare);
    expect(blended[0]).toBeCloseTo(1 / norm, 12);
    expect(blended[1]).toBeCloseTo(synonymShare / norm, 12);
    expect(Math.hypot(...blended)).toBeCloseTo(1, 12);
  });

  it('keeps the question as asked ahead of its synonyms', () => {
    const [asked = 0, synonyms = 0] = synonymBlendedVector([1, 0], [0, 1]);
    expect(asked).toBeGreaterThan(synonyms);
  });
});

describe('synonymText for a nynorsk question', () => {
  it('adds the words’ lemmas, which a bokmål question leaves to the embedder', () => {
    const terms = {
      stems: ['tilsett'],
      numbers: [],
      pairs: [],
      words: [{ lemmas: ['tilsett', 'ansatt'], parts: [], synonyms: ['arbeidstaker'] }],
    };
    expect(synonymText(terms)).toBe('arbeidstaker');
    expect(synonymText(terms, true).split(' ').sort()).toEqual(['ansatt', 'arbeidstaker', 'tilsett']);
  });
});
