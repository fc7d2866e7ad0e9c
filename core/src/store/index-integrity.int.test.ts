import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexDir as servedIndex, repoRoot, seedsDir } from '../../../test/paths';
import { loadAssistant, loadIndexParts } from '../assistant/load-assistant';
import type { Chunk } from '../schemas';
import { readChunkFile, writeChunkFile } from './chunk-file';
import { itemAt } from '../collections/item-at';
import { copyIndex, resign } from './index-fixture';

/** A damaged index never loads: each kind of damage the probe found is refused with one message naming the file and the command. */
const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const damagedCopy = (damage: (build: string) => void) => {
  const copy = copyIndex(servedIndex);
  folders.push(copy.indexDir);
  damage(copy.build);
  return copy;
};

const loadOptions = (indexDir: string) => ({
  indexDir,
  seedsDir,
  embedder: 'corpus' as const,
  modelsDir: path.join(repoRoot, 'models'),
  allowRemoteModels: false,
});
const load = (indexDir: string) => loadAssistant(loadOptions(indexDir));
const editChunks = (build: string, change: (chunks: Chunk[]) => Chunk[]) => {
  const location = path.join(build, 'chunks.bin');
  writeChunkFile(location, change(readChunkFile(location)));
};

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const editJson = <T>(file: string, change: (value: T) => unknown) => writeFileSync(file, JSON.stringify(change(JSON.parse(readFileSync(file, 'utf8')) as T)));

const refusal = (file: string) => ({
  code: 'index_corrupt',
  message: expect.stringMatching(new RegExp(`${file.replace(/[.*]/g, '\\$&')}.*npm run ingest -- --force`)),
});

