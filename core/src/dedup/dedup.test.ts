import { describe, expect, it } from 'vitest';
import { deduplicate, defaultDedupSettings } from './dedup';
import { itemAt } from '../collections/item-at';

const sentence = (text: string, artefacts = 0) => ({ text, artefacts });
const goal = 'I løpet av 2009 skal alle kommuner ha etablert fullverdig IKT-løsning for felles førstelinjekontorer.';
const measure = 'KS vil sørge for utvikling av felles kravspesifikasjon for sosialsystemer i kommunene.';
const unique = 'Noen kommuner og skoler har utstyrt alle elever og lærere med egne PC-er med nettilknytning.';

describe('deduplicate', () => {
  it('folds an exact repeated passage in another document onto the first, cleanest copy', () => {
    const result = deduplicate([
      { file: 'a.txt', sentences: [sentence(goal), sentence(measure)] },
      { file: 'b.txt', sentences: [sentence(unique), sentence(goal), sentence(measure)] },
    ]);
    expect(result.folded).toEqual([
      [false, false],
      [false, true, true],
    ]);
    expect(itemAt(itemAt(result.canonicalOf, 1), 1)).toEqual({ document: 0, sentence: 0 });
    expect(result.stats.foldedSentences).toBe(2);
  });

  it('treats a copy with small differences (a footnote digit, a changed word) as a near-duplicate', () => {
    const variant = goal.replace('fullverdig', 'fullverdige').replace('kontorer.', 'kontorer12.');
    const result = deduplicate([
      { file: 'a.txt', sentences: [sentence(goal)] },
      { file: 'b.txt', sentences: [sentence(variant)] },
    ]);
    expect(itemAt(itemAt(result.canonicalOf, 1), 0)).toEqual({ document: 0, sentence: 0 });
    expect(itemAt(itemAt(result.folded, 1), 0)).toBe(true);
  });

  it('keeps the copy with fewer repairs as the canonical one, even when it comes later', () => {
    const result = deduplicate([
      { file: 'a.txt', sentences: [sentence(goal, 12)] },
      { file: 'b.txt', sentences: [sentence(goal, 0)] },
    ]);
    expect(itemAt(itemAt(result.folded, 0), 0)).toBe(true);
    expect(itemAt(itemAt(result.folded, 1), 0)).toBe(false);
  });

  it('folds repeats within one document and never folds every copy', () => {
    const result = deduplicate([{ file: 'a.txt', sentences: [goal, measure, unique, goal, measure, goal, measure].map((text) => sentence(text)) }]);
    expect(result.folded[0]).toEqual([false, false, false, true, true, true, true]);
  });

  it('does not fold a short copied line that stands alone, but folds one sandwiched in a folded run', () => {
    const result = deduplicate([
      { file: 'a.txt', sentences: [sentence('TILTAK'), sentence(goal), sentence('MÅL'), sentence(measure)] },
      { file: 'b.txt', sentences: [sentence('TILTAK'), sentence(unique), sentence(goal), sentence('MÅL'), sentence(measure)] },
    ]);
    expect(result.folded[1]).toEqual([false, false, true, true, true]);
    expect(itemAt(itemAt(result.canonicalOf, 1), 3)).toEqual({ document: 0, sentence: 2 });
  });

  it('leaves different sentences alone', () => {
    const result = deduplicate([{ file: 'a.txt', sentences: [sentence(goal), sentence(unique), sentence(measure)] }], defaultDedupSettings);
    expect(result.folded[0]).toEqual([false, false, false]);
    expect(result.stats.clusters).toBe(0);
  });
});

describe('deduplicate over many copies', () => {
  it('joins every copy of a passage repeated in many documents into one cluster, whichever band pairs them', () => {
    const documents = Array.from({ length: 60 }, (_, index) => ({
      file: `d${index}.txt`,
      sentences: [sentence(index % 2 === 0 ? goal : goal.replace('fullverdig', 'fullverdige')), sentence(measure), sentence(`${unique} ${index}`)],
    }));
    const result = deduplicate(documents);
    expect(result.stats.clusters).toBe(3);
    for (let index = 1; index < documents.length; index += 1) {
      expect(itemAt(itemAt(result.canonicalOf, index), 0)).toEqual({ document: 0, sentence: 0 });
      expect(itemAt(itemAt(result.canonicalOf, index), 1)).toEqual({ document: 0, sentence: 1 });
    }
  });
});

describe('deduplicate with fragments', () => {
  it('treats a sentence cut short at a broken page as a copy of the whole sentence', () => {
    const whole = 'Noen kommuner og skoler har utstyrt alle elever og lærere med egne PC-er med nettilknytning og bruker utstyret aktivt.';
    const fragments = ['elever og lærere med egne PC-er med nettilknyt-', 'og bruker utstyret aktivt og kommuner og skoler har utstyrt alle'];
    const result = deduplicate([
      { file: 'a.txt', sentences: [sentence(whole)] },
      { file: 'b.txt', sentences: [sentence(measure), sentence(itemAt(fragments, 0)), sentence(itemAt(fragments, 1))] },
    ]);
    expect(itemAt(itemAt(result.canonicalOf, 1), 1)).toEqual({ document: 0, sentence: 0 });
    expect(itemAt(itemAt(result.canonicalOf, 1), 0)).toBeNull();
    // Shuffled words are not a fragment of the sentence: too few of its shingles stand in it.
    expect(itemAt(itemAt(result.canonicalOf, 1), 2)).toBeNull();
  });
});
