import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { INDEX_FORMAT_VERSION, type BuildManifest } from '@kildesvar/core/store';
import { acquireIngestLock } from './lock';
import { writeIndexAtomically, type SwapStep } from './swap';

/**
 * Test helper, run as its own process: `node --import tsx swap-child.ts <indexDir> <label> [kill-after-step] [hold-ms]`.
 * Takes the ingest lock, holds it for up to `hold-ms` (ending early once the file `<indexDir>.release` exists, so a
 * test can keep the lock taken for exactly as long as it needs, however slowly a loaded machine starts processes),
 * writes a small build whose chunks.json holds `label`, and, when asked, kills itself with SIGKILL right after the
 * named step of the swap (as a crash or `kill -9` would).
 */
const [indexDir = '', label = '', killAfter = '', holdMs = '0'] = process.argv.slice(2);

export const fakeManifest = (label: string): BuildManifest => ({
  formatVersion: INDEX_FORMAT_VERSION,
  builtAt: new Date().toISOString(),
  embedder: { id: 'fake', kind: 'corpus', dimensions: 8 },
  settingsHash: label,
  settings: {},
  seeds: [],
  catalogSha256: '',
  counts: { documents: 0, chunks: 0, sentences: 0, foldedSentences: 0, foldedChars: 0, originalChars: 0, cleanedChars: 0 },
  englishDictionary: { entries: 0, source: 'none' },
  stageSeconds: {},
});

const main = async () => {
  const lock = acquireIngestLock(indexDir);
  try {
    const until = Date.now() + Number(holdMs);
    while (Date.now() < until && !existsSync(`${indexDir}.release`)) await new Promise((resolve) => setTimeout(resolve, 20));
    await writeIndexAtomically(
      indexDir,
      async (directory) => {
        writeFileSync(path.join(directory, 'chunks.json'), JSON.stringify([label]));
        return fakeManifest(label);
      },
      { afterStep: (step: SwapStep) => (step === killAfter ? process.kill(process.pid, 'SIGKILL') : undefined) },
    );
  } finally {
    lock.release();
  }
  console.log(`wrote ${label}`);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
