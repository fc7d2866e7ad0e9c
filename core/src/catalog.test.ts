import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalog } from './catalog';
import { SEEDS_DIR } from './clean/seed-fixtures';
import { isKildesvarError } from './errors';

const temporaryDirs: string[] = [];
const seedsCopy = (catalog: unknown, texts: string[]): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kildesvar-catalog-'));
  temporaryDirs.push(dir);
  for (const file of texts) writeFileSync(path.join(dir, file), 'tekst');
  if (catalog !== undefined) writeFileSync(path.join(dir, 'catalog.json'), typeof catalog === 'string' ? catalog : JSON.stringify(catalog));
  return dir;
};
const entry = (file: string) => ({ file, title: 'Tittel', publisher: 'KS', year: 2008, language: 'nb' });

const failure = (run: () => unknown): { code: string; message: string } => {
  try {
    run();
  } catch (error) {
    if (isKildesvarError(error)) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('expected loadCatalog to throw');
};

afterEach(() => {
  for (const dir of temporaryDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadCatalog', () => {
  it('reads the real catalog: one entry per seed, with the years and languages read from the texts', () => {
    const catalog = loadCatalog(SEEDS_DIR);
    expect(catalog.map((item) => item.file)).toEqual([
      '000_c85f62f7152710bc.txt',
      '001_dc38b4b4e9bc1f2f.txt',
      '002_f8aef4c4d8200013.txt',
      '003_1e7ef952f76f461a.txt',
      '004_e63e0717304f0d3d.txt',
    ]);
    const byFile = Object.fromEntries(catalog.map((item) => [item.file.slice(0, 3), item]));
    expect(byFile['000']).toMatchObject({ title: 'IKT i helse og omsorg 2008–2012', publisher: 'KS', year: 2008, years: [2008, 2012] });
    expect(byFile['004']).toMatchObject({ publisher: 'KS', year: 2026 });
    expect(byFile['002']?.language).toBe('nn');
    expect(catalog.filter((item) => item.language === 'nb')).toHaveLength(4);
  });

  it('names the seed text that has no catalog entry', () => {
    const dir = seedsCopy([entry('a.txt')], ['a.txt', 'b.txt']);
    const error = failure(() => loadCatalog(dir));
    expect(error.code).toBe('seeds_invalid');
    expect(error.message).toContain('no catalog entry for b.txt');
  });

  it('names the catalog entry whose text is missing', () => {
    const dir = seedsCopy([entry('a.txt'), entry('gone.txt')], ['a.txt']);
    expect(failure(() => loadCatalog(dir)).message).toContain('without a text');
    expect(failure(() => loadCatalog(dir)).message).toContain('gone.txt');
  });

  it('refuses an entry that breaks the schema and says which field', () => {
    const dir = seedsCopy([{ ...entry('a.txt'), language: 'sv' }], ['a.txt']);
    const error = failure(() => loadCatalog(dir));
    expect(error.code).toBe('seeds_invalid');
    expect(error.message).toMatch(/0\.language/);
  });

  it('refuses a file listed twice', () => {
    const dir = seedsCopy([entry('a.txt'), entry('a.txt')], ['a.txt']);
    expect(failure(() => loadCatalog(dir)).message).toContain('lists a.txt more than once');
  });

  it('refuses a missing or unparsable catalog with a seeds_invalid error', () => {
    expect(failure(() => loadCatalog(seedsCopy(undefined, ['a.txt'])))).toMatchObject({
      code: 'seeds_invalid',
      message: expect.stringContaining('catalog.json is missing'),
    });
    expect(failure(() => loadCatalog(seedsCopy('[{', ['a.txt'])))).toMatchObject({ code: 'seeds_invalid', message: expect.stringContaining('not valid JSON') });
  });

  it('accepts a copy of the real seeds folder unchanged', () => {
    const dir = seedsCopy(undefined, []);
    for (const item of JSON.parse(readFileSync(path.join(SEEDS_DIR, 'catalog.json'), 'utf8')) as Array<{ file: string }>) {
      copyFileSync(path.join(SEEDS_DIR, item.file), path.join(dir, item.file));
    }
    copyFileSync(path.join(SEEDS_DIR, 'catalog.json'), path.join(dir, 'catalog.json'));
    expect(loadCatalog(dir)).toHaveLength(5);
  });
});
