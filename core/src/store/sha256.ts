import { createHash } from 'node:crypto';

/** Hex SHA-256 of text or bytes: seed fingerprints in the manifest, settings hashes, chunk ids. */
export const sha256 = (input: string | Buffer): string => createHash('sha256').update(input).digest('hex');
