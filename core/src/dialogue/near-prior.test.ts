import { describe, expect, it } from 'vitest';
import type { IndexedChunk } from '../retrieval/indexed-chunk';
import { nearPrior } from './near-prior';

const chunk = (file: string, heading: string, start = 0, end = 1000) => ({ id: `${file}:${heading}:${start}`, file, heading, start, end }) as IndexedChunk;

describe('nearPrior', () => {
  const quoted = [chunk('a.txt', 'Mål')];

  it('gives a reference a stronger bonus for the last answer’s section and document than an ellipsis', () => {
    const reference = nearPrior('reference', quoted);
    const ellipsis = nearPrior('other', quoted);
    expect(reference?.(chunk('a.txt', 'Mål'))).toBeGreaterThan(ellipsis?.(chunk('a.txt', 'Mål')) ?? 0);
    expect(reference?.(chunk('a.txt', 'Tiltak', 5000, 6000))).toBeGreaterThan(ellipsis?.(chunk('a.txt', 'Tiltak', 5000, 6000)) ?? 0);
  });

  it('gives a follow-up read on its own the bonus a reference gets for the last answer’s section and document', () => {
    const reference = nearPrior('reference', quoted);
    const own = nearPrior('alone', quoted);
    expect(own?.(chunk('a.txt', 'Mål'))).toBe(reference?.(chunk('a.txt', 'Mål')));
    expect(own?.(chunk('a.txt', 'Tiltak', 5000, 6000))).toBe(reference?.(chunk('a.txt', 'Tiltak', 5000, 6000)));
  });

  it('prefers the section to the rest of the document, and nothing elsewhere', () => {
    const prior = nearPrior('reference', quoted);
    expect(prior?.(chunk('a.txt', 'Mål'))).toBeGreaterThan(prior?.(chunk('a.txt', 'Tiltak', 5000, 6000)) ?? 0);
    expect(prior?.(chunk('a.txt', 'Tiltak', 5000, 6000))).toBeGreaterThan(0);
    expect(prior?.(chunk('b.txt', 'Mål'))).toBe(0);
  });

  it('gives the section bonus to the passage directly before or after a quoted one under another heading, not to one farther away', () => {
    const prior = nearPrior('reference', [chunk('a.txt', 'Mål', 1000, 2000)]);
    const section = prior?.(chunk('a.txt', 'Mål', 5000, 6000));
    expect(prior?.(chunk('a.txt', 'Tiltak', 2002, 3000))).toBe(section);
    expect(prior?.(chunk('a.txt', 'Bakgrunn', 0, 998))).toBe(section);
    expect(prior?.(chunk('a.txt', 'Tiltak', 2600, 3000))).toBeLessThan(section ?? 0);
    expect(prior?.(chunk('b.txt', 'Tiltak', 2002, 3000))).toBe(0);
  });

  it('prefers a passage the last answer quoted to the rest of its section, for every reading', () => {
    for (const reading of ['reference', 'alone', 'other'] as const) {
      const prior = nearPrior(reading, [chunk('a.txt', 'Mål', 1000, 2000)]);
      expect(prior?.(chunk('a.txt', 'Mål', 1000, 2000))).toBeGreaterThan(prior?.(chunk('a.txt', 'Mål', 5000, 6000)) ?? 0);
      expect(prior?.(chunk('a.txt', 'Tiltak', 2002, 3000))).toBe(prior?.(chunk('a.txt', 'Mål', 5000, 6000)));
    }
  });

  it('gives no prior when the last answer quoted nothing', () => {
    expect(nearPrior('reference', [])).toBeUndefined();
  });
});

describe('nearPrior with the answer before the last one', () => {
  const quoted = [chunk('a.txt', 'Mål', 1000, 2000)];
  const earlier = [chunk('b.txt', 'Drift', 0, 900)];

  it('gives a passage the answer before the last one quoted, and its section, a share of the bonus, in another document too', () => {
    const prior = nearPrior('reference', quoted, earlier);
    const without = nearPrior('reference', quoted);
    expect(without?.(chunk('b.txt', 'Drift', 0, 900))).toBe(0);
    expect(prior?.(chunk('b.txt', 'Drift', 0, 900))).toBeGreaterThan(0);
    expect(prior?.(chunk('b.txt', 'Drift', 0, 900))).toBeLessThan(prior?.(chunk('a.txt', 'Mål', 1000, 2000)) ?? 0);
    expect(prior?.(chunk('b.txt', 'Drift', 3000, 4000))).toBeGreaterThan(0);
    expect(prior?.(chunk('b.txt', 'Annet', 8000, 9000))).toBe(0);
  });

  it('keeps the last answer’s bonus where it is the larger', () => {
    const prior = nearPrior('reference', quoted, [chunk('a.txt', 'Mål', 1000, 2000)]);
    expect(prior?.(chunk('a.txt', 'Mål', 1000, 2000))).toBe(nearPrior('reference', quoted)?.(chunk('a.txt', 'Mål', 1000, 2000)));
  });

  it('gives no prior when the last answer quoted nothing, whatever the one before quoted', () => {
    expect(nearPrior('reference', [], earlier)).toBeUndefined();
  });
});
