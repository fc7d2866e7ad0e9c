import { locateIndexBuild, requiredIndexFiles, verifyIndexBuild, type Manifest } from '@kildesvar/core/store';

/**
 * The manifest of the served build when every file still matches its checksum, else null (with
 * the reason logged), so `npm run ingest` rebuilds a damaged index instead of calling it up to date.
 */
export const intactManifest = (indexDir: string, log: (message: string) => void): Manifest | null => {
  try {
    const location = locateIndexBuild(indexDir);
    return location ? verifyIndexBuild(location.directory, (manifest) => requiredIndexFiles(manifest.embedder.kind)).manifest : null;
  } catch (error) {
    log(`The existing index cannot be used (${error instanceof Error ? error.message : String(error)}); building a new one.`);
    return null;
  }
};
