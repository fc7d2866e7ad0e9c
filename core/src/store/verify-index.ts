import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import { KildesvarError } from '../errors';
import { randomAccessFile, type RandomAccessFile } from '../files/random-access-file';
import { blockChecksums, blockCount, blockVerifier } from './block-checksums';
import { rebuildCommand } from './index-layout';
import { manifestSchema, type FileChecksum, type Manifest } from './manifest';
import { sha256 } from './sha256';

/**
 * Index integrity: ingest records the size and SHA-256 of every file of a build in its manifest;
 * readers take the bytes of a file only through `VerifiedIndex`, which has checked them against
 * the manifest first. Any damage is one `index_corrupt` error naming the file and the command to run.
 */
export const manifestFile = 'manifest.json';

export const damaged = (file: string, problem: string): KildesvarError =>
  new KildesvarError('index_corrupt', `The index file ${file} ${problem}; run \`${rebuildCommand}\` to rebuild the index.`);

/**
 * Size and SHA-256 of every file under `directory` except the manifest, keyed by relative path with
 * '/'; the files in `blockFiles` also get per-block checksums (see `fileBlocksSchema`).
 */
export const checksumFiles = (directory: string, blockFiles: readonly string[] = []): Record<string, FileChecksum> => {
  const files: Record<string, FileChecksum> = {};
  const walk = (relative: string) => {
    for (const entry of readdirSync(path.join(directory, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      else if (entry.isFile() && name !== manifestFile) {
        const bytes = readFileSync(path.join(directory, name));
        files[name] = { bytes: bytes.length, sha256: sha256(bytes), ...(blockFiles.includes(name) ? { blocks: blockChecksums(bytes) } : {}) };
      }
    }
  };
  walk('');
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b)));
};

export interface VerifiedIndex {
  directory: string;
  /** The file's bytes, read once and checked against the manifest. */
  bytes(file: string): Buffer;
  /** The file parsed as JSON; a parse error names the file. */
  json(file: string): unknown;
  /**
   * One of the `onDemand` files, open for reading in parts and not held in memory; the caller owns
   * it. With per-block checksums in the manifest, each block is checked against its SHA-256 when it
   * is first read (a changed block is an `index_corrupt` error at that read, naming the file);
   * without them the whole file was hashed at verification. The build's files are never rewritten,
   * and an open descriptor keeps the verified bytes even if the build is removed later.
   */
  onDemand(file: string): RandomAccessFile;
  /** Closes the on-demand files nobody took (after a load that failed half-way). */
  release(): void;
}

export interface VerifiedBuild extends VerifiedIndex {
  manifest: Manifest;
}

export interface VerifyOptions {
  /**
   * Files read in parts afterwards, not held in memory: checked block by block as they are read
   * when the manifest has their block checksums, else hashed whole through a descriptor now.
   */
  onDemand?: readonly string[];
}

const hashDescriptor = (descriptor: number, size: number): string => {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(Math.min(size, 1 << 20));
  for (let position = 0; position < size; ) {
    const read = readSync(descriptor, buffer, 0, Math.min(buffer.length, size - position), position);
    if (read === 0) break;
    hash.update(buffer.subarray(0, read));
    position += read;
  }
  return hash.digest('hex');
};

const changed = (location: string, where = ''): KildesvarError =>
  damaged(location, `does not match its SHA-256 in manifest.json${where} (changed or damaged on disk)`);

/** Opens an on-demand file: block checksums checked as its blocks are read, or (without them) the whole file hashed now. */
const openVerified = (location: string, expected: FileChecksum): RandomAccessFile => {
  const descriptor = openSync(location, 'r');
  try {
    const size = fstatSync(descriptor).size;
    if (size !== expected.bytes) throw damaged(location, `has ${size} bytes where manifest.json records ${expected.bytes} (truncated or replaced)`);
    const truncated = () => damaged(location, 'is truncated');
    if (!expected.blocks) {
      if (hashDescriptor(descriptor, size) !== expected.sha256) throw changed(location);
      return randomAccessFile(descriptor, { truncated });
    }
    const blocks = expected.blocks;
    if (blocks.sha256.length !== 64 * blockCount(size, blocks.bytes)) throw damaged(location, 'has block checksums in manifest.json for another size');
    const check = blockVerifier(descriptor, size, blocks, (block) =>
      changed(location, ` in bytes ${block * blocks.bytes}–${Math.min(size, (block + 1) * blocks.bytes) - 1}`),
    );
    return randomAccessFile(descriptor, { truncated, check });
  } catch (error) {
    closeSync(descriptor);
    throw error;
  }
};

