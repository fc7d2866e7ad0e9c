import { beforeAll, describe, expect, it } from 'vitest';
import { buildLexicon, defaultIndexBuildSettings, loadWordList, readSeeds, splitSentences, toOriginalSpan } from '@kildesvar/core';
import { seedsDir } from '../../test/paths';
import { cleanSeeds, prepareCorpus, type PreparedCorpus } from './prepare-corpus';

/** The whole corpus through clean → dedup → chunk: offsets, no loss, folded copies. */
let corpus: PreparedCorpus;
const originals = new Map<string, string>();
const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').toLowerCase();

beforeAll(async () => {
  const seeds = readSeeds(seedsDir);
  for (const seed of seeds.entries) originals.set(seed.entry.file, seed.original);
  const lexicon = buildLexicon(
    seeds.entries.map((seed) => seed.original),
    loadWordList().words,
  );
  corpus = await prepareCorpus(seeds.entries, cleanSeeds(seeds.entries, lexicon), defaultIndexBuildSettings);
});

describe('prepareCorpus over the five seeds', () => {
  it('gives every chunk a span of the original that holds the chunk text’s letters in order, less only page furniture', () => {
    expect(corpus.chunks.length).toBeGreaterThan(100);
    for (const chunk of corpus.chunks) {
      const source = letters((originals.get(chunk.file) ?? '').slice(chunk.start, chunk.end));
      const text = letters(chunk.text);
      let at = 0;
      for (const letter of text) {
        at = source.indexOf(letter, at) + 1;
        if (at === 0) break;
      }
      expect(at, `${chunk.file}@${chunk.start}: chunk letters not in the original span`).toBeGreaterThan(0);
      expect(source.length - text.length, `${chunk.file}@${chunk.start}`).toBeLessThanOrEqual(12);
    }
  });

  it('loses no sentence: each is inside a chunk or inside a recorded copy (alsoIn) of one', () => {
    const covering = new Map<string, Array<[number, number]>>();
    const add = (file: string, start: number, end: number) => covering.set(file, [...(covering.get(file) ?? []), [start, end]]);
    for (const chunk of corpus.chunks) {
      add(chunk.file, chunk.start, chunk.end);
      for (const copy of chunk.alsoIn) add(copy.file, copy.start, copy.end);
    }
    const lost: string[] = [];
    for (const document of corpus.documents) {
      for (const sentence of splitSentences(document.cleaned.text)) {
        const span = toOriginalSpan(document.cleaned, sentence.start, sentence.end);
        const inside = (covering.get(document.file) ?? []).some(([start, end]) => start <= span.start && span.end <= end);
        if (!inside) lost.push(`${document.file}@${span.start}: ${document.cleaned.text.slice(sentence.start, sentence.end).slice(0, 60)}`);
      }
    }
    expect(lost).toEqual([]);
  });

  it('folds the eKommune block repeated nine times in 000 (and once in 001) onto one copy, recording the others as alsoIn', () => {
    expect(corpus.dedup.foldedSentences).toBeGreaterThan(300);
    const copiesIn000 = corpus.chunks.flatMap((chunk) => chunk.alsoIn).filter((copy) => copy.file === '000_c85f62f7152710bc.txt');
    expect(copiesIn000.length).toBeGreaterThan(20);
    const repeated = 'Digital kompetanse er den kompetansen som bygger bro';
    const holding = corpus.chunks.filter((chunk) => chunk.text.includes(repeated));
    expect(holding).toHaveLength(1);
    expect(holding[0]?.alsoIn.filter((copy) => copy.file === '000_c85f62f7152710bc.txt').length).toBeGreaterThanOrEqual(8);
  });

  it('records a short copy kept in two chunks of one document (too short to fold) as alsoIn of each other’s chunk', () => {
    const file = '001_dc38b4b4e9bc1f2f.txt';
    const original = originals.get(file) ?? '';
    const goal = 'I løpet av 2007 skal alle kommuner og fylkeskommuner være part i Norge digitalt';
    const places: number[] = [];
    for (let at = original.indexOf(goal); at >= 0; at = original.indexOf(goal, at + 1)) places.push(at);
    expect(places).toHaveLength(2);
    for (const [index, place] of places.entries()) {
      const other = places[1 - index] ?? -1;
      const holding = corpus.chunks.find((chunk) => chunk.file === file && chunk.start <= place && place < chunk.end);
      expect(holding, `chunk holding ${place}`).toBeDefined();
      expect(holding?.alsoIn.some((copy) => copy.file === file && copy.start <= other && other + goal.length <= copy.end + 1)).toBe(true);
    }
  });

  it('keeps chunk ids unique and stable for the same input', () => {
    const ids = corpus.chunks.map((chunk) => chunk.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
