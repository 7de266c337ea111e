// Symmetric int8 quantisation with one float scale per row: row ≈ int8 row × scale. Per-row scales
// keep rare tokens with small SIF-shrunk norms as precise as frequent ones.
export function quantizeRows(x, k) {
  const n = x.length / k;
  const table = new Int8Array(n * k);
  const scales = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let max = 0;
    for (let j = 0; j < k; j++) max = Math.max(max, Math.abs(x[i * k + j]));
    if (max === 0) continue; // zero row stays zero with scale 0
    const scale = Math.fround(max / 127);
    scales[i] = scale;
    for (let j = 0; j < k; j++) table[i * k + j] = Math.round(x[i * k + j] / scale);
  }
  return { table, scales };
}
