import { z } from 'zod';
import { describeIssues } from '../describe-issues';
import { KildesvarError } from '../errors';

const flag = z.enum(['0', '1', 'true', 'false', '']).optional();

export const indexLocationSchema = z.object({
  SEEDS_DIR: z.string().min(1).default('seeds'),
  INDEX_DIR: z.string().min(1).default('.index'),
  MODELS_DIR: z.string().min(1).default('models'),
  EMBEDDER: z.enum(['auto', 'e5', 'corpus'], { error: 'EMBEDDER must be auto, e5 or corpus' }).default('auto'),
  ALLOW_REMOTE_MODELS: flag,
  STORE: z.enum(['files', 'postgres'], { error: 'STORE must be files or postgres' }).default('files'),
  DATABASE_URL: z.string().optional(),
});

export interface IndexLocation {
  seedsDir: string;
  indexDir: string;
  modelsDir: string;
  embedder: 'auto' | 'e5' | 'corpus';
  allowRemoteModels: boolean;
  /** Where the index lives: the index folder, or PostgreSQL at `databaseUrl`. */
  store: 'files' | 'postgres';
  databaseUrl: string | undefined;
}

/**
 * Where the seeds, the index and the models are, and which embedder to use: the settings every
 * command shares. Parsed from an environment record the caller passes in (core never reads
 * process.env itself); an invalid value is an error naming the variable.
 */
export const parseIndexLocation = (environment: Record<string, string | undefined>): IndexLocation => {
  const parsed = indexLocationSchema.safeParse(environment);
  if (!parsed.success) throw new KildesvarError('config_invalid', `Invalid configuration (environment variables): ${describeIssues(parsed.error.issues)}`);
  const value = parsed.data;
  if (value.STORE === 'postgres' && !value.DATABASE_URL)
    throw new KildesvarError(
      'config_invalid',
      'Invalid configuration (environment variables): DATABASE_URL: set it to a postgresql:// URL when STORE=postgres (`npm run db` prints one for a local server)',
    );
  return {
    store: value.STORE,
    databaseUrl: value.DATABASE_URL || undefined,
    seedsDir: value.SEEDS_DIR,
    indexDir: value.INDEX_DIR,
    modelsDir: value.MODELS_DIR,
    embedder: value.EMBEDDER,
    allowRemoteModels: value.ALLOW_REMOTE_MODELS === '1' || value.ALLOW_REMOTE_MODELS === 'true',
  };
};
