/** Scales a vector to unit length in place; an all-zero vector stays all zero. */
export const normalizeInPlace = <T extends Float64Array | Float32Array | number[]>(vector: T): T => {
  let sumOfSquares = 0;
  for (let index = 0; index < vector.length; index += 1) {
    const value = vector[index] ?? 0;
    sumOfSquares += value * value;
  }
  if (sumOfSquares === 0) return vector;
  const inverseNorm = 1 / Math.sqrt(sumOfSquares);
  for (let index = 0; index < vector.length; index += 1) vector[index] = (vector[index] ?? 0) * inverseNorm;
  return vector;
};

export const dotProduct = (left: ArrayLike<number>, right: ArrayLike<number>): number => {
  let sum = 0;
  for (let index = 0; index < left.length; index += 1) sum += (left[index] ?? 0) * (right[index] ?? 0);
  return sum;
};

export const euclideanNorm = (vector: ArrayLike<number>): number => Math.sqrt(dotProduct(vector, vector));
