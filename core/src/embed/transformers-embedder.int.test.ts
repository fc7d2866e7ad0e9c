import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isKildesvarError } from '../errors';
import { createTransformersEmbedder } from './transformers-embedder';
import { dotProduct, euclideanNorm } from './vector-math';
import { itemAt } from '../collections/item-at';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = path.resolve(repoRoot, '../shared/models/_test-fixtures/random-bert-tiny');
const model = 'fixture/random-bert-tiny';
const passages = [
  'I løpet av 2011 skal alle kommuner være tilknyttet Norsk Helsenett.',
  'KS vil utvikle og gjennomføre kurs for ledere i kommuner og fylkeskommuner i strategisk IKT-ledelse.',
  'Digital post gjør innbyggerens kommunikasjon med det offentlige raskere, tryggere og enklere.',
];

let modelsDir: string;

beforeAll(() => {
  modelsDir = mkdtempSync(path.join(tmpdir(), 'kildesvar-models-'));
  cpSync(fixture, path.join(modelsDir, model), { recursive: true });
});

afterAll(() => rmSync(modelsDir, { recursive: true, force: true }));

afterEach(() => vi.restoreAllMocks());

describe('createTransformersEmbedder (random-weight fixture)', () => {
  it('loads from the models directory without any network call and gives unit vectors of 32 dimensions', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const embedder = await createTransformersEmbedder({ model, modelsDir, allowRemote: false });
    const documents = await embedder.embedDocuments(passages);
    const query = await embedder.embedQuery('Når skal kommunene knyttes til helsenettet?');
    expect(embedder.dimensions).toBe(32);
    expect(embedder.id).toBe('transformers:fixture/random-bert-tiny:q8');
    for (const vector of [...documents, query]) {
      expect(vector).toHaveLength(32);
      expect(euclideanNorm(vector)).toBeCloseTo(1, 5);
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('gives the same vectors on a second call, in batches or one by one', async () => {
    const embedder = await createTransformersEmbedder({ model, modelsDir, allowRemote: false, batchSize: 2 });
    const first = await embedder.embedDocuments(passages);
    expect(await embedder.embedDocuments(passages)).toEqual(first);
    const third = itemAt(passages, 2);
    const single = itemAt(await embedder.embedDocuments([third]), 0);
    single.forEach((value, index) => {
      expect(value).toBeCloseTo(itemAt(itemAt(first, 2), index), 5);
    });
  });

  it('embeds the same text differently as a query and as a passage (e5 prefixes)', async () => {
    const embedder = await createTransformersEmbedder({ model, modelsDir, allowRemote: false });
    const passage = itemAt(passages, 0);
    const asPassage = itemAt(await embedder.embedDocuments([passage]), 0);
    const asQuery = await embedder.embedQuery(passage);
    expect(dotProduct(asPassage, asQuery)).toBeLessThan(0.9999);
    const unprefixed = await createTransformersEmbedder({ model, modelsDir, allowRemote: false, queryPrefix: '', passagePrefix: '' });
    expect(await unprefixed.embedQuery(passage)).toEqual((await unprefixed.embedDocuments([passage]))[0]);
  });

  it('loads the full-precision graph when asked for fp32', async () => {
    const embedder = await createTransformersEmbedder({ model, modelsDir, allowRemote: false, dtype: 'fp32' });
    expect(embedder.id).toBe('transformers:fixture/random-bert-tiny:fp32');
    expect(euclideanNorm(await embedder.embedQuery('helsenett'))).toBeCloseTo(1, 5);
  });

  it('fails with model_missing naming MODELS_DIR and ALLOW_REMOTE_MODELS when the files are absent and remote is off', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const empty = mkdtempSync(path.join(tmpdir(), 'kildesvar-no-models-'));
    try {
      const error = await createTransformersEmbedder({ modelsDir: empty, allowRemote: false }).catch((caught: unknown) => caught);
      expect(isKildesvarError(error) && error.code).toBe('model_missing');
      expect((error as Error).message).toMatch(/Xenova\/multilingual-e5-small/);
      expect((error as Error).message).toMatch(/MODELS_DIR/);
      expect((error as Error).message).toMatch(/ALLOW_REMOTE_MODELS=1/);
      expect(fetchSpy).not.toHaveBeenCalled();
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
