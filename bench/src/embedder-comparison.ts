import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTransformersEmbedder, type Embedder } from '@kildesvar/core';
import { distribution, spread, type Distribution, type Spread } from './statistics';

/**
 * The corpus embedder against transformers.js on the random-weight BERT fixture (2 layers,
 * 32 wide), embedding the same passages and questions in the same run. The fixture shows the
 * fixed cost of the transformers path (tokeniser, ONNX Runtime calls, pooling); e5-small is
 * 12 layers 384 wide, so its arithmetic per token is the fixture's times `e5ArithmeticRatio`.
 */
export interface EmbedderSide {
  id: string;
  dimensions: number;
  loadMs: number;
  /** Milliseconds per passage over all passages in one call, one value per pass. */
  passageMs: Spread;
  queryMs: Distribution;
}

export interface EmbedderComparison {
  passages: number;
  corpus: EmbedderSide;
  transformers: EmbedderSide | null;
  /** Why the transformers side is missing, when it is. */
  note: string;
  /** Transformers per-passage median / corpus per-passage median. */
  slowdown: number | null;
  /** Per-token multiply-adds of e5-small's encoder layers over the fixture's (from both configs). */
  e5ArithmeticRatio: number | null;
}

const fixtureModel = 'fixture/random-bert-tiny';
/** multilingual-e5-small's encoder shape (its config.json): 12 layers, hidden 384, intermediate 1536. */
const e5Shape = { layers: 12, hidden: 384, intermediate: 1536 };

const encoderArithmetic = (shape: { layers: number; hidden: number; intermediate: number }): number =>
  shape.layers * (4 * shape.hidden * shape.hidden + 2 * shape.hidden * shape.intermediate);

const measureSide = async (
  embedder: Embedder,
  loadMs: number,
  passages: readonly string[],
  questions: readonly string[],
  passes: number,
): Promise<EmbedderSide> => {
  const perPassage: number[] = [];
  const queryMs: number[] = [];
  for (let pass = 0; pass <= passes; pass += 1) {
    const started = performance.now();
    await embedder.embedDocuments([...passages]);
    const elapsed = performance.now() - started;
    if (pass > 0) perPassage.push(elapsed / passages.length);
    for (const question of questions) {
      const mark = performance.now();
      await embedder.embedQuery(question);
      if (pass > 0) queryMs.push(performance.now() - mark);
    }
  }
  return { id: embedder.id, dimensions: embedder.dimensions, loadMs, passageMs: spread(perPassage), queryMs: distribution(queryMs) };
};

export const compareEmbedders = async (options: {
  corpusEmbedder: Embedder;
  corpusLoadMs: number;
  fixtureDir: string;
  passages: readonly string[];
  questions: readonly string[];
  passes: number;
}): Promise<EmbedderComparison> => {
  const corpus = await measureSide(options.corpusEmbedder, options.corpusLoadMs, options.passages, options.questions, options.passes);
  if (!existsSync(path.join(options.fixtureDir, 'config.json'))) {
    return {
      passages: options.passages.length,
      corpus,
      transformers: null,
      note: `transformers fixture not found at ${options.fixtureDir}; row skipped`,
      slowdown: null,
      e5ArithmeticRatio: null,
    };
  }
  const modelsDir = mkdtempSync(path.join(tmpdir(), 'kildesvar-bench-models-'));
  try {
    cpSync(options.fixtureDir, path.join(modelsDir, fixtureModel), { recursive: true });
    const started = performance.now();
    const embedder = await createTransformersEmbedder({ model: fixtureModel, modelsDir, allowRemote: false });
    const transformers = await measureSide(embedder, performance.now() - started, options.passages, options.questions, options.passes);
    const fixture = JSON.parse(readFileSync(path.join(options.fixtureDir, 'config.json'), 'utf8')) as {
      num_hidden_layers: number;
      hidden_size: number;
      intermediate_size: number;
    };
    const fixtureShape = { layers: fixture.num_hidden_layers, hidden: fixture.hidden_size, intermediate: fixture.intermediate_size };
    return {
      passages: options.passages.length,
      corpus,
      transformers,
      note: 'random weights: the fixture measures the transformers.js path, not retrieval quality',
      slowdown: transformers.passageMs.median / Math.max(1e-9, corpus.passageMs.median),
      e5ArithmeticRatio: encoderArithmetic(e5Shape) / encoderArithmetic(fixtureShape),
    };
  } finally {
    rmSync(modelsDir, { recursive: true, force: true });
  }
};
