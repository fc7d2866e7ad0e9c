/**
 * The k best items under `compare` (negative when the left one ranks first), best first, without
 * sorting them all: a bounded heap whose root is the worst item kept.
 */
export const topK = <T>(items: Iterable<T>, k: number, compare: (left: T, right: T) => number): T[] => {
  if (k <= 0) return [];
  const heap: T[] = [];
  const worse = (left: T, right: T) => compare(left, right) > 0;
  const siftUp = (start: number) => {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!worse(heap[index], heap[parent])) break;
      [heap[index], heap[parent]] = [heap[parent], heap[index]];
      index = parent;
    }
  };
  const siftDown = () => {
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let worst = index;
      if (left < heap.length && worse(heap[left], heap[worst])) worst = left;
      if (right < heap.length && worse(heap[right], heap[worst])) worst = right;
      if (worst === index) return;
      [heap[index], heap[worst]] = [heap[worst], heap[index]];
      index = worst;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap.length - 1);
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item;
      siftDown();
    }
  }
  return heap.sort(compare);
};