describe('index integrity at load', () => {
  it('loads an intact copy of the index', async () => {
    const copy = damagedCopy(() => {});
    expect((await load(copy.indexDir)).health().chunks).toBeGreaterThan(100);
  });

  it('refuses hnswlib.index with 40 flipped bytes before hnswlib reads it', async () => {
    const copy = damagedCopy((build) => {
      const file = path.join(build, 'hnsw/hnswlib.index');
      const bytes = readFileSync(file);
      for (let index = 0; index < 40; index += 1) {
        const at = 200 + index * 997;
        bytes.writeUInt8((bytes.readUInt8(at) ^ 0xff) & 0xff, at);
      }
      writeFileSync(file, bytes);
    });
    await expect(load(copy.indexDir)).rejects.toMatchObject(refusal('hnsw/hnswlib.index'));
  });

  it('refuses a truncated chunks.bin naming the file', async () => {
    const copy = damagedCopy((build) => {
      const location = path.join(build, 'chunks.bin');
      writeFileSync(location, readFileSync(location).subarray(0, 1000));
    });
    await expect(load(copy.indexDir)).rejects.toMatchObject(refusal('chunks.bin'));
  });

  it('refuses a truncated manifest.json naming the file', async () => {
    const copy = damagedCopy((build) => edit(path.join(build, 'manifest.json'), (text) => text.slice(0, 200)));
    await expect(load(copy.indexDir)).rejects.toMatchObject(refusal('manifest.json'));
  });

  it('refuses a shuffled docstore even when the manifest checksums were rewritten to match', async () => {
    const copy = damagedCopy((build) => {
      editJson<Array<[string, unknown]>>(path.join(build, 'hnsw/docstore.json'), (entries) =>
        entries.map(([label], index) => [label, itemAt(entries, (index + 7) % entries.length)[1]]),
      );
      resign(build);
    });
    await expect(load(copy.indexDir)).rejects.toMatchObject(refusal('docstore.json'));
  });

  it('refuses chunks whose texts were shuffled, even with matching checksums, when their text is first read', async () => {
    const copy = damagedCopy((build) => {
      editChunks(build, (chunks) => chunks.map((chunk, index) => ({ ...chunk, text: itemAt(chunks, (index + 1) % chunks.length).text })));
      resign(build);
    });
    // Start-up reads ids and spans only; each chunk's id is checked against its text when the text is first read.
    const parts = await loadIndexParts(loadOptions(copy.indexDir));
    expect(() => parts.retriever.chunks.map((chunk) => chunk.text)).toThrow(expect.objectContaining(refusal('chunks.bin')));
  });

  it('refuses half the chunks dropped, and an empty chunks.bin, by their count', async () => {
    for (const keep of [(chunks: Chunk[]) => chunks.slice(0, chunks.length / 2), (): Chunk[] => []]) {
      const copy = damagedCopy((build) => {
        editChunks(build, keep);
        resign(build);
      });
      await expect(load(copy.indexDir)).rejects.toMatchObject({
        code: 'index_corrupt',
        message: expect.stringMatching(/chunks\.bin holds \d+ chunks where manifest\.json counts \d+/),
      });
    }
  });

  it('refuses args.json with other dimensions than the embedder', async () => {
    const copy = damagedCopy((build) => {
      editJson<{ numDimensions: number }>(path.join(build, 'hnsw/args.json'), (args) => ({ ...args, numDimensions: args.numDimensions + 1 }));
      resign(build);
    });
    await expect(load(copy.indexDir)).rejects.toMatchObject(refusal('args.json'));
  });

  it('refuses an hnswlib.index header that disagrees with the chunks', async () => {
    const copy = damagedCopy((build) => {
      const file = path.join(build, 'hnsw/hnswlib.index');
      const bytes = readFileSync(file);
      bytes.writeBigUInt64LE(bytes.readBigUInt64LE(16) + 5n, 16);
      writeFileSync(file, bytes);
      resign(build);
    });
    await expect(load(copy.indexDir)).rejects.toMatchObject(refusal('hnswlib.index'));
  });

  it('refuses a flipped byte in any persisted retrieval file or language.json, naming the file', async () => {
    // The on-demand files are checked block by block as they are read: start-up reads their first
    // block (headers), a later block is refused when a search first reads it (retrieval-files.test.ts).
    const onDemand = ['lexical-chunks.bin', 'lexical-sentences.bin', 'analysed-chunks.bin'];
    for (const file of [...onDemand, 'term-weights.json', 'language.json']) {
      const copy = damagedCopy((build) => {
        const location = path.join(build, file);
        const bytes = readFileSync(location);
        const at = onDemand.includes(file) ? 20 : Math.floor(bytes.length / 2);
        bytes.writeUInt8(bytes.readUInt8(at) ^ 0x01, at);
        writeFileSync(location, bytes);
      });
      await expect(load(copy.indexDir)).rejects.toMatchObject({ ...refusal(file), message: expect.stringContaining('SHA-256') });
    }
  });

  it('refuses stored BM25 indexes from another build by their chunk count, even with matching checksums', async () => {
    const copy = damagedCopy((build) => {
      editChunks(build, (chunks) => chunks.slice(0, -1));
      editJson<{ counts: { chunks: number } }>(path.join(build, 'manifest.json'), (manifest) => ({
        ...manifest,
        counts: { ...manifest.counts, chunks: manifest.counts.chunks - 1 },
      }));
      resign(build);
    });
    await expect(load(copy.indexDir)).rejects.toMatchObject(refusal('lexical-chunks.bin'));
  });

  it('refuses a build whose manifest does not list a persisted retrieval file', async () => {
    const copy = damagedCopy((build) =>
      editJson<{ files: Record<string, unknown> }>(path.join(build, 'manifest.json'), (manifest) => {
        const { 'analysed-chunks.bin': _dropped, ...files } = manifest.files;
        return { ...manifest, files };
      }),
    );
    await expect(load(copy.indexDir)).rejects.toMatchObject({
      code: 'index_corrupt',
      message: expect.stringMatching(/analysed-chunks\.bin is not listed in manifest\.json/),
    });
  });

  it('refuses a pointer that names a build that is not there', async () => {
    const copy = damagedCopy((build) => rmSync(build, { recursive: true }));
    await expect(load(copy.indexDir)).rejects.toMatchObject({
      code: 'index_corrupt',
      message: expect.stringMatching(/current names .* which does not exist; run `npm run ingest -- --force`/),
    });
  });
});
