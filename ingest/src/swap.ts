import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildsPath,
  checksumFiles,
  indexFiles,
  indexLayout,
  manifestFile,
  manifestSchema,
  onDemandIndexFiles,
  pointerPath,
  readPointer,
  retrievalFiles,
  type BuildManifest,
  type Manifest,
} from '@kildesvar/core/store';
import { processAlive } from './lock';

/**
 * Writes a build into its own folder and switches the `current` pointer to it with one rename,
 * so a reader always finds a complete, checksummed build: the previous one until the rename,
 * the new one after. Afterwards old builds and leftovers are removed, keeping the previous build
 * for rollback. Call it holding the ingest lock.
 */
export const swapSteps = ['files-written', 'manifest-written', 'build-renamed', 'pointer-written', 'pointer-switched'] as const;
export type SwapStep = (typeof swapSteps)[number];

export interface SwapOptions {
  /** Test hook: called after each step (a test may kill the process there). */
  afterStep?: (step: SwapStep) => void;
  now?: () => Date;
}

export interface SwapResult {
  manifest: Manifest;
  build: string;
  previous: string | null;
}

const fsyncPath = (location: string): void => {
  const descriptor = openSync(location, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
};

const fsyncTree = (directory: string): void => {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const location = path.join(directory, entry.name);
    if (entry.isDirectory()) fsyncTree(location);
    else fsyncPath(location);
  }
  fsyncPath(directory);
};

/** Build names sort by time: 2026-11-30T08-54-00-123Z-<pid>. */
export const buildName = (now: Date, pid: number = process.pid): string => `${now.toISOString().replace(/[:.]/g, '-')}-${pid}`;

export const writeIndexAtomically = async (
  indexDir: string,
  write: (directory: string) => Promise<BuildManifest>,
  options: SwapOptions = {},
): Promise<SwapResult> => {
  const step = options.afterStep ?? (() => {});
  const builds = buildsPath(indexDir);
  mkdirSync(builds, { recursive: true });
  const build = buildName((options.now ?? (() => new Date()))());
  const temporary = path.join(builds, `${indexLayout.temporaryPrefix}${process.pid}-${build}`);
  const pointerTemporary = `${pointerPath(indexDir)}${indexLayout.temporaryPrefix}${process.pid}`;
  mkdirSync(temporary);
  try {
    const written = await write(temporary);
    step('files-written');
    const manifest = manifestSchema.parse({ ...written, files: checksumFiles(temporary, onDemandIndexFiles) });
    writeFileSync(path.join(temporary, manifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
    fsyncTree(temporary);
    step('manifest-written');
    renameSync(temporary, path.join(builds, build));
    fsyncPath(builds);
    step('build-renamed');
    writeFileSync(pointerTemporary, `${build}\n`);
    fsyncPath(pointerTemporary);
    step('pointer-written');
    const previous = safePointer(indexDir);
    renameSync(pointerTemporary, pointerPath(indexDir));
    fsyncPath(indexDir);
    step('pointer-switched');
    removeLeftovers(indexDir, [build, previous]);
    return { manifest, build, previous };
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    rmSync(pointerTemporary, { force: true });
    throw error;
  }
};

const safePointer = (indexDir: string): string | null => {
  try {
    return readPointer(indexDir);
  } catch {
    return null;
  }
};

/** Files of the flat layout used before versioned builds (which kept the chunks in chunks.json). */
const legacyEntries: string[] = [...Object.values(indexFiles), ...Object.values(retrievalFiles), 'chunks.json'];

/** The PID a temporary name was written by (`.tmp-<pid>-…`, `current.tmp-<pid>`), if any. */
const writerPid = (name: string): number | null => {
  const match = /\.tmp-(\d+)/.exec(name);
  return match ? Number(match[1]) : null;
};

/**
 * Removes every build but `keep`, temporary builds and pointers of processes that are gone, the
 * flat files of the old layout, and the `.index.tmp-*`/`.index.old-*` siblings the old swap left.
 */
export const removeLeftovers = (indexDir: string, keep: ReadonlyArray<string | null>): string[] => {
  const removed: string[] = [];
  const remove = (location: string) => {
    rmSync(location, { recursive: true, force: true });
    removed.push(location);
  };
  const abandoned = (name: string) => {
    const pid = writerPid(name);
    return pid === null || (pid !== process.pid && !processAlive(pid));
  };
  const builds = buildsPath(indexDir);
  if (existsSync(builds)) {
    for (const name of readdirSync(builds)) {
      if (name.startsWith(indexLayout.temporaryPrefix) ? abandoned(name) : !keep.includes(name)) remove(path.join(builds, name));
    }
  }
  for (const name of readdirSync(indexDir)) {
    if (name.startsWith(`${indexLayout.pointer}${indexLayout.temporaryPrefix}`) && abandoned(name)) remove(path.join(indexDir, name));
    if (legacyEntries.includes(name) && existsSync(pointerPath(indexDir))) remove(path.join(indexDir, name));
  }
  const resolved = path.resolve(indexDir);
  const parent = path.dirname(resolved);
  const base = path.basename(resolved);
  for (const name of readdirSync(parent)) {
    if (name.startsWith(`${base}.tmp-`) || name.startsWith(`${base}.old-`)) {
      if (abandoned(name.slice(base.length))) remove(path.join(parent, name));
    }
  }
  return removed;
};
