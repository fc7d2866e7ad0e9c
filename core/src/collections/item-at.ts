/**
 * The item at `index`, for code that has just derived the index from the same array (a loop
 * bound, a sorted order, a lookup table built beside it). An index outside the array is a
 * programmer mistake, so it throws a `RangeError` instead of letting `undefined` travel on.
 */
export const itemAt = <T>(items: ArrayLike<T>, index: number): T => {
  if (!Number.isInteger(index) || index < 0 || index >= items.length) {
    throw new RangeError(`Index ${index} is outside an array of length ${items.length}`);
  }
  return items[index] as T;
};
