import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkManifest, indexFiles, loadAssistant, locateIndexBuild, readManifest, readSeeds } from '@kildesvar/core';
import { repoRoot, seedsDir } from '../../test/paths';
import { runIngest, type IngestOptions } from './pipeline';
import { acquireIngestLock } from './lock';
import { writeIndexAtomically } from './swap';

/** The index on disk: built once, skipped when unchanged, refused when it does not match, swapped atomically. */
const workspace = mkdtempSync(path.join(tmpdir(), 'kildesvar-ingest-'));
const indexDir = path.join(workspace, 'index');
const options: IngestOptions = { seedsDir, indexDir, force: false, embedder: 'corpus', modelsDir: path.join(repoRoot, 'models'), allowRemoteModels: false };

/** The folder of the build the index's pointer names. */
const servedBuild = (): string => {
  const location = locateIndexBuild(indexDir);
  if (!location) throw new Error(`no index at ${indexDir}`);
  return location.directory;
};

beforeAll(async () => {
  await runIngest(options);
}, 300_000);
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

const builtManifest = () => {
  const manifest = readManifest(indexDir);
  if (manifest === null) throw new Error(`no manifest in ${indexDir}`);
  return manifest;
};

describe('runIngest', () => {
  it('writes a self-describing index: manifest with embedder, settings, seed hashes and counts', () => {
    const manifest = builtManifest();
    expect(manifest.embedder).toMatchObject({ kind: 'corpus', id: 'corpus-lsa-v1' });
    expect(manifest.seeds.map((seed) => seed.file)).toEqual(
      readdirSync(seedsDir)
        .filter((file) => file.endsWith('.txt'))
        .sort(),
    );
    expect(manifest.seeds.every((seed) => /^[0-9a-f]{64}$/.test(seed.sha256))).toBe(true);
    expect(manifest.counts.chunks).toBeGreaterThan(100);
    expect(manifest.settings).toHaveProperty('chunker');
    const build = servedBuild();
    for (const file of Object.values(indexFiles)) expect(existsSync(path.join(build, file))).toBe(true);
    expect(Object.keys(manifest.files)).toEqual([
      'analysed-chunks.bin',
      'chunks.bin',
      'embedder.json',
      'english-dictionary.json',
      'hnsw/args.json',
      'hnsw/docstore.json',
      'hnsw/hnswlib.index',
      'language.json',
      'lexical-chunks.bin',
      'lexical-sentences.bin',
      'term-weights.json',
    ]);
  });

  it('does no work when nothing changed, and rebuilds with force', async () => {
    const before = builtManifest();
    const again = await runIngest(options);
    expect(again.skipped).toBe(true);
    expect(builtManifest().builtAt).toBe(before.builtAt);
    const forced = await runIngest({ ...options, force: true });
    expect(forced.skipped).toBe(false);
    expect(builtManifest().builtAt).not.toBe(before.builtAt);
    expect(builtManifest().counts).toEqual(before.counts);
  }, 300_000);

  it('refuses an index built with another embedder, naming the command to run', () => {
    const manifest = builtManifest();
    expect(() => checkManifest(manifest, readSeeds(seedsDir), seedsDir, 'e5')).toThrowError(/npm run ingest -- --force/);
  });

  it('refuses an index whose seeds changed since it was built', async () => {
    const changedSeeds = path.join(workspace, 'seeds');
    rmSync(changedSeeds, { recursive: true, force: true });
    const { cpSync } = await import('node:fs');
    cpSync(seedsDir, changedSeeds, { recursive: true });
    writeFileSync(
      path.join(changedSeeds, '002_f8aef4c4d8200013.txt'),
      `${readFileSync(path.join(seedsDir, '002_f8aef4c4d8200013.txt'), 'utf8')}\nEn ny linje.`,
    );
    await expect(loadAssistant({ ...options, seedsDir: changedSeeds })).rejects.toMatchObject({
      code: 'index_mismatch',
      message: expect.stringMatching(/npm run ingest/),
    });
  });

  it('leaves the previous index intact when a rebuild fails halfway', async () => {
    const before = readFileSync(path.join(servedBuild(), indexFiles.manifest), 'utf8');
    await expect(
      writeIndexAtomically(indexDir, async (directory) => {
        writeFileSync(path.join(directory, indexFiles.chunks), '[]');
        throw new Error('interrupted');
      }),
    ).rejects.toThrow('interrupted');
    expect(readFileSync(path.join(servedBuild(), indexFiles.manifest), 'utf8')).toBe(before);
    expect(readdirSync(path.join(indexDir, 'builds')).filter((name) => name.includes('.tmp-'))).toEqual([]);
    const assistant = await loadAssistant(options);
    expect(assistant.health().chunks).toBe(JSON.parse(before).counts.chunks);
  });

  it('refuses to start while another ingest holds the lock on the same index', async () => {
    const held = acquireIngestLock(indexDir);
    try {
      await expect(runIngest({ ...options, force: true })).rejects.toMatchObject({ code: 'index_locked' });
    } finally {
      held.release();
    }
  });
});
