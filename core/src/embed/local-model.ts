import { existsSync } from 'node:fs';
import path from 'node:path';

export const defaultTransformersModel = 'Xenova/multilingual-e5-small';

/** The files transformers.js needs to run a model offline, besides one ONNX graph. */
export const requiredModelFiles = ['config.json', 'tokenizer.json', 'tokenizer_config.json'] as const;
export const quantizedModelFile = 'onnx/model_quantized.onnx';
export const fullPrecisionModelFile = 'onnx/model.onnx';

/** Where transformers.js looks for `model` (an id such as `Xenova/multilingual-e5-small`) under `modelsDir`. */
export const localModelPath = (modelsDir: string, model: string): string => path.resolve(modelsDir, model);

/** Which ONNX precisions of `model` are present in `modelsDir`. */
export const localModelPrecisions = (modelsDir: string, model: string): Array<'q8' | 'fp32'> => {
  const directory = localModelPath(modelsDir, model);
  if (!requiredModelFiles.every((file) => existsSync(path.join(directory, file)))) return [];
  const precisions: Array<'q8' | 'fp32'> = [];
  if (existsSync(path.join(directory, quantizedModelFile))) precisions.push('q8');
  if (existsSync(path.join(directory, fullPrecisionModelFile))) precisions.push('fp32');
  return precisions;
};

/** True when `modelsDir/<model>` holds config, tokenizer and a quantised or full-precision ONNX graph. */
export const hasLocalModel = (modelsDir: string, model: string): boolean => localModelPrecisions(modelsDir, model).length > 0;
