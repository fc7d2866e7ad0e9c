import { z } from 'zod';

/** The API's configuration, parsed once from the environment into a frozen, typed object. */
const booleanFlag = z
  .enum(['0', '1', 'true', 'false', ''])
  .optional()
  .transform((value) => value === '1' || value === 'true');

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  INDEX_DIR: z.string().min(1).default('.index'),
  SEEDS_DIR: z.string().min(1).default('seeds'),
  MODELS_DIR: z.string().min(1).default('models'),
  EMBEDDER: z.enum(['auto', 'e5', 'corpus']).default('auto'),
  ALLOW_REMOTE_MODELS: booleanFlag,
  WEB_DIST: z.string().min(1).default('web/dist'),
  CORS_ORIGIN: z.string().optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(256 * 1024),
});

export type Config = Readonly<{
  port: number;
  host: string;
  indexDir: string;
  seedsDir: string;
  modelsDir: string;
  embedder: 'auto' | 'e5' | 'corpus';
  allowRemoteModels: boolean;
  webDist: string;
  corsOrigin: string | undefined;
  bodyLimitBytes: number;
}>;

export const loadConfig = (environment: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = configSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration (environment variables): ${problems}`);
  }
  const value = parsed.data;
  return Object.freeze({
    port: value.PORT,
    host: value.HOST,
    indexDir: value.INDEX_DIR,
    seedsDir: value.SEEDS_DIR,
    modelsDir: value.MODELS_DIR,
    embedder: value.EMBEDDER,
    allowRemoteModels: value.ALLOW_REMOTE_MODELS,
    webDist: value.WEB_DIST,
    corsOrigin: value.CORS_ORIGIN || undefined,
    bodyLimitBytes: value.BODY_LIMIT_BYTES,
  });
};