const parseJson = (location: string, text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw damaged(location, `is not valid JSON (${error instanceof Error ? error.message : String(error)}; truncated or edited?)`);
  }
};

export const readVerifiedManifest = (directory: string): Manifest => {
  const location = path.join(directory, manifestFile);
  let text: string;
  try {
    text = readFileSync(location, 'utf8');
  } catch {
    throw damaged(location, 'is missing (an interrupted build?)');
  }
  const parsed = manifestSchema.safeParse(parseJson(location, text));
  if (!parsed.success)
    throw new KildesvarError(
      'index_mismatch',
      `The index at ${directory} was written by another version of Kildesvar (its manifest lacks file checksums or has other fields); ` +
        `run \`${rebuildCommand}\` to rebuild it.`,
    );
  return parsed.data;
};

/**
 * Checks every file in `files` (size, then SHA-256) in `directory`; nothing is parsed before its
 * bytes matched. Used for a build against its manifest.
 */
export const verifyFiles = (directory: string, files: Readonly<Record<string, FileChecksum>>, options: VerifyOptions = {}): VerifiedIndex => {
  const onDemand = new Set(options.onDemand ?? []);
  const verified = new Map<string, Buffer>();
  const opened = new Map<string, RandomAccessFile>();
  for (const [file, expected] of Object.entries(files)) {
    const location = path.join(directory, file);
    if (file.split('/').some((part) => part === '..' || part === '') || path.isAbsolute(file)) throw damaged(location, 'has a path outside the build folder');
    let size: number;
    try {
      size = statSync(location).size;
    } catch {
      throw damaged(location, 'is missing');
    }
    if (size !== expected.bytes) throw damaged(location, `has ${size} bytes where manifest.json records ${expected.bytes} (truncated or replaced)`);
    if (onDemand.has(file)) {
      opened.set(file, openVerified(location, expected));
      continue;
    }
    const bytes = readFileSync(location);
    if (bytes.length !== expected.bytes || sha256(bytes) !== expected.sha256)
      throw damaged(location, 'does not match its SHA-256 in manifest.json (changed or damaged on disk)');
    verified.set(file, bytes);
  }
  const bytes = (file: string): Buffer => {
    const found = verified.get(file);
    if (!found) throw damaged(path.join(directory, file), 'is not listed in manifest.json');
    return found;
  };
  const take = (file: string): RandomAccessFile => {
    const found = opened.get(file);
    if (found === undefined) throw damaged(path.join(directory, file), 'is not listed in manifest.json');
    opened.delete(file);
    return found;
  };
  const release = (): void => {
    for (const open of opened.values()) open.close();
    opened.clear();
  };
  return { directory, bytes, json: (file) => parseJson(path.join(directory, file), bytes(file).toString('utf8')), onDemand: take, release };
};

/**
 * Reads the manifest and every file it lists, checking sizes and hashes; `required` files must be
 * listed. Nothing is parsed before its bytes matched.
 */
export const verifyIndexBuild = (
  directory: string,
  required: readonly string[] | ((manifest: Manifest) => readonly string[]),
  options: VerifyOptions = {},
): VerifiedBuild => {
  const manifest = readVerifiedManifest(directory);
  for (const file of typeof required === 'function' ? required(manifest) : required)
    if (!(file in manifest.files)) throw damaged(path.join(directory, file), 'is not listed in manifest.json');
  return { ...verifyFiles(directory, manifest.files, options), manifest };
};
