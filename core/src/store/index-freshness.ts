/**
 * Whether an index still matches the seeds, this version's settings and the configured embedder,
 * decided in this one place: ingest skips a build when it does, and the loader refuses an index
 * that does not, for the same reasons.
 *
 * @module
 */
import { ingestHint, rebuildHint } from '../commands';
import { KildesvarError } from '../errors';
import { settingsHash, settingsRecord } from './index-settings';
import type { BuildManifest } from './manifest';
import type { SeedSet } from './seed-set';

/** What freshness needs of a seed set: the catalog's hash and each seed's file and hash, in catalog order. */
export interface SeedFingerprint {
  catalogSha256: SeedSet['catalogSha256'];
  entries: ReadonlyArray<{ entry: { file: string }; sha256: string }>;
}

export type IndexStaleness =
  | { kind: 'seed_missing'; file: string }
  | { kind: 'seed_changed'; file: string }
  | { kind: 'catalog_changed' }
  | { kind: 'settings_changed' }
  | { kind: 'embedder_changed'; built: string; configured: 'corpus' | 'e5' };

/** Why the index described by `manifest` is out of date, or null when it matches (checked in this order). */
export const indexStaleness = (manifest: BuildManifest, seeds: SeedFingerprint, configured: 'corpus' | 'e5'): IndexStaleness | null => {
  const current = new Map(seeds.entries.map((seed) => [seed.entry.file, seed.sha256]));
  for (const seed of manifest.seeds) {
    const hash = current.get(seed.file);
    if (hash === undefined) return { kind: 'seed_missing', file: seed.file };
    if (hash !== seed.sha256) return { kind: 'seed_changed', file: seed.file };
  }
  const sameList = manifest.seeds.length === seeds.entries.length && manifest.seeds.every((seed, index) => seed.file === seeds.entries[index]?.entry.file);
  if (!sameList || manifest.catalogSha256 !== seeds.catalogSha256) return { kind: 'catalog_changed' };
  if (manifest.settingsHash !== settingsHash(settingsRecord(manifest.embedder.id))) return { kind: 'settings_changed' };
  if (manifest.embedder.kind !== configured)
    return { kind: 'embedder_changed', built: `${manifest.embedder.kind} embedder (${manifest.embedder.id})`, configured };
  return null;
};

/** The reason in words, starting lower-case (ingest prints it as why it builds; the loader's refusal starts with it). */
export const describeStaleness = (staleness: IndexStaleness, seedsDir: string): string => {
  switch (staleness.kind) {
    case 'seed_missing':
      return `the index lists ${staleness.file}, which is not in ${seedsDir}`;
    case 'seed_changed':
      return `${staleness.file} changed since the index was built`;
    case 'catalog_changed':
      return `the catalog in ${seedsDir} changed since the index was built (seeds added, removed or described anew)`;
    case 'settings_changed':
      return 'the index was built with other cleaning, chunking or embedding settings than this version of Kildesvar uses';
    case 'embedder_changed':
      return `the index was built with the ${staleness.built} but ${staleness.configured} is configured`;
  }
};

/** The loader's refusal, `index_mismatch`: the reason and what to run (a plain ingest where it will do, else a forced one). */
export const staleIndexError = (staleness: IndexStaleness, seedsDir: string): KildesvarError => {
  const reason = describeStaleness(staleness, seedsDir);
  const hint = staleness.kind === 'seed_missing' || staleness.kind === 'embedder_changed' ? rebuildHint : ingestHint('rebuild');
  return new KildesvarError('index_mismatch', `${reason.charAt(0).toUpperCase()}${reason.slice(1)}; ${hint}.`);
};
