import path from 'node:path';
import { KildesvarError } from '../errors';
import type { Embedder } from './embedder';
import type { ModelSource } from './select-embedder';
import { defaultTransformersModel, localModelPath, localModelPrecisions, quantizedModelFile, requiredModelFiles } from './local-model';

export interface TransformersEmbedderOptions {
  /** A model id laid out under `modelsDir` as `<modelsDir>/<model>/…`. */
  readonly model?: string;
  readonly modelsDir: string;
  /** Download from the Hugging Face hub into `modelsDir` when the files are missing. */
  readonly allowRemote?: boolean;
  /** ONNX precision; by default q8 when `onnx/model_quantized.onnx` is present, else fp32. */
  readonly dtype?: 'q8' | 'fp32';
  /** e5 models were trained with these prefixes: leave them unless the model says otherwise. */
  readonly queryPrefix?: string;
  readonly passagePrefix?: string;
  readonly batchSize?: number;
}

const missingModelMessage = (model: string, modelsDir: string): string =>
  `The embedding model ${model} is not in ${localModelPath(modelsDir, model)} ` +
  `(it needs ${requiredModelFiles.join(', ')} and ${quantizedModelFile} or onnx/model.onnx). ` +
  `Put the files there or point MODELS_DIR at a folder that has them, set ALLOW_REMOTE_MODELS=1 to download them once, or use EMBEDDER=corpus.`;

/**
 * A sentence embedder run by transformers.js (ONNX Runtime, on the CPU): `Xenova/multilingual-e5-small`
 * by default, with e5's `query: ` / `passage: ` prefixes, mean pooling over the attention mask and
 * unit length. Files are read from `modelsDir`; the network is used only when `allowRemote` is set.
 * transformers.js keeps its settings in one global `env`, so the last embedder created decides
 * where models are looked up.
 */
export const createTransformersEmbedder = async (options: TransformersEmbedderOptions): Promise<Embedder> => {
  const model = options.model ?? defaultTransformersModel;
  const allowRemote = options.allowRemote ?? false;
  const batchSize = options.batchSize ?? 16;
  const queryPrefix = options.queryPrefix ?? 'query: ';
  const passagePrefix = options.passagePrefix ?? 'passage: ';
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a whole number from 1 up, got ${batchSize}.`);

  const precisions = localModelPrecisions(options.modelsDir, model);
  if (precisions.length === 0 && !allowRemote) throw new KildesvarError('model_missing', missingModelMessage(model, options.modelsDir));
  if (options.dtype && precisions.length > 0 && !precisions.includes(options.dtype) && !allowRemote) {
    throw new KildesvarError(
      'model_missing',
      `${model} in ${options.modelsDir} has no ${options.dtype} graph (present: ${precisions.join(', ')}); set ALLOW_REMOTE_MODELS=1 to download it ` +
        `or choose another precision.`,
    );
  }
  const dtype = options.dtype ?? precisions[0] ?? 'q8';

  const { env, pipeline } = await import('@huggingface/transformers');
  const modelsRoot = path.resolve(options.modelsDir);
  env.localModelPath = modelsRoot;
  env.allowLocalModels = true;
  env.allowRemoteModels = allowRemote;
  // A download lands where the next run looks for local files: <modelsDir>/<model>/<file>.
  env.cacheDir = modelsRoot;

  let extractor: Awaited<ReturnType<typeof pipeline<'feature-extraction'>>>;
  try {
    extractor = await pipeline('feature-extraction', model, { dtype });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const message = allowRemote
      ? `The embedding model ${model} is not in ${localModelPath(options.modelsDir, model)} and could not be downloaded; copy its files there or use ` +
        `EMBEDDER=corpus.`
      : missingModelMessage(model, options.modelsDir);
    throw new KildesvarError('model_missing', `${message} (transformers.js: ${reason})`, { cause: error });
  }

  const embedBatch = async (texts: string[]): Promise<number[][]> => {
    const output = await extractor(texts, { pooling: 'mean', normalize: true });
    const vectors = output.tolist() as number[][];
    output.dispose();
    return vectors;
  };
  const embedAll = async (texts: string[], prefix: string): Promise<number[][]> => {
    const vectors: number[][] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      vectors.push(...(await embedBatch(texts.slice(start, start + batchSize).map((text) => prefix + text))));
    }
    return vectors;
  };

  const [probe] = await embedBatch([`${queryPrefix}dimensions`]);
  if (!probe) throw new KildesvarError('internal', `The model ${model} returned no vector for a probe text.`);
  return {
    id: `transformers:${model}:${dtype}`,
    dimensions: probe.length,
    embedDocuments: (texts) => embedAll(texts, passagePrefix),
    embedQuery: async (text) => {
      const [vector] = await embedAll([text], queryPrefix);
      if (!vector) throw new KildesvarError('internal', `The model ${model} returned no vector for the query.`);
      return vector;
    },
  };
};

/** The e5 embedder of a configured model source. */
export const loadE5Embedder = (source: ModelSource): Promise<Embedder> =>
  createTransformersEmbedder({ model: source.e5Model, modelsDir: source.modelsDir, allowRemote: source.allowRemoteModels });
