import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadWordList, parseWordList } from './word-list';

const dir = mkdtempSync(path.join(tmpdir(), 'kildesvar-words-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadWordList', () => {
  it('reads an ISO-8859-1 list as wnorwegian ships it', () => {
    const file = path.join(dir, 'bokmaal');
    writeFileSync(file, Buffer.from('løsning\nkommuneøkonomien\nA-aksje\n', 'latin1'));
    const loaded = loadWordList([file]);
    expect(loaded.words).toEqual(['løsning', 'kommuneøkonomien', 'A-aksje']);
    expect(loaded.found).toEqual([file]);
  });

  it('reports missing files instead of failing', () => {
    const missing = path.join(dir, 'finnes-ikke');
    const loaded = loadWordList([missing]);
    expect(loaded).toEqual({ words: [], found: [], missing: [missing] });
  });

  it('reads hunspell dictionaries: skips the count line and the affix flags', () => {
    expect(parseWordList('3\nhelsenett/AB\nutvikle/C\nsamhandling\n')).toEqual(['helsenett', 'utvikle', 'samhandling']);
  });
});
