import { z } from 'zod';
import { KildesvarError } from '../errors';
import type { QuantizedProjection } from './projection-quantization';
import { rebuildHint } from '../commands';

export const corpusEmbedderFormat = 'kildesvar-corpus-embedder';
/** Raise when features, weighting or projection change: an index saved by another version is refused. */
export const corpusEmbedderVersion = 1;

export const corpusEmbedderStateSchema = z.object({
  format: z.literal(corpusEmbedderFormat),
  version: z.number().int(),
  dimensions: z.number().int().positive(),
  documentCount: z.number().int().positive(),
  /** Character n-gram sizes; null when the embedder uses whole terms only. */
  ngrams: z.object({ min: z.number().int().positive(), max: z.number().int().positive() }).nullable(),
  termWeight: z.number().nonnegative(),
  ngramWeight: z.number().nonnegative(),
  features: z.array(z.string()),
  documentFrequencies: z.array(z.number().int().positive()),
  projection: z.object({
    /** Int8, row-major features × dimensions, base64. */
    values: z.string(),
    /** Float32 little-endian, one per feature, base64. */
    scales: z.string(),
  }),
});

export type CorpusEmbedderState = z.infer<typeof corpusEmbedderStateSchema>;

export const encodeProjection = (projection: QuantizedProjection): CorpusEmbedderState['projection'] => {
  const scales = Buffer.alloc(projection.scales.length * 4);
  projection.scales.forEach((scale, index) => {
    scales.writeFloatLE(scale, index * 4);
  });
  const values = Buffer.from(projection.values.buffer, projection.values.byteOffset, projection.values.byteLength);
  return { values: values.toString('base64'), scales: scales.toString('base64') };
};

export const decodeProjection = (encoded: CorpusEmbedderState['projection'], rows: number, width: number): QuantizedProjection => {
  const valueBytes = Buffer.from(encoded.values, 'base64');
  const scaleBytes = Buffer.from(encoded.scales, 'base64');
  if (valueBytes.length !== rows * width || scaleBytes.length !== rows * 4) {
    throw new KildesvarError('index_corrupt', `The saved corpus embedder's projection does not fit ${rows} features × ${width} dimensions; ${rebuildHint}.`);
  }
  const values = new Int8Array(rows * width);
  values.set(new Int8Array(valueBytes.buffer, valueBytes.byteOffset, valueBytes.length));
  const scales = new Float32Array(rows);
  for (let index = 0; index < rows; index += 1) scales[index] = scaleBytes.readFloatLE(index * 4);
  return { values, scales, width };
};

/** Validates a saved state; a state from another algorithm version or of the wrong shape is an index mismatch. */
export const parseCorpusEmbedderState = (state: unknown): CorpusEmbedderState => {
  const version = (state as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version !== corpusEmbedderVersion) {
    throw new KildesvarError(
      'index_mismatch',
      `The index was built with corpus embedder version ${version}; this code is version ${corpusEmbedderVersion}; ${rebuildHint}.`,
    );
  }
  const parsed = corpusEmbedderStateSchema.safeParse(state);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new KildesvarError(
      'index_mismatch',
      `The saved corpus embedder state is not valid (${issue?.path.join('.') || 'root'}: ${issue?.message}); ${rebuildHint}.`,
    );
  }
  if (parsed.data.documentFrequencies.length !== parsed.data.features.length) {
    throw new KildesvarError(
      'index_corrupt',
      `The saved corpus embedder lists ${parsed.data.features.length} features but ${parsed.data.documentFrequencies.length} document frequencies; ` +
        `${rebuildHint}.`,
    );
  }
  return parsed.data;
};
