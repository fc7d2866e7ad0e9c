import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { itemAt } from '../collections/item-at';
import { createSeededGaussian } from './seeded-random';
import { dotProduct } from './vector-math';

/** One row of a sparse matrix: column indices in ascending order and their values. */
export interface SparseRow {
  readonly indices: Uint32Array;
  readonly values: Float64Array;
}

export interface SparseMatrix {
  readonly rows: readonly SparseRow[];
  readonly columnCount: number;
}

export interface TruncatedSvdOptions {
  readonly rank: number;
  /** Extra random directions sampled beyond `rank`; they make the leading components accurate. */
  readonly oversampling?: number;
  /** Rounds of subspace iteration; each one sharpens the separation of the components. */
  readonly powerIterations?: number;
  readonly seed?: number;
}

export interface TruncatedSvd {
  /** Number of components returned: min(rank, rows, columns). */
  readonly rank: number;
  /** Descending; components of a rank-deficient matrix have singular value 0. */
  readonly singularValues: Float64Array;
  /** Right singular vectors, row-major `columnCount × rank`: entry (column c, component j) at c * rank + j. */
  readonly rightVectors: Float64Array;
}

const negligible = 1e-10;

/** rows × width dense result of sparse X times dense (columnCount × width, row-major) D. */
const multiplySparseByDense = (matrix: SparseMatrix, dense: Float64Array, width: number): Float64Array => {
  const result = new Float64Array(matrix.rows.length * width);
  matrix.rows.forEach((row, rowIndex) => {
    const offset = rowIndex * width;
    for (let entry = 0; entry < row.indices.length; entry += 1) {
      const value = row.values[entry] ?? 0;
      const denseOffset = (row.indices[entry] ?? 0) * width;
      for (let column = 0; column < width; column += 1) result[offset + column] = (result[offset + column] ?? 0) + value * (dense[denseOffset + column] ?? 0);
    }
  });
  return result;
};

/** columnCount × width dense result of Xᵀ times dense (rows × width, row-major) D. */
const multiplyTransposedSparseByDense = (matrix: SparseMatrix, dense: Float64Array, width: number): Float64Array => {
  const result = new Float64Array(matrix.columnCount * width);
  matrix.rows.forEach((row, rowIndex) => {
    const offset = rowIndex * width;
    for (let entry = 0; entry < row.indices.length; entry += 1) {
      const value = row.values[entry] ?? 0;
      const resultOffset = (row.indices[entry] ?? 0) * width;
      for (let column = 0; column < width; column += 1)
        result[resultOffset + column] = (result[resultOffset + column] ?? 0) + value * (dense[offset + column] ?? 0);
    }
  });
  return result;
};

/**
 * Orthonormalises the columns of a row-major `height × width` matrix in place (modified
 * Gram–Schmidt, two passes for accuracy). Columns that depend on earlier ones become zero.
 */
const orthonormalizeColumns = (matrix: Float64Array, height: number, width: number): void => {
  const columns = Array.from({ length: width }, (_, column) => {
    const values = new Float64Array(height);
    for (let row = 0; row < height; row += 1) values[row] = matrix[row * width + column] ?? 0;
    return values;
  });
  columns.forEach((current, column) => {
    const originalNorm = Math.sqrt(dotProduct(current, current));
    for (let pass = 0; pass < 2; pass += 1) {
      for (let previous = 0; previous < column; previous += 1) {
        const basisVector = itemAt(columns, previous);
        const projection = dotProduct(basisVector, current);
        if (projection === 0) continue;
        for (let row = 0; row < height; row += 1) current[row] = (current[row] ?? 0) - projection * (basisVector[row] ?? 0);
      }
    }
    const norm = Math.sqrt(dotProduct(current, current));
    const scale = originalNorm > 0 && norm > negligible * originalNorm ? 1 / norm : 0;
    for (let row = 0; row < height; row += 1) current[row] = (current[row] ?? 0) * scale;
  });
  columns.forEach((values, column) => {
    for (let row = 0; row < height; row += 1) matrix[row * width + column] = values[row] ?? 0;
  });
};

/** The symmetric `width × width` product Aᵀ B of two row-major `height × width` matrices known to give a symmetric result. */
const symmetricProduct = (left: Float64Array, right: Float64Array, height: number, width: number): Matrix => {
  const sums = new Float64Array(width * width);
  for (let row = 0; row < height; row += 1) {
    const offset = row * width;
    for (let first = 0; first < width; first += 1) {
      const value = left[offset + first] ?? 0;
      if (value === 0) continue;
      const sumOffset = first * width;
      for (let second = first; second < width; second += 1) sums[sumOffset + second] = (sums[sumOffset + second] ?? 0) + value * (right[offset + second] ?? 0);
    }
  }
  const product = Matrix.zeros(width, width);
  for (let first = 0; first < width; first += 1) {
    for (let second = first; second < width; second += 1) {
      const sum = sums[first * width + second] ?? 0;
      product.set(first, second, sum);
      product.set(second, first, sum);
    }
  }
  return product;
};

