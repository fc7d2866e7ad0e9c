import { beforeAll, describe, expect, it } from 'vitest';
import { cleanDocumentWithReport } from './cleaner';
import type { CleaningReport } from './cleaning-report';
import { buildLexicon } from './lexicon';
import type { CleanedText } from './mapped-text';
import { toOriginalSpan } from './original-span';
import { readSeedTexts } from './seed-fixtures';
import { loadWordList } from './word-list';
import { itemAt } from '../collections/item-at';

/**
 * Properties of the cleaner over all five seeds, with the lexicon ingest uses (corpus plus the
 * Debian word list when installed): the offset map is sound, every paragraph maps back to an
 * original passage with the same letters, and the layout is what the chunker expects.
 */
const seeds = readSeedTexts();
const results: Array<{ file: string; original: string; cleaned: CleanedText; report: CleaningReport }> = [];

const letters = (text: string): string => text.normalize('NFC').replace(/[^\p{L}]/gu, '');

const paragraphSpans = (text: string): Array<{ start: number; end: number }> => {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const paragraph of text.split('\n\n')) {
    spans.push({ start, end: start + paragraph.length });
    start += paragraph.length + 2;
  }
  return spans;
};

beforeAll(() => {
  const wordList = loadWordList();
  const lexicon = buildLexicon(
    seeds.map((seed) => seed.text),
    wordList.words,
  );
  for (const seed of seeds) results.push({ file: seed.file, original: seed.text, ...cleanDocumentWithReport(seed.text, lexicon) });
  console.log(
    `word list: ${wordList.found.join(', ') || 'none'} (${wordList.words.length} ` +
      `forms)${wordList.missing.length ? `; missing ${wordList.missing.join(', ')}` : ''}`,
  );
  console.table(
    results.map(({ file, report }) => ({
      file,
      hyphenJoins: report.hyphenJoins,
      keptHyphens: report.keptHyphens,
      sharedParts: report.sharedParts,
      footnoteMarkers: report.footnoteMarkers,
      emphasisMarks: report.emphasisMarks,
      pageFurniture: report.pageFurniture,
      listItems: report.listItems,
      paragraphs: report.paragraphs,
    })),
  );
});

describe('cleaner on the five seeds', () => {
  it('maps every cleaned character to a non-decreasing original offset with an end sentinel', () => {
    for (const { original, cleaned } of results) {
      expect(cleaned.offsets.length).toBe(cleaned.text.length + 1);
      const firstDecrease = cleaned.offsets.findIndex((offset, index) => index > 0 && offset < itemAt(cleaned.offsets, index - 1));
      expect(firstDecrease).toBe(-1);
      expect(cleaned.offsets[cleaned.text.length]).toBeLessThanOrEqual(original.length);
    }
  });

  it('maps every letter and digit to the same character in the original', () => {
    for (const { original, cleaned } of results) {
      const mismatches: string[] = [];
      for (let index = 0; index < cleaned.text.length; index += 1) {
        const character = cleaned.text.charAt(index);
        if (/[\p{L}\d]/u.test(character) && original.charAt(itemAt(cleaned.offsets, index)) !== character) mismatches.push(`${index}:${character}`);
      }
      expect(mismatches).toEqual([]);
    }
  });

  it('maps every paragraph back to an original passage with exactly the same letters', () => {
    for (const { file, original, cleaned } of results) {
      const differing = paragraphSpans(cleaned.text).filter(({ start, end }) => {
        const span = toOriginalSpan(cleaned, start, end);
        return letters(original.slice(span.start, span.end)) !== letters(cleaned.text.slice(start, end));
      });
      expect(differing.map(({ start, end }) => `${file}: ${cleaned.text.slice(start, end).slice(0, 60)}`)).toEqual([]);
    }
  });

  it('lays the text out as the chunker expects', () => {
    for (const { cleaned } of results) {
      const { text } = cleaned;
      expect(text).toBe(text.normalize('NFC'));
      expect(text).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]| {2}|^\s|\s$/);
      expect(text).not.toMatch(/[\t\u00a0\u202f\u2009\u00ad\uFFFD\uE000-\uF8FF]/u);
      expect(text).not.toMatch(/^[•▪]/mu);
      for (const paragraph of text.split('\n\n')) {
        expect(paragraph.length).toBeGreaterThan(0);
        const lines = paragraph.split('\n');
        if (lines.length > 1) expect(lines.every((line) => line.startsWith('- '))).toBe(true);
      }
    }
  });

  it('repairs what each file needs repaired', () => {
    const byFile = Object.fromEntries(results.map((result) => [result.file.slice(0, 3), result]));
    expect(byFile['000']?.report.hyphenJoins).toBeGreaterThan(300);
    expect(byFile['000']?.cleaned.text).toContain('ha etablert fullverdig IKT-løsning for felles førstelinjekontorer.');
    expect(byFile['000']?.cleaned.text).toContain(
      'mange steder brukes utstyret minimalt. Undersøkelser gjennomført av Forsknings- og kompetansenettverket for IT i utdanningen (ITU) har vist',
    );
    expect(byFile['001']?.cleaned.text).not.toContain('*');
    expect(byFile['001']?.cleaned.text).not.toMatch(/[¹²³⁴⁾]/u);
    expect(byFile['002']?.cleaned.text).toContain('- Kva er utfordringane og korleis skal vi måle og løfte kompetansen?');
    expect(byFile['003']?.cleaned.text).not.toContain('Side 5');
    expect(byFile['004']?.cleaned.text).toContain('rangerer Norge øverst av 38 OECD-land- på samlet pasientsikkerhet. Samtidig viser perspektivmeldingen');
    expect(byFile['004']?.cleaned.text).toContain('News2, pasientens måledata');
    expect(byFile['004']?.cleaned.text).toContain('Digitalt tilsyn: 4,57 %');
  });
});
