import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the bench finds the repository, its seeds and the shared fixtures, whatever the working directory. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const resultsDir = path.join(repoRoot, 'bench', 'results');
/** The random-weight BERT the transformers.js tests use: `<root>/shared` next to `<root>/main`. */
export const transformersFixtureDir = path.resolve(repoRoot, '../shared/models/_test-fixtures/random-bert-tiny');
