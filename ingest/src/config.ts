import { z } from 'zod';

/** The ingest CLI's configuration, parsed once from the environment into a frozen object. */
const configSchema = z.object({
  SEEDS_DIR: z.string().min(1).default('seeds'),
  INDEX_DIR: z.string().min(1).default('.index'),
  MODELS_DIR: z.string().min(1).default('models'),
  EMBEDDER: z.enum(['auto', 'e5', 'corpus'], { error: 'EMBEDDER must be auto, e5 or corpus' }).default('auto'),
  ALLOW_REMOTE_MODELS: z.enum(['0', '1', 'true', 'false', '']).optional(),
  CI: z.string().optional(),
});

export type IngestConfig = Readonly<{
  seedsDir: string;
  indexDir: string;
  modelsDir: string;
  embedder: 'auto' | 'e5' | 'corpus';
  allowRemoteModels: boolean;
  ci: boolean;
}>;

export const loadIngestConfig = (environment: NodeJS.ProcessEnv = process.env): IngestConfig => {
  const parsed = configSchema.safeParse(environment);
  if (!parsed.success) throw new Error(`Invalid configuration: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const value = parsed.data;
  return Object.freeze({
    seedsDir: value.SEEDS_DIR,
    indexDir: value.INDEX_DIR,
    modelsDir: value.MODELS_DIR,
    embedder: value.EMBEDDER,
    allowRemoteModels: value.ALLOW_REMOTE_MODELS === '1' || value.ALLOW_REMOTE_MODELS === 'true',
    ci: Boolean(value.CI),
  });
};
