import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog, sha256, type CatalogEntry } from '@kildesvar/core';

/** The seed texts as given, with the catalog and the hashes the manifest records. */
export interface SeedSet {
  entries: Array<{ entry: CatalogEntry; original: string; sha256: string }>;
  catalogSha256: string;
}

export const readSeeds = (seedsDir: string): SeedSet => {
  const catalog = loadCatalog(seedsDir);
  const entries = catalog.map((entry) => {
    const bytes = readFileSync(path.join(seedsDir, entry.file));
    return { entry, original: bytes.toString('utf8'), sha256: sha256(bytes) };
  });
  return { entries, catalogSha256: sha256(readFileSync(path.join(seedsDir, 'catalog.json'))) };
};
