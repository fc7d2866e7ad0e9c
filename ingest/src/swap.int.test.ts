import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { locateIndexBuild, verifyIndexBuild } from '@kildesvar/core';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../test/paths';
import { acquireIngestLock } from './lock';
import { swapSteps, type SwapStep } from './swap';

/** The versioned swap and the lock, with real processes killed with SIGKILL at each step. */
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const workspace = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'kildesvar-swap-'));
  folders.push(folder);
  return path.join(folder, 'index');
};

const child = (indexDir: string, label: string, killAfter = '', holdMs = 0): Promise<{ code: number | null; signal: string | null; output: string }> =>
  new Promise((resolve) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', path.join('ingest', 'src', 'swap-child.ts'), indexDir, label, killAfter, String(holdMs)], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    process_.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    process_.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    process_.on('exit', (code, signal) => resolve({ code, signal, output }));
  });

/** The label of the build a reader finds, after checking every file against the manifest. */
const served = (indexDir: string): string => {
  const location = locateIndexBuild(indexDir);
  if (!location) return 'none';
  return (JSON.parse(verifyIndexBuild(location.directory, ['chunks.json']).bytes('chunks.json').toString('utf8')) as string[])[0] ?? 'empty';
};

describe('the versioned index swap', () => {
  it.each(swapSteps.map((step) => [step]))(
    'leaves a complete, verified build when ingest is killed after «%s», and the next ingest cleans up',
    async (step: SwapStep) => {
      const indexDir = workspace();
      expect((await child(indexDir, 'old')).code).toBe(0);
      const killed = await child(indexDir, 'new', step);
      expect(killed.signal).toBe('SIGKILL');
      const switched = swapSteps.indexOf(step) >= swapSteps.indexOf('pointer-switched');
      expect(served(indexDir)).toBe(switched ? 'new' : 'old');
      expect(existsSync(path.join(indexDir, 'ingest.lock'))).toBe(true);

      const next = await child(indexDir, 'next');
      expect(next.code, next.output).toBe(0);
      expect(served(indexDir)).toBe('next');
      expect(readdirSync(path.join(indexDir, 'builds'))).toHaveLength(2);
      expect(readdirSync(indexDir).sort()).toEqual(['builds', 'current']);
    },
    60_000,
  );

  it('keeps the previous build for rollback and removes older ones', async () => {
    const indexDir = workspace();
    for (const label of ['one', 'two', 'three']) expect((await child(indexDir, label)).code).toBe(0);
    const builds = readdirSync(path.join(indexDir, 'builds')).sort();
    expect(builds).toHaveLength(2);
    expect(builds.map((name) => JSON.parse(readFileSync(path.join(indexDir, 'builds', name, 'chunks.json'), 'utf8'))[0])).toEqual(['two', 'three']);
  }, 60_000);

  it('removes the .index.tmp-*/.index.old-* folders and flat files the old swap left behind', async () => {
    const indexDir = workspace();
    const parent = path.dirname(indexDir);
    mkdirSync(path.join(parent, 'index.tmp-999999-1'), { recursive: true });
    mkdirSync(path.join(parent, 'index.old-999999-1'), { recursive: true });
    mkdirSync(path.join(indexDir, 'hnsw'), { recursive: true });
    writeFileSync(path.join(indexDir, 'manifest.json'), '{}');
    writeFileSync(path.join(indexDir, 'chunks.json'), '[]');
    expect((await child(indexDir, 'fresh')).code).toBe(0);
    expect(readdirSync(parent)).toEqual(['index']);
    expect(readdirSync(indexDir).sort()).toEqual(['builds', 'current']);
  }, 60_000);
});

describe('the ingest lock', () => {
  it('lets one of two concurrent ingests write and tells the other who holds the lock', async () => {
    const indexDir = workspace();
    // The first holds the lock until the second has finished (not for a fixed time: on a loaded machine starting a
    // process can take longer than any fixed hold, and the second would then find the lock free).
    const firstDone = child(indexDir, 'a', '', 50_000);
    const lockFile = path.join(indexDir, 'ingest.lock');
    while (!existsSync(lockFile)) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await child(indexDir, 'b', '', 0);
    writeFileSync(`${indexDir}.release`, '');
    const first = await firstDone;
    expect(first.code, first.output).toBe(0);
    expect(second.code).toBe(1);
    expect(second.output).toMatch(
      /Another ingest \(PID \d+ on .*, started .*\) is writing .*index; wait for it to finish, or delete .*ingest\.lock if that process is gone\./,
    );
    expect(served(indexDir)).toBe('a');
    expect(readdirSync(path.join(indexDir, 'builds'))).toHaveLength(1);
    expect(existsSync(path.join(indexDir, 'ingest.lock'))).toBe(false);
  }, 60_000);

  it('takes over a lock whose process is gone', async () => {
    const indexDir = workspace();
    mkdirSync(indexDir, { recursive: true });
    const gone = await child(indexDir, 'x', 'files-written');
    expect(gone.signal).toBe('SIGKILL');
    const lock = acquireIngestLock(indexDir);
    expect(JSON.parse(readFileSync(lock.file, 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  }, 60_000);

  it('refuses while a live process holds the lock', () => {
    const indexDir = workspace();
    const held = acquireIngestLock(indexDir);
    try {
      expect(() => acquireIngestLock(indexDir)).toThrowError(
        expect.objectContaining({ code: 'index_locked', message: expect.stringContaining(`PID ${process.pid}`) }),
      );
    } finally {
      held.release();
    }
  });
});
