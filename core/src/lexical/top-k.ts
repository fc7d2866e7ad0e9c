import { itemAt } from '../collections/item-at';

/**
 * The k best items under `compare` (negative when the left one ranks first), best first, without
 * sorting them all: a bounded heap whose root is the worst item kept.
 */
export const topK = <T>(items: Iterable<T>, k: number, compare: (left: T, right: T) => number): T[] => {
  if (k <= 0) return [];
  const heap: T[] = [];
  const at = (index: number): T => itemAt(heap, index);
  const worse = (left: number, right: number) => compare(at(left), at(right)) > 0;
  const swap = (left: number, right: number) => {
    const item = at(left);
    heap[left] = at(right);
    heap[right] = item;
  };
  const siftUp = (start: number) => {
    let index = start;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if (!worse(index, parent)) break;
      swap(index, parent);
      index = parent;
    }
  };
  const siftDown = () => {
    let index = 0;
    for (;;) {
      const left = 2 * index + 1;
      const right = left + 1;
      let worst = index;
      if (left < heap.length && worse(left, worst)) worst = left;
      if (right < heap.length && worse(right, worst)) worst = right;
      if (worst === index) return;
      swap(index, worst);
      index = worst;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      siftUp(heap.length - 1);
    } else if (compare(item, at(0)) < 0) {
      heap[0] = item;
      siftDown();
    }
  }
  return heap.sort(compare);
};
