import { describeIssues, parseIndexLocation, type IndexLocation } from '@kildesvar/core';
import { z } from 'zod';
import { KildesvarError } from '@kildesvar/core/errors';
import { defaultHeapGrowingPercent } from './heap-growth';

const count = (fallback: number) => z.coerce.number().int().min(0).default(fallback);
const flag = (fallback: boolean) =>
  z
    .enum(['0', '1', 'true', 'false', ''])
    .optional()
    .transform((value) => (value === undefined || value === '' ? fallback : value === '1' || value === 'true'));

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
  REQUEST_TIMEOUT_MS: count(15_000),
  MAX_CONCURRENT: count(4),
  MAX_QUEUE: count(32),
  RATE_LIMIT_PER_MINUTE: count(120),
  RATE_LIMIT_BURST: count(30),
  TRUST_PROXY: flag(false),
  ALLOWED_HOSTS: z.string().optional(),
  ACCESS_LOG: flag(true),
  SHUTDOWN_TIMEOUT_MS: count(10_000),
  INDEX_WATCH_MS: count(2_000),
  GENERATION_POLL_MS: z.coerce.number().int().min(100).default(2000),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(1000).optional(),
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
    /** V8's old-space growth between full collections, in per cent (`boundHeapGrowth`); 0 = V8's own rule. */
    heapGrowingPercent: number;
    /** 0 = no deadline. */
    requestTimeoutMs: number;
    /** 0 = no cap. */
    maxConcurrent: number;
    maxQueue: number;
    /** 0 = no rate limit. */
    rateLimitPerMinute: number;
    rateLimitBurst: number;
    trustProxy: boolean;
    /** Empty = any Host header. */
    allowedHosts: string[];
    accessLog: boolean;
    shutdownTimeoutMs: number;
    /** 0 = no hot reload. */
    indexWatchMs: number;
  }
>;

/** The API's configuration, parsed once from the environment into a frozen, typed object. */
export const loadConfig = (environment: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = serverSchema.safeParse(environment);
  if (!parsed.success) throw new KildesvarError('config_invalid', `Invalid configuration (environment variables): ${describeIssues(parsed.error.issues)}`);
  const value = parsed.data;
  const location = parseIndexLocation(environment);
  return Object.freeze({
    ...location,
    port: value.PORT,
    host: value.HOST,
    webDist: value.WEB_DIST,
    corsOrigin: value.CORS_ORIGIN || undefined,
    bodyLimitBytes: value.BODY_LIMIT_BYTES,
    generationPollMs: value.GENERATION_POLL_MS,
    databasePoolSize: value.DATABASE_POOL_SIZE,
    heapGrowingPercent: value.HEAP_GROWING_PERCENT ?? defaultHeapGrowingPercent,
    requestTimeoutMs: value.REQUEST_TIMEOUT_MS,
    maxConcurrent: value.MAX_CONCURRENT,
    maxQueue: value.MAX_QUEUE,
    rateLimitPerMinute: value.RATE_LIMIT_PER_MINUTE,
    rateLimitBurst: value.RATE_LIMIT_BURST,
    trustProxy: value.TRUST_PROXY,
    allowedHosts: (value.ALLOWED_HOSTS ?? '')
      .split(',')
      .map((host) => host.trim())
      .filter(Boolean),
    accessLog: value.ACCESS_LOG,
    shutdownTimeoutMs: value.SHUTDOWN_TIMEOUT_MS,
    indexWatchMs: value.INDEX_WATCH_MS,
  });
};

/** The app's work limits as configured (each 0 switches its bound off). */
export const workLimits = (config: Config) => ({
  requestTimeoutMs: config.requestTimeoutMs || undefined,
  concurrency: config.maxConcurrent > 0 ? { maxActive: config.maxConcurrent, maxQueued: config.maxQueue } : undefined,
  rateLimit:
    config.rateLimitPerMinute > 0
      ? { perMinute: config.rateLimitPerMinute, burst: Math.max(1, config.rateLimitBurst), trustProxy: config.trustProxy }
      : undefined,
});
