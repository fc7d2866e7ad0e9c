import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog } from '@kildesvar/core';
import { buildSyntheticCorpus, type SyntheticDocument } from './synthetic-corpus';

/** Writes a synthetic seeds folder (texts and catalog.json) `scale` times the size of `seedsDir`. */
export interface SyntheticSeeds {
  directory: string;
  documents: number;
  chars: number;
  bytes: number;
}

export const writeSyntheticSeeds = (seedsDir: string, targetDir: string, scale: number, seed = 20260601): SyntheticSeeds => {
  const catalog = loadCatalog(seedsDir);
  const sources = catalog.map((entry) => ({ file: entry.file, text: readFileSync(path.join(seedsDir, entry.file), 'utf8') }));
  const documents: SyntheticDocument[] = buildSyntheticCorpus(sources, { scale, seed });
  const entryOf = new Map(catalog.map((entry) => [entry.file, entry]));
  mkdirSync(targetDir, { recursive: true });
  let bytes = 0;
  for (const document of documents) {
    const content = Buffer.from(document.text, 'utf8');
    bytes += content.length;
    writeFileSync(path.join(targetDir, document.file), content);
  }
  const syntheticCatalog = documents.map((document) => {
    const entry = entryOf.get(document.source);
    if (!entry) throw new Error(`No catalog entry for the synthetic copy's source ${document.source}`);
    return { ...entry, file: document.file, title: document.copy === 0 ? entry.title : `${entry.title} (synthetic copy ${document.copy})` };
  });
  writeFileSync(path.join(targetDir, 'catalog.json'), `${JSON.stringify(syntheticCatalog, null, 2)}\n`);
  return { directory: targetDir, documents: documents.length, chars: documents.reduce((sum, document) => sum + document.text.length, 0), bytes };
};
