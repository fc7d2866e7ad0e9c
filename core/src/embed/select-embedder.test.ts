import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasLocalModel, localModelPrecisions } from './local-model';
import { chooseEmbedder, resolveEmbedderChoice } from './select-embedder';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const fixture = path.resolve(repoRoot, '../shared/models/_test-fixtures/random-bert-tiny');
const model = 'fixture/random-bert-tiny';
let modelsDir: string;

beforeAll(() => {
  modelsDir = mkdtempSync(path.join(tmpdir(), 'kildesvar-select-'));
  cpSync(fixture, path.join(modelsDir, model), { recursive: true });
  const partial = path.join(modelsDir, 'partial/model');
  mkdirSync(path.join(partial, 'onnx'), { recursive: true });
  for (const file of ['config.json', 'tokenizer.json', 'onnx/model_quantized.onnx']) writeFileSync(path.join(partial, file), '{}');
});

afterAll(() => rmSync(modelsDir, { recursive: true, force: true }));

describe('hasLocalModel', () => {
  it('finds a model laid out as transformers.js expects, with both precisions', () => {
    expect(hasLocalModel(modelsDir, model)).toBe(true);
    expect(localModelPrecisions(modelsDir, model)).toEqual(['q8', 'fp32']);
  });

  it('rejects a folder that lacks a tokenizer file, and a model that is not there', () => {
    expect(hasLocalModel(modelsDir, 'partial/model')).toBe(false);
    expect(hasLocalModel(modelsDir, 'Xenova/multilingual-e5-small')).toBe(false);
  });
});

describe('resolveEmbedderChoice', () => {
  it('takes e5 on auto when the model files are present', () => {
    const resolved = resolveEmbedderChoice({ choice: 'auto', modelsDir, model });
    expect(resolved.kind).toBe('e5');
    expect(resolved.reason).toContain(model);
  });

  it('falls back to the corpus embedder on auto when the model files are missing, and says why', () => {
    const resolved = resolveEmbedderChoice({ choice: 'auto', modelsDir, model: 'Xenova/multilingual-e5-small' });
    expect(resolved.kind).toBe('corpus');
    expect(resolved.reason).toMatch(/no Xenova\/multilingual-e5-small/);
  });

  it('chooses for a configured model source: its e5 model, else the default one', () => {
    expect(chooseEmbedder('auto', { modelsDir, allowRemoteModels: false, e5Model: model }).kind).toBe('e5');
    expect(chooseEmbedder('auto', { modelsDir, allowRemoteModels: false }).reason).toMatch(/no Xenova\/multilingual-e5-small/);
  });

  it('takes an explicit choice as asked', () => {
    expect(resolveEmbedderChoice({ choice: 'corpus', modelsDir, model }).kind).toBe('corpus');
    expect(resolveEmbedderChoice({ choice: 'e5', modelsDir, model: 'Xenova/multilingual-e5-small' }).kind).toBe('e5');
  });
});
