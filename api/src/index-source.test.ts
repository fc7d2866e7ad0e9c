import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Assistant } from '@kildesvar/core';
import { KildesvarError } from '@kildesvar/core/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { createFakeAssistant } from './fake-assistant';
import { IndexSource } from './index-source';

/** Hot reload with stand-in builds: an assistant per build name whose search says which build answered. */
const folders: string[] = [];
const sources: IndexSource[] = [];
afterEach(() => {
  for (const source of sources.splice(0)) source.stop();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const makeIndexDir = () => {
  const indexDir = mkdtempSync(path.join(tmpdir(), 'kildesvar-source-'));
  folders.push(indexDir);
  return indexDir;
};

const addBuild = (indexDir: string, name: string) => {
  mkdirSync(path.join(indexDir, 'builds', name), { recursive: true });
  writeFileSync(path.join(indexDir, 'builds', name, 'manifest.json'), '{}');
};

const point = (indexDir: string, name: string) => {
  writeFileSync(path.join(indexDir, 'current.next'), `${name}\n`);
  renameSync(path.join(indexDir, 'current.next'), path.join(indexDir, 'current'));
};

const buildAssistant = (build: string, delayMs = 0): Assistant => {
  const fake = createFakeAssistant();
  return {
    ...fake,
    search: async (query, options) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      return (await fake.search(query, options)).map((result) => ({ ...result, title: build }));
    },
  };
};

const sourceFor = (indexDir: string, options: { broken?: string[]; delayMs?: number; beforeLoad?: (build: string) => Promise<void> } = {}) => {
  const logs: string[] = [];
  const loads: string[] = [];
  const source = new IndexSource({
    indexDir,
    load: async (directory) => {
      const build = path.basename(directory);
      loads.push(build);
      await options.beforeLoad?.(build);
      if (options.broken?.includes(build))
        throw new KildesvarError(
          'index_corrupt',
          `The index file ${directory}/hnsw/hnswlib.index does not match its SHA-256; run \`npm run ingest -- --force\``,
        );
      return buildAssistant(build, options.delayMs);
    },
    selfCheck: async () => {},
    log: (message) => logs.push(message),
  });
  sources.push(source);
  return { source, logs, loads };
};

const until = async (done: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
};

const titleOf = async (response: Response) => ((await response.json()) as { results: Array<{ title: string }> }).results[0]?.title ?? 'no result';

describe('IndexSource', () => {
  it('answers 503 with the loader’s message and stays not ready when the first build is damaged, while liveness answers 200', async () => {
    const indexDir = makeIndexDir();
    addBuild(indexDir, 'a');
    point(indexDir, 'a');
    const { source, logs } = sourceFor(indexDir, { broken: ['a'] });
    await source.refresh();
    const app = createApp({ source });
    const health = await app.request('/api/health');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({
      error: { code: 'index_corrupt', message: expect.stringMatching(/hnswlib\.index.*npm run ingest -- --force/) },
    });
    expect((await app.request('/api/health/ready')).status).toBe(503);
    expect((await app.request('/api/health/live')).status).toBe(200);
    expect(logs).toEqual([expect.stringMatching(/^Kildesvar could not load its index: .*hnswlib\.index/)]);
  });

  it('swaps to a new build when the pointer moves, finishing requests in flight on the old one, with no failed request', async () => {
    const indexDir = makeIndexDir();
    addBuild(indexDir, 'a');
    addBuild(indexDir, 'b');
    point(indexDir, 'a');
    const { source } = sourceFor(indexDir, { delayMs: 20 });
    await source.refresh();
    source.watch(50);
    const app = createApp({ source });
    const inFlight = app.request('/api/search?q=helsenett');
    const answers: string[] = [];
    const load = Promise.all(
      [1, 2, 3, 4].map(async () => {
        while (answers.filter((build) => build === 'b').length < 8) {
          const response = await app.request('/api/search?q=helsenett');
          answers.push(response.status === 200 ? await titleOf(response) : `HTTP ${response.status}`);
          await new Promise((resolve) => setImmediate(resolve));
        }
      }),
    );
    point(indexDir, 'b');
    await load;
    expect(source.describe()).toEqual({ build: 'b', generation: 2 });
    expect(await titleOf(await inFlight)).toBe('a');
    expect(answers.filter((answer) => answer !== 'a' && answer !== 'b')).toEqual([]);
    expect(answers.indexOf('b')).toBeGreaterThan(0);
    expect(answers.slice(answers.indexOf('b') + 4)).not.toContain('a');
    expect(await (await app.request('/api/metrics')).text()).toContain('kildesvar_index_generation 2');
  });

  it('keeps serving the old build when the new one fails verification', async () => {
    const indexDir = makeIndexDir();
    addBuild(indexDir, 'a');
    addBuild(indexDir, 'bad');
    point(indexDir, 'a');
    const { source, logs } = sourceFor(indexDir, { broken: ['bad'] });
    await source.refresh();
    point(indexDir, 'bad');
    await source.refresh();
    expect(source.describe()).toEqual({ build: 'a', generation: 1 });
    expect(logs.at(-1)).toMatch(/keeps serving index build a; the new build bad was refused: .*hnswlib\.index/);
    expect(await titleOf(await createApp({ source }).request('/api/search?q=helsenett'))).toBe('a');
  });

  it('becomes ready once a good build appears after a damaged one', async () => {
    const indexDir = makeIndexDir();
    addBuild(indexDir, 'bad');
    addBuild(indexDir, 'good');
    point(indexDir, 'bad');
    const { source } = sourceFor(indexDir, { broken: ['bad'] });
    await source.refresh();
    expect(source.status().ready).toBe(false);
    point(indexDir, 'good');
    await source.refresh();
    expect(source.status()).toEqual({ ready: true, generation: 1 });
  });

  it('sees a pointer moved while the first build loaded, before watching started (the start-up gap)', async () => {
    const indexDir = makeIndexDir();
    addBuild(indexDir, 'a');
    addBuild(indexDir, 'b');
    point(indexDir, 'a');
    // The pointer moves after the first load read it and before `watch()` is called, as when start-up loads a big build.
    const { source, loads } = sourceFor(indexDir, { beforeLoad: async (build) => (build === 'a' ? point(indexDir, 'b') : undefined) });
    await source.refresh();
    expect(source.describe()).toEqual({ build: 'a', generation: 1 });
    source.watch(10);
    await until(() => source.describe().build === 'b', 5_000);
    expect(source.describe()).toEqual({ build: 'b', generation: 2 });
    expect(loads).toEqual(['a', 'b']);
  });

  it('does not load again while the pointer stays where the last load read it', async () => {
    const indexDir = makeIndexDir();
    addBuild(indexDir, 'a');
    point(indexDir, 'a');
    const { source, loads } = sourceFor(indexDir);
    await source.refresh();
    source.watch(5);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(loads).toEqual(['a']);
    expect(source.describe()).toEqual({ build: 'a', generation: 1 });
  });
});
