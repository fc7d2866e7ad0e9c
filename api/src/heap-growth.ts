import v8 from 'node:v8';

/**
 * How much V8 may grow its old space between two full collections, as a percentage of what the
 * last one kept (`HEAP_GROWING_PERCENT`; 0 = V8's own rule), for the API over either store. Over
 * the database store a process reads ~30 analysed chunks from the database for every search (their
 * analysis parsed from JSON into sets); at 100× the corpus few of them are read again, so they
 * are garbage a few searches later, but only after the chunk cache has kept them long enough to
 * reach the old space. V8's own rule then lets the old space grow to ~4× what survives before it
 * collects (measured in process at 100×: 158 MiB of old space holding 43 MiB live). With 50 % RSS
 * after 100 searches was 291–293 MiB at 100× against 341–344 without (1×: ~212 either way) and
 * API CPU per search within the noise; 25 % gave 277–279 MiB for ~10 % more CPU (bench/README,
 * session 14). Over the file store the same rule let RSS grow 83–99 MiB during `npm run bench`'s HTTP
 * rounds while the heap a full collection keeps stayed at ~62 MiB; with 50 % it grew 17 MiB
 * (bench/README, session 17). Set once the index is loaded, not at start (`index.ts`).
 */
export const defaultHeapGrowingPercent = 50;

/** Sets V8's heap growing factor to `1 + percent / 100` for this process (V8 reads it at each full collection). */
export const boundHeapGrowth = (percent: number): void => {
  if (percent > 0) v8.setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
};
