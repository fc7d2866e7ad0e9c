import { Matrix, SingularValueDecomposition } from 'ml-matrix';
import { describe, expect, it } from 'vitest';
import { createSeededRandom } from './seeded-random';
import { truncatedSvd, type SparseMatrix } from './truncated-svd';
import { itemAt } from '../collections/item-at';

/** A random sparse matrix (about a third of the entries set), as sparse rows and as a dense ml-matrix. */
const randomSparse = (rows: number, columns: number, seed: number): { sparse: SparseMatrix; dense: Matrix } => {
  const random = createSeededRandom(seed);
  const dense = Matrix.zeros(rows, columns);
  const sparseRows = Array.from({ length: rows }, (_, row) => {
    const indices: number[] = [];
    const values: number[] = [];
    for (let column = 0; column < columns; column += 1) {
      if (random() < 0.33) {
        const value = random() * 2 - 1;
        indices.push(column);
        values.push(value);
        dense.set(row, column, value);
      }
    }
    return { indices: Uint32Array.from(indices), values: Float64Array.from(values) };
  });
  return { sparse: { rows: sparseRows, columnCount: columns }, dense };
};

describe('truncatedSvd', () => {
  it('finds the exact leading singular values and vectors of a small matrix', () => {
    const { sparse, dense } = randomSparse(40, 60, 7);
    const exact = new SingularValueDecomposition(dense, { autoTranspose: true });
    const result = truncatedSvd(sparse, { rank: 8, oversampling: 32, powerIterations: 6 });
    expect(result.rank).toBe(8);
    for (let component = 0; component < 8; component += 1) {
      expect(result.singularValues[component]).toBeCloseTo(itemAt(exact.diagonal, component), 8);
      // Same direction up to sign: |⟨v, v_exact⟩| = 1.
      let overlap = 0;
      for (let column = 0; column < 60; column += 1)
        overlap += itemAt(result.rightVectors, column * 8 + component) * exact.rightSingularVectors.get(column, component);
      expect(Math.abs(overlap)).toBeCloseTo(1, 6);
    }
  });

  it('gives the same bits for the same matrix and seed', () => {
    const { sparse } = randomSparse(30, 50, 3);
    const first = truncatedSvd(sparse, { rank: 5 });
    const second = truncatedSvd(sparse, { rank: 5 });
    expect(Array.from(second.rightVectors)).toEqual(Array.from(first.rightVectors));
    expect(Array.from(second.singularValues)).toEqual(Array.from(first.singularValues));
  });

  it('makes the largest-magnitude entry of every singular vector positive', () => {
    const { sparse } = randomSparse(30, 50, 11);
    const result = truncatedSvd(sparse, { rank: 6 });
    for (let component = 0; component < 6; component += 1) {
      let largest = 0;
      for (let column = 0; column < 50; column += 1) {
        const value = itemAt(result.rightVectors, column * 6 + component);
        if (Math.abs(value) > Math.abs(largest)) largest = value;
      }
      expect(largest).toBeGreaterThan(0);
    }
  });

  it('returns zero components beyond the rank of a rank-deficient matrix', () => {
    const row = { indices: Uint32Array.from([0, 2]), values: Float64Array.from([1, 2]) };
    const result = truncatedSvd({ rows: [row, row, row], columnCount: 4 }, { rank: 3 });
    expect(result.rank).toBe(3);
    expect(result.singularValues[0]).toBeCloseTo(Math.sqrt(15), 10);
    expect(Array.from(result.singularValues.slice(1))).toEqual([0, 0]);
    expect(
      Array.from(result.rightVectors)
        .filter((_, index) => index % 3 !== 0)
        .every((value) => value === 0),
    ).toBe(true);
  });
});
