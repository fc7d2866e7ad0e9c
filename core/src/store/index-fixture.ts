import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { KildesvarError } from '../errors';
import { onDemandIndexFiles } from './index-directory';
import { buildsPath, locateIndexBuild, pointerPath } from './index-layout';
import { checksumFiles, manifestFile } from './verify-index';

/**
 * Test helper: copies the served build of `sourceIndexDir` into a fresh index folder under the
 * system temp directory, as build `name`, and points `current` at it.
 */
export const copyIndex = (
  sourceIndexDir: string,
  name = 'copy-1',
  target = mkdtempSync(path.join(tmpdir(), 'kildesvar-index-')),
): { indexDir: string; build: string } => {
  const source = locateIndexBuild(sourceIndexDir);
  if (!source) throw new KildesvarError('index_missing', `No index at ${sourceIndexDir}`);
  const build = path.join(buildsPath(target), name);
  mkdirSync(buildsPath(target), { recursive: true });
  cpSync(source.directory, build, { recursive: true });
  writeFileSync(pointerPath(target), `${name}\n`);
  return { indexDir: target, build };
};

/** Rewrites the manifest's checksums to match the files as they are now (a build whose files and manifest agree but whose contents are wrong). */
export const resign = (build: string): void => {
  const location = path.join(build, manifestFile);
  const manifest = JSON.parse(readFileSync(location, 'utf8')) as Record<string, unknown>;
  writeFileSync(location, JSON.stringify({ ...manifest, files: checksumFiles(build, onDemandIndexFiles) }, null, 2));
};
