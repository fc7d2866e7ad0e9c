/**
 * The project's one error vocabulary: library code throws these, the API maps `code` to a status
 * (api/src/error-handler.ts) and the UI branches on it. Whose fault it is decides the code:
 * - the request (only the API says so): `bad_request`, `not_found`, `payload_too_large`, `unsupported_media_type`;
 * - the index on disk: `index_missing` (none built), `index_mismatch` (built from other seeds, settings or
 *   embedder), `index_corrupt` (its files do not parse or do not fit together), `index_not_ready` (still loading);
 * - the server's data and setup: `seeds_invalid` (seeds/catalog.json or the seed texts), `config_invalid`
 *   (an environment variable), `model_missing` (the embedding model's files), `gold_set_invalid` (eval/data);
 * - anything else: `internal`.
 * A programmer's mistake (an impossible argument) is a plain `TypeError` or `RangeError`, not one of these.
 */
export const errorCodes = [
  'bad_request',
  'not_found',
  'payload_too_large',
  'unsupported_media_type',
  'index_missing',
  'index_mismatch',
  'index_not_ready',
  'model_missing',
  'index_corrupt',
  'index_locked',
  'timeout',
  'overloaded',
  'rate_limited',
  'host_not_allowed',
  'headers_too_large',
  'request_timeout',
  'internal',
  'seeds_invalid',
  'config_invalid',
  'gold_set_invalid',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export class KildesvarError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KildesvarError';
    this.code = code;
  }
}

export const isKildesvarError = (value: unknown): value is KildesvarError => value instanceof KildesvarError;
