import { runIngest } from '@kildesvar/ingest';
import { indexDir, repoRoot, seedsDir } from './paths';
import path from 'node:path';

/** Builds (or reuses, when nothing changed) the index the integration tests share with `npm start`. */
export default async function setup(): Promise<void> {
  const summary = await runIngest({
    seedsDir,
    indexDir,
    modelsDir: path.join(repoRoot, 'models'),
    embedder: 'corpus',
    allowRemoteModels: false,
    force: false,
  });
  console.log(
    `[global setup] index ${summary.skipped ? 'up to date' : 'built'}: ${summary.manifest.counts.chunks} chunks, embedder ${summary.manifest.embedder.id}`,
  );
}
