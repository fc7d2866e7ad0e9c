import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { KildesvarError } from '../errors';

/**
 * The index folder (`INDEX_DIR`, default `.index/`) on disk:
 *
 *   current            one line: the name of the build being served; replaced by a single rename
 *   builds/<name>/     one complete, checksummed build each (manifest.json written last)
 *   builds/.tmp-*      a build being written (never read; removed by the next ingest)
 *   ingest.lock        held by a running ingest ({ pid, startedAt })
 *
 * A folder that holds `manifest.json` itself is read as one build (the layout before versioned builds).
 */
export const indexLayout = {
  pointer: 'current',
  builds: 'builds',
  lock: 'ingest.lock',
  temporaryPrefix: '.tmp-',
} as const;

export const rebuildCommand = 'npm run ingest -- --force';

export interface IndexBuildLocation {
  /** The build's folder. */
  directory: string;
  /** Its name under builds/, or `legacy` for a flat folder. */
  build: string;
}

const buildName = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const pointerPath = (indexDir: string): string => path.join(indexDir, indexLayout.pointer);
export const buildsPath = (indexDir: string): string => path.join(indexDir, indexLayout.builds);

/** The build the pointer names, or null when there is no pointer. A pointer naming nothing valid is an error saying what to run. */
export const readPointer = (indexDir: string): string | null => {
  const file = pointerPath(indexDir);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const name = text.trim();
  if (!buildName.test(name))
    throw new KildesvarError(
      'index_corrupt',
      `The index pointer ${file} does not name a build («${name.slice(0, 40)}»); run \`${rebuildCommand}\` to rebuild it.`,
    );
  return name;
};

/** Where the served build is: via the pointer, else a flat legacy folder, else null (no index yet). */
export const locateIndexBuild = (indexDir: string): IndexBuildLocation | null => {
  const name = readPointer(indexDir);
  if (name !== null) {
    const directory = path.join(buildsPath(indexDir), name);
    if (!existsSync(directory))
      throw new KildesvarError(
        'index_corrupt',
        `The index pointer ${pointerPath(indexDir)} names ${directory}, which does not exist; run \`${rebuildCommand}\` to rebuild it.`,
      );
    return { directory, build: name };
  }
  if (existsSync(path.join(indexDir, 'manifest.json'))) return { directory: indexDir, build: 'legacy' };
  return null;
};
