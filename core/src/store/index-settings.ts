import { sha256 } from './sha256';
import { ANALYZER_VERSION } from '../analysis/analyze';
import { LANGUAGE_RESOURCES_VERSION, MORPHOLOGY_BUILD } from '../analysis/language-resources';
import { CHUNKER_VERSION, defaultChunkerSettings, type ChunkerSettings } from '../chunk/chunker';
import { CLEANER_VERSION } from '../clean';
import { defaultDedupSettings, type DedupSettings } from '../dedup/dedup';
import { corpusEmbedderVersion } from '../embed/corpus-embedder-state';
import { INDEX_FORMAT_VERSION } from './manifest';

/** Version of what ingest stores for retrieval (analysed chunks, binary BM25 indexes, term weights); 4: sentence vectors; 5: a sentence's terms hold the titles of the other documents its folded copies stand in (`TermSet.titles`); 6: and the years of those titles' periods (`TermSet.titleYears`); 7: a lexicalised compound's modifier among a sentence's parts (`WordKnowledge.writtenPartsOf`); 8: a coordinated compound's dropped head restored (`coordinatedCompounds`); 9: a compound's short part only where the corpus vouches for it (`WordKnowledge.usedPart`). */
export const RETRIEVAL_FILES_VERSION = 9;

/** Everything that shapes the index; its hash in the manifest tells readers and ingest when a rebuild is due. */
export interface IndexBuildSettings {
  chunker: ChunkerSettings;
  dedup: DedupSettings;
}

export const defaultIndexBuildSettings: IndexBuildSettings = { chunker: defaultChunkerSettings, dedup: defaultDedupSettings };

export const settingsRecord = (embedderId: string, settings: IndexBuildSettings = defaultIndexBuildSettings): Record<string, unknown> => ({
  formatVersion: INDEX_FORMAT_VERSION,
  retrievalFiles: RETRIEVAL_FILES_VERSION,
  cleaner: CLEANER_VERSION,
  analyzer: ANALYZER_VERSION,
  languageResources: LANGUAGE_RESOURCES_VERSION,
  morphology: MORPHOLOGY_BUILD,
  chunker: { version: CHUNKER_VERSION, ...settings.chunker },
  dedup: settings.dedup,
  corpusEmbedder: corpusEmbedderVersion,
  embedder: embedderId,
});

export const settingsHash = (record: Record<string, unknown>): string => sha256(JSON.stringify(record)).slice(0, 16);
