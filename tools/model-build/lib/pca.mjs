// PCA by eigen-decomposition of the covariance matrix (512 × 512, small enough for Jacobi).
// Only rows flagged in `use` take part (zero rows of special tokens would bias the mean).

/** Fits PCA on rows of `x` (n × d) and returns { mean, components (k × d), explained }. */
export function fitPca(x, d, k, use) {
  const n = x.length / d;
  const mean = new Float64Array(d);
  let count = 0;
  for (let r = 0; r < n; r++) {
    if (!use(r)) continue;
    count++;
    for (let j = 0; j < d; j++) mean[j] += x[r * d + j];
  }
  for (let j = 0; j < d; j++) mean[j] /= count;

  // Upper triangle of the covariance, one centred row at a time.
  const cov = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let r = 0; r < n; r++) {
    if (!use(r)) continue;
    for (let j = 0; j < d; j++) row[j] = x[r * d + j] - mean[j];
    for (let i = 0; i < d; i++) {
      const ri = row[i];
      const base = i * d;
      for (let j = i; j < d; j++) cov[base + j] += ri * row[j];
    }
  }
  for (let i = 0; i < d; i++)
    for (let j = i; j < d; j++) cov[j * d + i] = cov[i * d + j] /= count - 1;

  const { values, vectors } = jacobiEigen(cov, d);
  const order = [...values.keys()].sort((a, b) => values[b] - values[a]).slice(0, k);
  const components = new Float64Array(k * d);
  order.forEach((col, c) => {
    // Fix each component's sign (largest entry positive) so rebuilds give identical bytes.
    let best = 0;
    for (let j = 0; j < d; j++) if (Math.abs(vectors[j * d + col]) > Math.abs(vectors[best * d + col])) best = j;
    const sign = vectors[best * d + col] < 0 ? -1 : 1;
    for (let j = 0; j < d; j++) components[c * d + j] = sign * vectors[j * d + col];
  });
  const total = values.reduce((s, v) => s + v, 0);
  const explained = order.reduce((s, col) => s + values[col], 0) / total;
  return { mean, components, explained };
}

/** Projects every row of `x` (n × d) onto the components: returns n × k Float64Array. */
export function projectPca(x, d, { mean, components }) {
  const n = x.length / d;
  const k = components.length / d;
  const out = new Float64Array(n * k);
  const row = new Float64Array(d);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < d; j++) row[j] = x[r * d + j] - mean[j];
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < d; j++) s += components[c * d + j] * row[j];
      out[r * k + c] = s;
    }
  }
  return out;
}

// Cyclic Jacobi eigenvalue algorithm for a symmetric matrix (row-major). Columns of `vectors`
// are the eigenvectors. Simple and accurate; a few seconds for 512 × 512.
function jacobiEigen(input, n) {
  const a = Float64Array.from(input);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n - 1; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          // Rotate columns p and q, then rows p and q (A ← Jᵀ A J).
          const akp = a[k * n + p];
          const akq = a[k * n + q];
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k];
          const aqk = a[q * n + k];
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p];
          const vkq = v[k * n + q];
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = Array.from({ length: n }, (_, i) => a[i * n + i]);
  return { values, vectors: v };
}
