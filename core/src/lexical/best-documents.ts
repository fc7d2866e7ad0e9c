/**
 * The k best documents of a BM25 search by document number: highest score first, ties by id. Written
 * by hand for this one hot loop (the generic `topK` over hit objects cost as much as summing the
 * postings): a bounded heap of document numbers in an Int32Array whose root is the worst one kept,
 * compared through the score array and the ids without a closure per comparison.
 */
export const bestDocuments = (scores: Float64Array, ids: readonly string[], k: number, keep?: (document: number) => boolean): number[] => {
  const heap = new Int32Array(Math.max(0, k));
  let size = 0;
  /** Whether document `left` ranks after document `right` (lower score, or the same score and a later id). */
  const after = (left: number, right: number): boolean => {
    const leftScore = scores[left] ?? 0;
    const rightScore = scores[right] ?? 0;
    return leftScore < rightScore || (leftScore === rightScore && (ids[left] ?? '') > (ids[right] ?? ''));
  };
  const siftDown = (): void => {
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let worst = index;
      if (left < size && after(heap[left] ?? 0, heap[worst] ?? 0)) worst = left;
      if (right < size && after(heap[right] ?? 0, heap[worst] ?? 0)) worst = right;
      if (worst === index) return;
      const item = heap[index] ?? 0;
      heap[index] = heap[worst] ?? 0;
      heap[worst] = item;
      index = worst;
    }
  };
  for (let document = 0; document < scores.length && k > 0; document += 1) {
    if ((scores[document] ?? 0) <= 0 || (keep && !keep(document))) continue;
    if (size < k) {
      // Sift up: the new document rises while it ranks after its parent.
      let index = size;
      heap[size] = document;
      size += 1;
      while (index > 0) {
        const parent = (index - 1) >> 1;
        if (!after(heap[index] ?? 0, heap[parent] ?? 0)) break;
        const item = heap[index] ?? 0;
        heap[index] = heap[parent] ?? 0;
        heap[parent] = item;
        index = parent;
      }
    } else if (after(heap[0] ?? 0, document)) {
      heap[0] = document;
      siftDown();
    }
  }
  return [...heap.subarray(0, size)].sort((left, right) => (after(left, right) ? 1 : after(right, left) ? -1 : 0));
};
