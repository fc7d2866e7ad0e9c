/** The item at `index` of `items`, failing the test when there is none. */
export const itemAt = <T>(items: ArrayLike<T>, index: number): T => {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at ${index} of ${items.length}`);
  return item;
};

/** The first of `items`, failing the test when there is none. */
export const first = <T>(items: ArrayLike<T>): T => itemAt(items, 0);
