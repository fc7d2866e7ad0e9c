/**
 * Where an assistant reads the documents' original texts: held in memory (the file store reads
 * the seeds at start-up anyway) or fetched when needed (the database store, so that an API
 * process holds no corpus). Answers need them synchronously (a quoted sentence is located in its
 * original while the answer is composed), so the assistant reads the texts of the passages it may
 * quote before composing, with `read`, and locates in what that returned.
 */
export interface OriginalTexts {
  /** A document's length in characters (UTF-16 code units, as `String.length`), without reading it. */
  chars(file: string): number | undefined;
  /** The texts of these files; files it does not know are left out. */
  read(files: Iterable<string>): Promise<ReadonlyMap<string, string>>;
}

/** Texts already in memory. */
export const originalsInMemory = (texts: ReadonlyMap<string, string>): OriginalTexts => ({
  chars: (file) => texts.get(file)?.length,
  read: async (files) => {
    const found = new Map<string, string>();
    for (const file of files) {
      const text = texts.get(file);
      if (text !== undefined) found.set(file, text);
    }
    return found;
  },
});

export interface FetchedOriginalsOptions {
  /** Each document's length (the manifest records it per seed), so listing documents fetches nothing. */
  chars: ReadonlyMap<string, number>;
  /** Fetches the texts of these files (never called with an empty list). */
  fetch: (files: readonly string[]) => Promise<ReadonlyMap<string, string>>;
  /** Characters of fetched texts kept for the next requests (least recently used go first). */
  cacheChars: number;
}

/**
 * Texts fetched on demand, one fetch for all the files a call asks for that are neither cached nor
 * already being fetched; recently used texts are kept up to `cacheChars` characters in total.
 * Memory stays bounded whatever the corpus's size.
 */
export const fetchedOriginals = (options: FetchedOriginalsOptions): OriginalTexts => {
  const cached = new Map<string, string>();
  let cachedChars = 0;
  const pending = new Map<string, Promise<ReadonlyMap<string, string>>>();
  const keep = (file: string, text: string): void => {
    if (cached.has(file) || text.length > options.cacheChars) return;
    cached.set(file, text);
    cachedChars += text.length;
    for (const [oldest, oldText] of cached) {
      if (cachedChars <= options.cacheChars) break;
      cached.delete(oldest);
      cachedChars -= oldText.length;
    }
  };
  return {
    chars: (file) => options.chars.get(file),
    read: async (files) => {
      const asked = new Set(files);
      const found = new Map<string, string>();
      const waits: Array<Promise<ReadonlyMap<string, string>>> = [];
      const missing: string[] = [];
      for (const file of asked) {
        if (!options.chars.has(file)) continue;
        const text = cached.get(file);
        if (text !== undefined) {
          // Recently used: moves to the end of the eviction order.
          cached.delete(file);
          cached.set(file, text);
          found.set(file, text);
          continue;
        }
        const inFlight = pending.get(file);
        if (inFlight) waits.push(inFlight);
        else missing.push(file);
      }
      if (missing.length > 0) {
        const fetching = options.fetch(missing).then((texts) => {
          for (const [file, text] of texts) keep(file, text);
          return texts;
        });
        const settled = fetching.finally(() => {
          for (const file of missing) if (pending.get(file) === settled) pending.delete(file);
        });
        for (const file of missing) pending.set(file, settled);
        waits.push(settled);
      }
      for (const texts of await Promise.all(waits)) {
        // Only what was asked for: a shared fetch may hold other callers' files too.
        for (const [file, text] of texts) if (asked.has(file)) found.set(file, text);
      }
      return found;
    },
  };
};
