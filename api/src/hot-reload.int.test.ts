import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { copyIndex, loadAssistant } from '@kildesvar/core';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDir as servedIndex, repoRoot, seedsDir } from '../../test/paths';
import { createApp } from './app';
import { IndexSource } from './index-source';
import { selfQuery } from './readiness';

/** The real loader, verifier and self-query behind the server's index source. */
const folders: string[] = [];
const sources: IndexSource[] = [];
afterEach(() => {
  for (const source of sources.splice(0)) source.stop();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const sourceFor = (indexDir: string) => {
  const logs: string[] = [];
  const source = new IndexSource({
    indexDir,
    load: (directory) =>
      loadAssistant({ indexDir: directory, seedsDir, embedder: 'corpus', modelsDir: path.join(repoRoot, 'models'), allowRemoteModels: false }),
    selfCheck: selfQuery,
    log: (message) => logs.push(message),
  });
  sources.push(source);
  return { source, logs };
};

const switchTo = (indexDir: string, name: string) => {
  writeFileSync(path.join(indexDir, 'current.tmp-test'), `${name}\n`);
  renameSync(path.join(indexDir, 'current.tmp-test'), path.join(indexDir, 'current'));
};

describe('the served index, verified and hot-reloaded', () => {
  it('does not become ready on an index with flipped bytes, and says which file and what to run', async () => {
    const copy = copyIndex(servedIndex);
    folders.push(copy.indexDir);
    const file = path.join(copy.build, 'hnsw/hnswlib.index');
    const bytes = readFileSync(file);
    for (let index = 0; index < 40; index += 1) {
      const at = 300 + index * 1_001;
      bytes.writeUInt8((bytes.readUInt8(at) ^ 0x5a) & 0xff, at);
    }
    writeFileSync(file, bytes);
    const { source, logs } = sourceFor(copy.indexDir);
    await source.refresh();
    const health = await createApp({ source }).request('/api/health');
    expect(health.status).toBe(503);
    expect(logs.join('\n')).toMatch(/could not load its index: The index file .*hnsw\/hnswlib\.index does not match its SHA-256 .*npm run ingest -- --force/);
  });

  it('swaps in a new build under load with zero failed requests, and refuses a damaged one while serving on', async () => {
    const copy = copyIndex(servedIndex, 'first');
    folders.push(copy.indexDir);
    const { source, logs } = sourceFor(copy.indexDir);
    await source.refresh();
    expect(source.describe()).toEqual({ build: 'first', generation: 1 });
    source.watch(100);
    const app = createApp({ source });
    const statuses: number[] = [];
    let stop = false;
    const load = Promise.all(
      ['hva er målet for Norsk Helsenett innen 2011', 'elektronisk fakturering'].map(async (question) => {
        while (!stop) {
          const response = await app.request(`/api/search?q=${encodeURIComponent(question)}&mode=hybrid`);
          statuses.push(response.status);
          await response.arrayBuffer();
          // app.request needs no I/O: pause a few milliseconds so the pointer watcher and the loader get their turn, as they would
          // between HTTP requests (a bare setImmediate let two request loops starve the reload for over 60 s on a busy machine).
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }),
    );
    cpSync(copy.build, path.join(copy.indexDir, 'builds', 'second'), { recursive: true });
    switchTo(copy.indexDir, 'second');
    await expect.poll(() => source.describe().build, { timeout: 60_000, interval: 100 }).toBe('second');

    cpSync(copy.build, path.join(copy.indexDir, 'builds', 'third'), { recursive: true });
    writeFileSync(path.join(copy.indexDir, 'builds', 'third', 'chunks.bin'), '[]');
    switchTo(copy.indexDir, 'third');
    await expect
      .poll(() => logs.some((line) => /keeps serving index build second; the new build third was refused: .*chunks\.bin/.test(line)), {
        timeout: 60_000,
        interval: 100,
      })
      .toBe(true);
    stop = true;
    await load;
    expect(source.describe()).toEqual({ build: 'second', generation: 2 });
    expect(statuses.length).toBeGreaterThan(5);
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  }, 120_000);
});
