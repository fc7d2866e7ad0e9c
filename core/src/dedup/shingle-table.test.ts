import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../embed/seeded-random';
import { jaccard, minhashSignature, normalizeForDedup, shingles } from './minhash';
import { containedAtLeast, holdersOf, rarestOf, shingleTable, similarAtLeast } from './shingle-table';

/** Sentences and near-copies of them (words swapped, dropped, cut short), as a scaled corpus holds them. */
const sentences = (() => {
  const random = createSeededRandom(7);
  const base = [
    'I løpet av 2009 skal alle kommuner ha etablert fullverdig IKT-løsning for felles førstelinjekontorer.',
    'KS vil sørge for utvikling av felles kravspesifikasjon for sosialsystemer i kommunene.',
    'Noen kommuner og skoler har utstyrt alle elever og lærere med egne PC-er med nettilknytning.',
    'Helsepersonell skal ha tilgang til nødvendige opplysninger uavhengig av hvor pasienten behandles.',
  ];
  const words = base.join(' ').split(' ');
  const texts: string[] = [];
  for (let copy = 0; copy < 40; copy += 1)
    for (const text of base) {
      const own = text.split(' ').map((word) => (random() < 0.08 ? (words[Math.floor(random() * words.length)] ?? word) : word));
      const cut = random() < 0.3 ? Math.floor(own.length * (0.5 + random() * 0.5)) : own.length;
      texts.push(own.slice(random() < 0.2 ? 2 : 0, cut).join(' '));
    }
  return texts.map(normalizeForDedup);
})();

describe('shingleTable', () => {
  const table = shingleTable(sentences, 5);
  const sets = sentences.map((text) => shingles(text, 5));

  it('holds each sentence’s shingles as ids, and gives the same MinHash signature as its shingles', () => {
    table.sets.forEach((ids, index) => {
      expect(new Set([...ids].map((id) => table.texts[id]))).toEqual(sets[index]);
      expect([...ids]).toEqual([...ids].sort((left, right) => left - right));
      expect(table.signature(ids, 64)).toEqual(minhashSignature(sets[index] ?? new Set(), 64));
    });
  });

  it('decides every pair as exact Jaccard similarity and containment do', () => {
    let similar = 0;
    let contained = 0;
    for (let left = 0; left < sentences.length; left += 1)
      for (let right = 0; right < sentences.length; right += 1) {
        const [leftIds, rightIds, leftSet, rightSet] = [table.sets[left], table.sets[right], sets[left], sets[right]];
        if (!leftIds || !rightIds || !leftSet || !rightSet) throw new Error('missing sentence');
        for (const threshold of [0.5, 0.8]) {
          const expected = jaccard(leftSet, rightSet) >= threshold;
          expect(similarAtLeast(leftIds, rightIds, threshold)).toBe(expected);
          if (expected) similar += 1;
        }
        const shared = [...leftSet].filter((shingle) => rightSet.has(shingle)).length;
        const expected = shared / leftSet.size >= 0.9;
        expect(containedAtLeast(leftIds, rightIds, 0.9)).toBe(expected);
        if (expected && left !== right) contained += 1;
      }
    // Both outcomes occur: the check is not vacuous.
    expect(similar).toBeGreaterThan(sentences.length * 2);
    expect(contained).toBeGreaterThan(0);
  });

  it('lists each shingle’s holders in order, and picks a sentence’s rarest shingles as sorting them all would', () => {
    const holders = holdersOf(table);
    const holding = (shingle: string): number[] => sets.flatMap((set, position) => (set.has(shingle) ? [position] : []));
    table.texts.forEach((shingle, id) => {
      expect([...holders.positions.subarray(holders.offsets[id], holders.offsets[id + 1])]).toEqual(holding(shingle));
    });
    table.sets.forEach((ids, index) => {
      const count = (shingle: string) => holding(shingle).length;
      const sorted = [...(sets[index] ?? [])].sort((left, right) => count(left) - count(right) || (left < right ? -1 : 1)).slice(0, 4);
      expect(rarestOf(ids, table, holders, 4).map((id) => table.texts[id])).toEqual(sorted);
    });
  });
});
