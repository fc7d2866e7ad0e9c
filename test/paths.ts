import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the tests find the repository, its seeds, the shared index and ../shared. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const seedsDir = path.join(repoRoot, 'seeds');
export const indexDir = path.join(repoRoot, '.index');
export const sharedDir = path.resolve(repoRoot, '../shared');
