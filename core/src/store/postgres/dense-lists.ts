/**
 * Dense candidate generation without pgvector for large generations: an inverted-file index (IVF,
 * as pgvector's ivfflat) in plain tables. At ingest the chunk vectors (unit length) are grouped by
 * spherical k-means into `listCount` lists; a generation stores each list's centroid
 * (`kildesvar_dense_lists`) and each chunk's vector under its list (`kildesvar_list_vectors`, rows in
 * list order). A search ranks the centroids by their dot product with the query, and scans the
 * vectors of the `denseListsProbed` nearest lists exactly (the same expression as the exact scan,
 * so a chunk found has the exact scan's similarity to the bit). Approximate: a neighbour filed
 * under a list not probed is missed; `npm run bench:dense-lists` measures recall against the exact scan.
 *
 * Hand-written rather than a library (ml-kmeans): a few dozen lines over typed arrays, deterministic
 * (fixed seeds, no randomness), and spherical (cosine), which the Euclidean k-means packages are not.
 */

/**
 * Generations with at least this many chunks get lists; smaller ones are scanned exactly, so that
 * at the eval's size (314 chunks) both stores rank identically. Measured (bench/README, session 11):
 * the exact scan took 264 ms p50 over 31,870 chunks (~8 µs a chunk, load ~7), so below 10,000
 * chunks it stays under ~80 ms; the 16 lists probed at 100× took 27 ms.
 */
export const denseListsFrom = 10_000;

/**
 * Lists per generation: 2√n (357 at 100×, 31,870 chunks). Measured at 100× (bench:dense-lists,
 * bench/README): at the same share of vectors scanned, 356 lists find more of the exact top 100
 * than √n = 178 (4.5 % scanned: recall 0.988 against 0.961 for 5.0 %).
 */
export const listCount = (chunks: number): number => Math.max(1, Math.round(2 * Math.sqrt(chunks)));

/** Lists a search scans (nearest centroids first); chosen at 100× by recall@100 against the exact scan. */
export const denseListsProbed = 16;

/** Lloyd iterations of the k-means at ingest. */
export const kMeansIterations = 8;

export interface DenseLists {
  /** `lists × dimensions` unit-length centroids, row by row. */
  centroids: Float32Array;
  /** The list of each vector, in the order given. */
  assignment: Int32Array;
  lists: number;
  dimensions: number;
}

/** The vectors at unit length, row by row (a zero vector stays zero). */
const unitRows = (vectors: readonly (readonly number[])[], dimensions: number): Float32Array => {
  const rows = new Float32Array(vectors.length * dimensions);
  vectors.forEach((vector, row) => {
    const norm = Math.hypot(...vector);
    if (norm === 0) return;
    for (let index = 0; index < dimensions; index += 1) rows[row * dimensions + index] = (vector[index] ?? 0) / norm;
  });
  return rows;
};

/** The list whose centroid has the largest dot product with row `row` (the lowest list on ties). */
const nearest = (rows: Float32Array, row: number, centroids: Float32Array, lists: number, dimensions: number): number => {
  let best = 0;
  let bestDot = -Infinity;
  const offset = row * dimensions;
  for (let list = 0; list < lists; list += 1) {
    const centroid = list * dimensions;
    let dot = 0;
    for (let index = 0; index < dimensions; index += 1) dot += (rows[offset + index] ?? 0) * (centroids[centroid + index] ?? 0);
    if (dot > bestDot) {
      bestDot = dot;
      best = list;
    }
  }
  return best;
};

/**
 * Spherical k-means: `lists` centroids started from vectors spread evenly over the input order,
 * then `iterations` rounds of assigning each vector to its nearest centroid and setting each
 * centroid to its members' mean at unit length (a list left empty keeps its centroid).
 */
export const denseLists = (vectors: readonly (readonly number[])[], lists: number, iterations = kMeansIterations): DenseLists => {
  const dimensions = vectors[0]?.length ?? 0;
  const count = vectors.length;
  const size = Math.max(1, Math.min(lists, count));
  const rows = unitRows(vectors, dimensions);
  const centroids = new Float32Array(size * dimensions);
  for (let list = 0; list < size; list += 1) {
    const row = Math.floor((list * count) / size);
    centroids.set(rows.subarray(row * dimensions, (row + 1) * dimensions), list * dimensions);
  }
  const assignment = new Int32Array(count);
  const sums = new Float64Array(size * dimensions);
  for (let round = 0; round <= iterations; round += 1) {
    for (let row = 0; row < count; row += 1) assignment[row] = nearest(rows, row, centroids, size, dimensions);
    if (round === iterations) break;
    sums.fill(0);
    for (let row = 0; row < count; row += 1) {
      const at = (assignment[row] ?? 0) * dimensions;
      for (let index = 0; index < dimensions; index += 1) sums[at + index] = (sums[at + index] ?? 0) + (rows[row * dimensions + index] ?? 0);
    }
    for (let list = 0; list < size; list += 1) {
      const mean = sums.subarray(list * dimensions, (list + 1) * dimensions);
      const norm = Math.hypot(...mean);
      if (norm === 0) continue;
      for (let index = 0; index < dimensions; index += 1) centroids[list * dimensions + index] = (mean[index] ?? 0) / norm;
    }
  }
  return { centroids, assignment, lists: size, dimensions };
};

/** The `probed` lists nearest to `query` (largest dot product with the centroid first, then lowest list), as the search's SQL orders them. */
export const probedLists = (lists: DenseLists, query: ArrayLike<number>, probed: number): number[] => {
  const scored = Array.from({ length: lists.lists }, (_, list) => {
    let dot = 0;
    for (let index = 0; index < lists.dimensions; index += 1) dot += (lists.centroids[list * lists.dimensions + index] ?? 0) * (query[index] ?? 0);
    return { list, dot };
  });
  return scored
    .sort((left, right) => right.dot - left.dot || left.list - right.list)
    .slice(0, probed)
    .map((entry) => entry.list);
};
