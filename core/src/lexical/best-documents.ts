/**
 * The k best documents of a BM25 search by document number: highest score first, ties by id. Written
 * by hand for this one hot loop (the generic `topK` over hit objects cost as much as summing the
 * postings): a bounded heap of document numbers in an Int32Array whose root is the worst one kept,
 * compared through the score array and the ids without a closure per comparison. `scores` and `ids` are as long as
 * each other (one entry per document).
 */
export const bestDocuments = (scores: Float64Array, ids: readonly string[], k: number, keep?: (document: number) => boolean): number[] => {
  const heap = new Int32Array(Math.max(0, k));
  let size = 0;
  /** Whether document `left` ranks after document `right` (lower score, or the same score and a later id). */
  // No `?? 0` here or below: every document number compared is below `scores.length` (= `ids.length`), and every heap
  // index read is below `size`.
  const after = (left: number, right: number): boolean => {
    const leftScore = scores[left] as number;
    const rightScore = scores[right] as number;
    return leftScore < rightScore || (leftScore === rightScore && (ids[left] as string) > (ids[right] as string));
  };
  const siftDown = (): void => {
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let worst = index;
      if (left < size && after(heap[left] as number, heap[worst] as number)) worst = left;
      if (right < size && after(heap[right] as number, heap[worst] as number)) worst = right;
      if (worst === index) return;
      const item = heap[index] as number;
      heap[index] = heap[worst] as number;
      heap[worst] = item;
      index = worst;
    }
  };
  for (let document = 0; document < scores.length && k > 0; document += 1) {
    if ((scores[document] as number) <= 0 || (keep && !keep(document))) continue;
    if (size < k) {
      // Sift up: the new document rises while it ranks after its parent.
      let index = size;
      heap[size] = document;
      size += 1;
      while (index > 0) {
        const parent = (index - 1) >> 1;
        if (!after(heap[index] as number, heap[parent] as number)) break;
        const item = heap[index] as number;
        heap[index] = heap[parent] as number;
        heap[parent] = item;
        index = parent;
      }
    } else if (after(heap[0] as number, document)) {
      heap[0] = document;
      siftDown();
    }
  }
  return [...heap.subarray(0, size)].sort((left, right) => (after(left, right) ? 1 : after(right, left) ? -1 : 0));
};
