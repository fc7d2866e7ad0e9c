import { describe, expect, it } from 'vitest';
import type { DocumentBlock } from '../schemas';
import { cleanDocument } from './cleaner';
import { documentBlocks } from './document-blocks';
import { buildLexicon } from './lexicon';
import { readSeedTexts } from './seed-fixtures';
import { itemAt } from '../collections/item-at';

const seeds = readSeedTexts();
const lexicon = buildLexicon(seeds.map((seed) => seed.text));

/** The original offset of character `index` of the block's text, read from its run map. */
const originalAt = (block: DocumentBlock, index: number): number => {
  let result = -1;
  for (let pair = 0; pair < block.map.length; pair += 2) {
    const textOffset = block.map[pair] ?? 0;
    if (textOffset > index) break;
    result = (block.map[pair + 1] ?? 0) + (index - textOffset);
  }
  return result;
};

describe('documentBlocks', () => {
  const original = [
    'MÅL',
    '1 I løpet av 2009 skal alle kommuner, i samarbeid med den stat-',
    '',
    'lige arbeids- og velferdsetaten, ha etablert fullverdig IKT-løs-',
    'ning for felles førstelinjekontorer.',
    '',
    'Tiltak',
    '•\t KS vil følge opp ***arbeidet***.',
    '•\t KS vil bidra.',
  ].join('\n');
  const blocks = documentBlocks(cleanDocument(original, lexicon));

  it('cuts the cleaned text into headings, paragraphs and lists', () => {
    expect(blocks.map((block) => [block.kind, block.level ?? '', block.text])).toEqual([
      ['heading', 'sub', 'MÅL'],
      [
        'paragraph',
        '',
        '1 I løpet av 2009 skal alle kommuner, i samarbeid med den statlige arbeids- og velferdsetaten, ha etablert fullverdig IKT-løsning for felles ' +
          'førstelinjekontorer.',
      ],
      ['heading', 'section', 'Tiltak'],
      ['list', '', '- KS vil følge opp arbeidet.\n- KS vil bidra.'],
    ]);
  });

  it('keeps each block’s original span, so the original passage can be sliced from it', () => {
    expect(original.slice(blocks[1]?.start, blocks[1]?.end)).toMatch(/^1 I løpet av 2009 .* førstelinjekontorer\.$/s);
    expect(original.slice(blocks[3]?.start, blocks[3]?.end)).toContain('***arbeidet***');
  });

  it('maps every letter of the cleaned text back to the same letter of the original', () => {
    for (const block of blocks) {
      for (let index = 0; index < block.text.length; index += 1) {
        const character = block.text[index] ?? '';
        if (/\p{L}/u.test(character)) expect(original[originalAt(block, index)]).toBe(character);
      }
    }
    const word = blocks[1]?.text.indexOf('statlige') ?? -1;
    const block = itemAt(blocks, 1);
    expect(original.slice(originalAt(block, word), originalAt(block, word + 'statlige'.length - 1) + 1)).toBe('stat-\n\nlige');
  });

  it('reads a whole seed into blocks whose letters all map home and whose spans ascend', () => {
    const seed = seeds.find((entry) => entry.file.startsWith('001'));
    if (seed === undefined) throw new Error('seed 001 missing');
    const seedBlocks = documentBlocks(cleanDocument(seed.text, lexicon));
    expect(seedBlocks.filter((block) => block.kind === 'heading').length).toBeGreaterThan(20);
    expect(seedBlocks.some((block) => block.text.includes('***'))).toBe(false);
    seedBlocks.forEach((block, index) => {
      if (index > 0) expect(block.start).toBeGreaterThanOrEqual(seedBlocks[index - 1]?.end ?? 0);
      const last = block.text.length - 1;
      if (/\p{L}/u.test(block.text[last] ?? '')) expect(seed.text[originalAt(block, last)]).toBe(block.text[last]);
    });
  });
});
