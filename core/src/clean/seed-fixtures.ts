import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The five seed texts, for tests that check the cleaner on the real corpus. */
export const SEEDS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds');

export const readSeedTexts = (): Array<{ file: string; text: string }> =>
  readdirSync(SEEDS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(SEEDS_DIR, file), 'utf8') }));
