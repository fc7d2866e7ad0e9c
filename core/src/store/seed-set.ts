import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CATALOG_FILE, loadCatalog } from '../catalog';
import type { CatalogEntry } from '../schemas';
import { sha256 } from './sha256';

/** The seed texts as given, in catalog order, with the hashes the manifest records. */
export interface SeedSet {
  entries: Array<{ entry: CatalogEntry; original: string; sha256: string }>;
  catalogSha256: string;
}

/** Reads the catalog (refusing one that does not match the folder) and every seed text it lists, once: ingest builds from it, the loader checks the index against it. */
export const readSeeds = (seedsDir: string): SeedSet => {
  const catalog = loadCatalog(seedsDir);
  const entries = catalog.map((entry) => {
    const bytes = readFileSync(path.join(seedsDir, entry.file));
    return { entry, original: bytes.toString('utf8'), sha256: sha256(bytes) };
  });
  return { entries, catalogSha256: sha256(readFileSync(path.join(seedsDir, CATALOG_FILE))) };
};
