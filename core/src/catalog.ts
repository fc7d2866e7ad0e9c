import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { KildesvarError } from './errors';
import { catalogSchema, type CatalogEntry } from './schemas';
import { describeIssues } from './describe-issues';

/**
 * Reads `catalog.json` from the seeds folder: metadata (title, publisher, year, language) for
 * every seed text. Refuses a catalog that does not match the folder — a .txt without an entry,
 * an entry without its .txt, a file listed twice — with a message that names the files.
 */
export const CATALOG_FILE = 'catalog.json';

const readJson = (catalogPath: string): unknown => {
  if (!existsSync(catalogPath)) {
    throw new KildesvarError('seeds_invalid', `${catalogPath} is missing: every seed text needs an entry there (file, title, publisher, year, language)`);
  }
  try {
    return JSON.parse(readFileSync(catalogPath, 'utf8'));
  } catch (error) {
    throw new KildesvarError('seeds_invalid', `${catalogPath} is not valid JSON: ${(error as Error).message}`, { cause: error });
  }
};

export const loadCatalog = (seedsDir: string): CatalogEntry[] => {
  const catalogPath = path.join(seedsDir, CATALOG_FILE);
  const parsed = catalogSchema.safeParse(readJson(catalogPath));
  if (!parsed.success) {
    const problems = describeIssues(parsed.error.issues, '(root)');
    throw new KildesvarError('seeds_invalid', `${catalogPath} does not match the catalog schema: ${problems}`);
  }
  const entries = parsed.data;
  const listed = entries.map((entry) => entry.file);
  const duplicates = [...new Set(listed.filter((file, index) => listed.indexOf(file) !== index))];
  if (duplicates.length > 0) throw new KildesvarError('seeds_invalid', `${catalogPath} lists ${duplicates.join(', ')} more than once`);

  const texts = readdirSync(seedsDir).filter((file) => file.endsWith('.txt'));
  const withoutEntry = texts.filter((file) => !listed.includes(file));
  const withoutText = listed.filter((file) => !texts.includes(file));
  if (withoutEntry.length > 0 || withoutText.length > 0) {
    const parts = [
      withoutEntry.length > 0 ? `no catalog entry for ${withoutEntry.join(', ')}` : '',
      withoutText.length > 0 ? `catalog entries without a text in ${seedsDir}: ${withoutText.join(', ')}` : '',
    ].filter(Boolean);
    throw new KildesvarError('seeds_invalid', `${catalogPath} does not match the seed texts: ${parts.join('; ')}`);
  }
  return [...entries].sort((left, right) => left.file.localeCompare(right.file));
};

/** The first and last year a document covers (its `year` and any `years`), for year filters. */
export const documentYears = (entry: Pick<CatalogEntry, 'year' | 'years'>): [number, number] => [
  Math.min(entry.year, ...(entry.years ?? [])),
  Math.max(entry.year, ...(entry.years ?? [])),
];
