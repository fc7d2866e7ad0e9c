/**
 * A projection matrix stored as one signed byte per entry plus one scale per row: a quarter of
 * float32's size, with an error below half a step (1/254 of the row's largest magnitude).
 */
export interface QuantizedProjection {
  /** Row-major `rows × width`. */
  readonly values: Int8Array;
  readonly scales: Float32Array;
  readonly width: number;
}

export const quantizeProjection = (matrix: ArrayLike<number>, rows: number, width: number): QuantizedProjection => {
  const values = new Int8Array(rows * width);
  const scales = new Float32Array(rows);
  for (let row = 0; row < rows; row += 1) {
    const offset = row * width;
    let largest = 0;
    for (let column = 0; column < width; column += 1) largest = Math.max(largest, Math.abs(matrix[offset + column] ?? 0));
    if (largest === 0) continue;
    const scale = Math.fround(largest / 127);
    scales[row] = scale;
    for (let column = 0; column < width; column += 1) values[offset + column] = Math.round((matrix[offset + column] ?? 0) / scale);
  }
  return { values, scales, width };
};

export const dequantizeProjection = (projection: QuantizedProjection): Float32Array => {
  const matrix = new Float32Array(projection.values.length);
  for (let row = 0; row < projection.scales.length; row += 1) {
    const offset = row * projection.width;
    const scale = projection.scales[row] ?? 0;
    for (let column = 0; column < projection.width; column += 1) {
      matrix[offset + column] = (projection.values[offset + column] ?? 0) * scale;
    }
  }
  return matrix;
};
