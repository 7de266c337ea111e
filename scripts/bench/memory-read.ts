/**
 * The floor for anything that looks at every vector: read each float once and sum it. Eight
 * independent sums, as the index's own scan keeps, so the loop is bound by reading memory rather
 * than by waiting on one running total.
 */
export function sumAll(data: Float32Array): number {
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
  const end = data.length - (data.length % 8);
  let i = 0;
  for (; i < end; i += 8) {
    s0 += data[i]!;
    s1 += data[i + 1]!;
    s2 += data[i + 2]!;
    s3 += data[i + 3]!;
    s4 += data[i + 4]!;
    s5 += data[i + 5]!;
    s6 += data[i + 6]!;
    s7 += data[i + 7]!;
  }
  for (; i < data.length; i++) s0 += data[i]!;
  return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
}
