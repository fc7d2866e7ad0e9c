import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { KildesvarError } from '@kildesvar/core/errors';
import { indexLayout } from '@kildesvar/core/store';

/**
 * One ingest at a time per index folder: `ingest.lock` is created exclusively and holds the
 * owner's PID. A lock whose process is gone (ingest killed) is stale and taken over; a live one
 * is an `index_locked` error saying who holds it.
 */
export interface LockHolder {
  pid: number;
  startedAt: string;
  host: string;
}

export interface IngestLock {
  file: string;
  release(): void;
}

/** Whether a process with this PID exists (EPERM: it exists but belongs to someone else). */
export const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const readHolder = (file: string): LockHolder | null => {
  try {
    const holder = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    return typeof holder.pid === 'number' ? { pid: holder.pid, startedAt: String(holder.startedAt), host: String(holder.host) } : null;
  } catch {
    return null;
  }
};

/** A lock file nobody could have finished writing this long ago without writing a PID is stale too. */
const unreadableGraceMs = 5_000;

export const acquireIngestLock = (indexDir: string, isAlive: (pid: number) => boolean = processAlive): IngestLock => {
  mkdirSync(indexDir, { recursive: true });
  const file = path.join(indexDir, indexLayout.lock);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const descriptor = openSync(file, 'wx');
      const holder: LockHolder = { pid: process.pid, startedAt: new Date().toISOString(), host: hostname() };
      writeSync(descriptor, `${JSON.stringify(holder)}\n`);
      closeSync(descriptor);
      return {
        file,
        release: () => {
          if (readHolder(file)?.pid === process.pid) unlinkSync(file);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(file);
    const stale = holder ? !isAlive(holder.pid) : Date.now() - safeMtime(file) > unreadableGraceMs;
    if (!stale) {
      const who = holder ? `PID ${holder.pid} on ${holder.host}, started ${holder.startedAt}` : 'a process that is just starting';
      throw new KildesvarError(
        'index_locked',
        `Another ingest (${who}) is writing ${indexDir}; wait for it to finish, or delete ${file} if that process is gone.`,
      );
    }
    try {
      unlinkSync(file);
    } catch {
      // Another process removed the stale lock first; try again.
    }
  }
  throw new KildesvarError('index_locked', `Could not take the ingest lock ${file}; another ingest keeps taking it.`);
};

const safeMtime = (file: string): number => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

export const withIngestLock = async <T>(indexDir: string, work: () => Promise<T>): Promise<T> => {
  const lock = acquireIngestLock(indexDir);
  try {
    return await work();
  } finally {
    lock.release();
  }
};