/** Flips each column of a row-major matrix so that its largest-magnitude entry (the first, on ties) is positive. */
const fixSigns = (matrix: Float64Array, height: number, width: number): void => {
  for (let column = 0; column < width; column += 1) {
    let largestValue = 0;
    for (let row = 0; row < height; row += 1) {
      const value = matrix[row * width + column] ?? 0;
      if (Math.abs(value) > Math.abs(largestValue)) largestValue = value;
    }
    if (largestValue >= 0) continue;
    for (let row = 0; row < height; row += 1) matrix[row * width + column] = -(matrix[row * width + column] ?? 0);
  }
};

/**
 * Leading singular values and right singular vectors of a sparse matrix, by a randomized range
 * finder with subspace iteration (Halko, Martinsson & Tropp 2011) driven by a seeded generator:
 * the same matrix and options give the same bits every time. The sign of each singular vector is
 * fixed so that its largest-magnitude entry (first such, on ties) is positive.
 */
export const truncatedSvd = (matrix: SparseMatrix, options: TruncatedSvdOptions): TruncatedSvd => {
  const rowCount = matrix.rows.length;
  const columnCount = matrix.columnCount;
  const rank = Math.max(0, Math.min(options.rank, rowCount, columnCount));
  const width = Math.min(rank + (options.oversampling ?? 10), rowCount, columnCount);
  if (rank === 0) return { rank: 0, singularValues: new Float64Array(0), rightVectors: new Float64Array(0) };

  const gaussian = createSeededGaussian(options.seed ?? 20240601);
  const probe = new Float64Array(columnCount * width);
  for (let index = 0; index < probe.length; index += 1) probe[index] = gaussian();

  let basis = multiplySparseByDense(matrix, probe, width);
  orthonormalizeColumns(basis, rowCount, width);
  for (let iteration = 0; iteration < (options.powerIterations ?? 4); iteration += 1) {
    basis = multiplySparseByDense(matrix, multiplyTransposedSparseByDense(matrix, basis, width), width);
    orthonormalizeColumns(basis, rowCount, width);
  }

  // With B = Qᵀ X: Bᵀ = Xᵀ Q, and B Bᵀ = Qᵀ (X Xᵀ Q) is a small width × width symmetric matrix.
  const projected = multiplyTransposedSparseByDense(matrix, basis, width);
  const expanded = multiplySparseByDense(matrix, projected, width);
  const decomposition = new EigenvalueDecomposition(symmetricProduct(basis, expanded, rowCount, width), { assumeSymmetric: true });
  const eigenvalues = decomposition.realEigenvalues;
  const eigenvectors = decomposition.eigenvectorMatrix;
  const eigenvalueAt = (index: number): number => eigenvalues[index] ?? 0;
  const order = eigenvalues.map((_, index) => index).sort((left, right) => eigenvalueAt(right) - eigenvalueAt(left) || left - right);

  // V = Bᵀ W Σ⁻¹, computed one feature row at a time so the inner loop runs over contiguous memory.
  const singularValues = new Float64Array(rank);
  const largest = Math.sqrt(Math.max(eigenvalueAt(itemAt(order, 0)), 0));
  const scaledWeights = new Float64Array(width * rank);
  for (let component = 0; component < rank; component += 1) {
    const eigenvector = itemAt(order, component);
    const singularValue = Math.sqrt(Math.max(eigenvalueAt(eigenvector), 0));
    if (singularValue === 0 || singularValue <= negligible * largest) continue;
    singularValues[component] = singularValue;
    for (let inner = 0; inner < width; inner += 1) {
      scaledWeights[inner * rank + component] = eigenvectors.get(inner, eigenvector) / singularValue;
    }
  }
  const rightVectors = new Float64Array(columnCount * rank);
  for (let column = 0; column < columnCount; column += 1) {
    const offset = column * rank;
    for (let inner = 0; inner < width; inner += 1) {
      const value = projected[column * width + inner] ?? 0;
      if (value === 0) continue;
      const weightOffset = inner * rank;
      for (let component = 0; component < rank; component += 1) {
        rightVectors[offset + component] = (rightVectors[offset + component] ?? 0) + value * (scaledWeights[weightOffset + component] ?? 0);
      }
    }
  }
  fixSigns(rightVectors, columnCount, rank);
  return { rank, singularValues, rightVectors };
};
