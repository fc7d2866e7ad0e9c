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

/**
 * The young generation's size for the API process, a V8 flag given when node starts (V8 sizes its new space when the
 * heap is set up; `v8.setFlagsFromString` afterwards changes nothing): `npm start` (package.json) and the server the
 * tests and the bench start (`startServerProcess`) run node with it. A search allocates a few MiB (the question's
 * analysis, the chunks the second stage reads with their term sets, the posting rows); with V8's default semi-space of
 * 16 MiB a scavenge came every few searches and copied what the searches in flight and the caches still held, and at
 * 10× the corpus over the database store the garbage collector was ~15 % of the API's CPU for a first-time search.
 * With 64 MiB: CPU per first-time search in process 45.3, 45.9 → 38.3, 39.2 ms, over HTTP (`bench:stores`) 64.0 → 56.2 ms,
 * for ~60–90 MiB more resident at either scale, and no gain at 1× (bench/README, session 25).
 */
export const youngGenerationFlag = '--max-semi-space-size=64';
