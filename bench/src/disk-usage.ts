import { type Dirent, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Total size in bytes of the files under `directory` (0 when it does not exist). */
export const directoryBytes = (directory: string): number => {
  let total = 0;
  let entries: Dirent[];
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const location = path.join(directory, entry.name);
    total += entry.isDirectory() ? directoryBytes(location) : statSync(location).size;
  }
  return total;
};
