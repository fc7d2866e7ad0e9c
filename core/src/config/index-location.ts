import { z } from 'zod';
import { describeIssues } from '../describe-issues';
import { KildesvarError } from '../errors';

/**
 * Where the seeds, the index and the models are, and which embedder to use: the settings every
 * command shares. Parsed from an environment record the caller passes in (core never reads
 * process.env itself); an invalid value is an error naming the variable.
 */
const flag = z.enum(['0', '1', 'true', 'false', '']).optional();

export const indexLocationSchema = z.object({
  SEEDS_DIR: z.string().min(1).default('seeds'),
  INDEX_DIR: z.string().min(1).default('.index'),
  MODELS_DIR: z.string().min(1).default('models'),
  EMBEDDER: z.enum(['auto', 'e5', 'corpus'], { error: 'EMBEDDER must be auto, e5 or corpus' }).default('auto'),
  ALLOW_REMOTE_MODELS: flag,
});

export interface IndexLocation {
  seedsDir: string;
  indexDir: string;
  modelsDir: string;
  embedder: 'auto' | 'e5' | 'corpus';
  allowRemoteModels: boolean;
}

export const parseIndexLocation = (environment: Record<string, string | undefined>): IndexLocation => {
  const parsed = indexLocationSchema.safeParse(environment);
  if (!parsed.success) throw new KildesvarError('config_invalid', `Invalid configuration (environment variables): ${describeIssues(parsed.error.issues)}`);
  const value = parsed.data;
  return {
    seedsDir: value.SEEDS_DIR,
    indexDir: value.INDEX_DIR,
    modelsDir: value.MODELS_DIR,
    embedder: value.EMBEDDER,
    allowRemoteModels: value.ALLOW_REMOTE_MODELS === '1' || value.ALLOW_REMOTE_MODELS === 'true',
  };
};
