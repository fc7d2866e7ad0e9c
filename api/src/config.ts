import { describeIssues, parseIndexLocation, type IndexLocation } from '@kildesvar/core';
import { z } from 'zod';
import { KildesvarError } from '@kildesvar/core/errors';

const serverSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  WEB_DIST: z.string().min(1).default('web/dist'),
  CORS_ORIGIN: z.string().optional(),
  BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  GENERATION_POLL_MS: z.coerce.number().int().min(100).default(2000),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(10),
});

export type Config = Readonly<
  IndexLocation & {
    port: number;
    host: string;
    webDist: string;
    corsOrigin: string | undefined;
    bodyLimitBytes: number;
    /** STORE=postgres: how often the active index generation is checked. */
    generationPollMs: number;
    databasePoolSize: number;
  }
>;

/** The API's configuration, parsed once from the environment into a frozen, typed object. */
export const loadConfig = (environment: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = serverSchema.safeParse(environment);
  if (!parsed.success) throw new KildesvarError('config_invalid', `Invalid configuration (environment variables): ${describeIssues(parsed.error.issues)}`);
  const value = parsed.data;
  return Object.freeze({
    ...parseIndexLocation(environment),
    port: value.PORT,
    host: value.HOST,
    webDist: value.WEB_DIST,
    corsOrigin: value.CORS_ORIGIN || undefined,
    bodyLimitBytes: value.BODY_LIMIT_BYTES,
    generationPollMs: value.GENERATION_POLL_MS,
    databasePoolSize: value.DATABASE_POOL_SIZE,
  });
};
