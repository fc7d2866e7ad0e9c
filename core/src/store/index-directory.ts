import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KildesvarError } from '../errors';
import { manifestSchema, type Manifest } from './manifest';
import { rebuildHint } from '../commands';

/**
 * The index folder: written whole into a sibling temporary folder and swapped in by rename, so an
 * interrupted ingest leaves the previous index intact. `manifest.json` is written last.
 */
export const indexFiles = {
  manifest: 'manifest.json',
  chunks: 'chunks.json',
  embedder: 'embedder.json',
  vectors: 'hnsw',
  english: 'english-dictionary.json',
  language: 'language.json',
} as const;

export { rebuildHint } from '../commands';

export const writeIndexAtomically = async (indexDir: string, write: (directory: string) => Promise<Manifest>): Promise<Manifest> => {
  const target = path.resolve(indexDir);
  const temporary = `${target}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(temporary, { recursive: true });
  try {
    const manifest = await write(temporary);
    writeFileSync(path.join(temporary, indexFiles.manifest), `${JSON.stringify(manifestSchema.parse(manifest), null, 2)}\n`);
    const previous = `${target}.old-${process.pid}-${Date.now()}`;
    if (existsSync(target)) renameSync(target, previous);
    renameSync(temporary, target);
    rmSync(previous, { recursive: true, force: true });
    return manifest;
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }
};

/** The manifest of an existing index, or null when there is none. A broken one is an error that says what to run. */
export const readManifest = (indexDir: string): Manifest | null => {
  const file = path.join(indexDir, indexFiles.manifest);
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new KildesvarError('index_corrupt', `The index manifest ${file} is not valid JSON; ${rebuildHint}.`, { cause: error });
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw new KildesvarError('index_mismatch', `The index at ${indexDir} was written by another version of Kildesvar; ${rebuildHint}.`);
  return parsed.data;
};

export const readIndexJson = (indexDir: string, file: string): unknown => {
  const location = path.join(indexDir, file);
  if (!existsSync(location)) throw new KildesvarError('index_missing', `The index at ${indexDir} lacks ${file}; ${rebuildHint}.`);
  return JSON.parse(readFileSync(location, 'utf8'));
};
