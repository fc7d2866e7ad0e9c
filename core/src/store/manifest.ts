import { z } from 'zod';

/** The index describes itself: what built it, from which seeds, with which settings. */
/** 3: chunks in `chunks.bin` (read per chunk), per-block checksums for the files read in parts. */
export const INDEX_FORMAT_VERSION = 3;

/**
 * The SHA-256 of each `bytes`-sized block of a file (the last one shorter), as one string of
 * 64-hex-digit hashes in file order. Written for the files the server reads in parts (postings,
 * analysed chunks): the loader checks a block when it first reads from it, so start-up hashes only
 * what it reads and every byte is still checked before it is decoded.
 */
export const fileBlocksSchema = z.object({ bytes: z.number().int().positive(), sha256: z.string().regex(/^(?:[0-9a-f]{64})*$/) });
export type FileBlocks = z.infer<typeof fileBlocksSchema>;

/** Size and SHA-256 of one index file, checked before any byte of it is parsed or handed to hnswlib. */
export const fileChecksumSchema = z.object({
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  blocks: fileBlocksSchema.optional(),
});
export type FileChecksum = z.infer<typeof fileChecksumSchema>;

export const manifestSchema = z.object({
  formatVersion: z.literal(INDEX_FORMAT_VERSION),
  builtAt: z.string(),
  embedder: z.object({ id: z.string(), kind: z.enum(['corpus', 'e5']), dimensions: z.number().int().positive() }),
  /** Everything whose change must trigger a rebuild, hashed: code versions and settings. */
  settingsHash: z.string(),
  settings: z.record(z.string(), z.unknown()),
  seeds: z.array(z.object({ file: z.string(), sha256: z.string(), chars: z.number().int() })),
  catalogSha256: z.string(),
  counts: z.object({
    documents: z.number().int(),
    chunks: z.number().int(),
    sentences: z.number().int(),
    foldedSentences: z.number().int(),
    foldedChars: z.number().int(),
    originalChars: z.number().int(),
    cleanedChars: z.number().int(),
  }),
  englishDictionary: z.object({ entries: z.number().int(), source: z.string() }),
  stageSeconds: z.record(z.string(), z.number()),
  /** Every file of the build but the manifest, by path relative to the build folder ('/' separated). */
  files: z.record(z.string(), fileChecksumSchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

/**
 * What a build writes; ingest adds `files` (the checksums) once every file is on disk. A database
 * generation (STORE=postgres) keeps this manifest: its integrity is the transaction's, not files'.
 */
export const buildManifestSchema = manifestSchema.omit({ files: true });
export type BuildManifest = z.infer<typeof buildManifestSchema>;
