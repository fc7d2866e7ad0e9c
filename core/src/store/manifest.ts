import { z } from 'zod';

/** The index describes itself: what built it, from which seeds, with which settings. */
export const INDEX_FORMAT_VERSION = 1;

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
});
export type Manifest = z.infer<typeof manifestSchema>;
