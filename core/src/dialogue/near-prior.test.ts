import { describe, expect, it } from 'vitest';
import type { IndexedChunk } from '../retrieval/indexed-chunk';
import { nearPrior } from './near-prior';

const chunk = (file: string, heading: string) => ({ id: `${file}:${heading}`, file, heading }) as IndexedChunk;

describe('nearPrior', () => {
  const quoted = [chunk('a.txt', 'Mål')];

  it('gives a reference a stronger bonus for the last answer’s section and document than an ellipsis', () => {
    const reference = nearPrior('reference', quoted);
    const ellipsis = nearPrior('other', quoted);
    expect(reference?.(chunk('a.txt', 'Mål'))).toBeGreaterThan(ellipsis?.(chunk('a.txt', 'Mål')) ?? 0);
    expect(reference?.(chunk('a.txt', 'Tiltak'))).toBeGreaterThan(ellipsis?.(chunk('a.txt', 'Tiltak')) ?? 0);
  });

  it('prefers the section to the rest of the document, and nothing elsewhere', () => {
    const prior = nearPrior('reference', quoted);
    expect(prior?.(chunk('a.txt', 'Mål'))).toBeGreaterThan(prior?.(chunk('a.txt', 'Tiltak')) ?? 0);
    expect(prior?.(chunk('a.txt', 'Tiltak'))).toBeGreaterThan(0);
    expect(prior?.(chunk('b.txt', 'Mål'))).toBe(0);
  });

  it('gives no prior when the last answer quoted nothing', () => {
    expect(nearPrior('reference', [])).toBeUndefined();
  });
});
