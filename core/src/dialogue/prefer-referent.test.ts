import { describe, expect, it } from 'vitest';
import { termSetOf, type IndexedChunk } from '../retrieval/indexed-chunk';
import type { RankedChunk } from '../retrieval/retriever';
import { lacksReferentFactor, preferReferent, referentCheck } from './prefer-referent';

const chunk = (id: string, heading: string, text: string, file = `${id}.txt`): IndexedChunk =>
  ({ id, file, heading, text, terms: termSetOf(text), headingTerms: termSetOf(heading), titleTerms: termSetOf('Én digital offentlig sektor') }) as IndexedChunk;
const ranked = (...chunks: IndexedChunk[]): RankedChunk[] => chunks.map((item, index) => ({ chunk: item, score: 1 - index / 10 }) as RankedChunk);

const digifin = chunk('a', 'DigiFin', 'Departementet har bevilget 125 millioner kroner til DigiFin.');
const telling = chunk('b', 'Veiledning', 'Kommunal- og moderniseringsdepartementet støtter KS med midler til å drifte Digihjelpen.');
const helped = chunk('c', 'Digihjelpen', 'Departementet støtter tilbudet med midler.');
const rarity = (stem: string): number => (stem === 'ks' ? 1 : 5);
const [name] = termSetOf('Digihjelpen').stems;

describe('referentCheck', () => {
  it('reads a passage as about the referent when it names it in its text or heading, not inside another name', () => {
    const about = referentCheck([name ?? ''], [], rarity);
    expect(about?.(telling)).toBe(true);
    expect(about?.(helped)).toBe(true);
    expect(about?.(digifin)).toBe(false);
  });

  it('reads a passage in a section the last answer quoted as about it', () => {
    const about = referentCheck([name ?? ''], [chunk('x', 'DigiFin', 'Annet', 'a.txt')], rarity);
    expect(about?.(digifin)).toBe(true);
  });

  it('has no check for a name most texts carry', () => {
    expect(referentCheck(['ks'], [], rarity)).toBeNull();
  });
});

describe('preferReferent', () => {
  const about = referentCheck([name ?? ''], [], rarity);
  if (!about) throw new Error('no check');

  it('puts the passages about the referent first and weighs the rest less', () => {
    const { ranked: ordered, factor } = preferReferent(ranked(digifin, telling), about);
    expect(ordered.map((passage) => passage.chunk.id)).toEqual(['b', 'a']);
    expect(factor?.(ordered[1] as RankedChunk)).toBe(lacksReferentFactor);
    expect(factor?.(ordered[0] as RankedChunk)).toBe(1);
  });

  it('leaves the ranking as it is when no passage is about the referent', () => {
    const { ranked: ordered, factor } = preferReferent(ranked(digifin), about);
    expect(ordered.map((passage) => passage.chunk.id)).toEqual(['a']);
    expect(factor).toBeUndefined();
  });
});
