import {
  ANALYZER_VERSION,
  CHUNKER_VERSION,
  CLEANER_VERSION,
  corpusEmbedderVersion,
  defaultChunkerSettings,
  defaultDedupSettings,
  INDEX_FORMAT_VERSION,
} from '@kildesvar/core';
import { sha256 } from './seeds';
import type { PrepareSettings } from './prepare-corpus';

/** Everything that shapes the index; its hash in the manifest tells when a rebuild is due. */
export const ingestSettings: PrepareSettings = { chunker: defaultChunkerSettings, dedup: defaultDedupSettings };

export const settingsRecord = (embedderId: string): Record<string, unknown> => ({
  formatVersion: INDEX_FORMAT_VERSION,
  cleaner: CLEANER_VERSION,
  analyzer: ANALYZER_VERSION,
  chunker: { version: CHUNKER_VERSION, ...ingestSettings.chunker },
  dedup: ingestSettings.dedup,
  corpusEmbedder: corpusEmbedderVersion,
  embedder: embedderId,
});

export const settingsHash = (record: Record<string, unknown>): string => sha256(JSON.stringify(record)).slice(0, 16);
