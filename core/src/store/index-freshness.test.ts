import { describe, expect, it } from 'vitest';
import { describeStaleness, indexStaleness, staleIndexError, type SeedFingerprint } from './index-freshness';
import { settingsHash, settingsRecord } from './index-settings';
import { INDEX_FORMAT_VERSION, type BuildManifest } from './manifest';

const embedderId = 'corpus-lsa-v1';
const record = settingsRecord(embedderId);
const seed = (file: string, sha256: string) => ({ entry: { file }, sha256 });
const seeds: SeedFingerprint = { catalogSha256: 'c'.repeat(64), entries: [seed('000_a.txt', 'a'.repeat(64)), seed('001_b.txt', 'b'.repeat(64))] };
const manifest: BuildManifest = {
  formatVersion: INDEX_FORMAT_VERSION,
  builtAt: '2026-11-30T00:00:00.000Z',
  embedder: { id: embedderId, kind: 'corpus', dimensions: 128 },
  settingsHash: settingsHash(record),
  settings: record,
  seeds: seeds.entries.map((entry) => ({ file: entry.entry.file, sha256: entry.sha256, chars: 10 })),
  catalogSha256: seeds.catalogSha256,
  counts: { documents: 2, chunks: 4, sentences: 8, foldedSentences: 0, foldedChars: 0, originalChars: 20, cleanedChars: 20 },
  englishDictionary: { entries: 0, source: 'none' },
  stageSeconds: {},
};

describe('index freshness', () => {
  it('finds an index built from these seeds, settings and embedder up to date', () => {
    expect(indexStaleness(manifest, seeds, 'corpus')).toBeNull();
  });

  it('names a seed whose text changed, and one that is gone', () => {
    const changed = { ...seeds, entries: [seed('000_a.txt', 'a'.repeat(64)), seed('001_b.txt', 'd'.repeat(64))] };
    expect(indexStaleness(manifest, changed, 'corpus')).toEqual({ kind: 'seed_changed', file: '001_b.txt' });
    const gone = { ...seeds, entries: seeds.entries.slice(0, 1) };
    expect(indexStaleness(manifest, gone, 'corpus')).toEqual({ kind: 'seed_missing', file: '001_b.txt' });
  });

  it('sees a seed added, the seeds reordered or the catalog edited although every indexed seed is unchanged', () => {
    const added = { ...seeds, entries: [...seeds.entries, seed('002_c.txt', 'e'.repeat(64))] };
    expect(indexStaleness(manifest, added, 'corpus')).toEqual({ kind: 'catalog_changed' });
    expect(indexStaleness(manifest, { ...seeds, entries: [...seeds.entries].reverse() }, 'corpus')).toEqual({ kind: 'catalog_changed' });
    expect(indexStaleness(manifest, { ...seeds, catalogSha256: 'f'.repeat(64) }, 'corpus')).toEqual({ kind: 'catalog_changed' });
  });

  it('sees other settings and another configured embedder', () => {
    expect(indexStaleness({ ...manifest, settingsHash: 'other' }, seeds, 'corpus')).toEqual({ kind: 'settings_changed' });
    expect(indexStaleness(manifest, seeds, 'e5')).toEqual({ kind: 'embedder_changed', built: `corpus embedder (${embedderId})`, configured: 'e5' });
  });

  it('refuses with index_mismatch, the reason and the command to run', () => {
    expect(staleIndexError({ kind: 'seed_changed', file: '001_b.txt' }, 'seeds')).toMatchObject({
      code: 'index_mismatch',
      message: '001_b.txt changed since the index was built; run `npm run ingest` to rebuild it.',
    });
    expect(staleIndexError({ kind: 'embedder_changed', built: 'corpus embedder (x)', configured: 'e5' }, 'seeds').message).toBe(
      'The index was built with the corpus embedder (x) but e5 is configured; run `npm run ingest -- --force` to rebuild it.',
    );
    expect(staleIndexError({ kind: 'seed_missing', file: '001_b.txt' }, 'seeds').message).toMatch(
      /^The index lists 001_b.txt, which is not in seeds; .*--force/,
    );
    expect(describeStaleness({ kind: 'catalog_changed' }, 'seeds')).toMatch(/catalog in seeds changed/);
  });
});
