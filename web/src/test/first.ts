/** The first of `items`, failing the test when there is none. */
export const first = <T>(items: ArrayLike<T>): T => {
  const item = items[0];
  if (item === undefined) throw new Error('expected at least one item');
  return item;
};
