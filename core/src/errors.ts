/** The project's one error vocabulary: library code throws these, the API maps `code` to a status. */
export const errorCodes = [
  'bad_request',
  'not_found',
  'payload_too_large',
  'unsupported_media_type',
  'index_missing',
  'index_mismatch',
  'index_not_ready',
  'model_missing',
  'internal',
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
