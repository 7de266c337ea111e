/** The floor for anything that looks at every vector: read each float once and sum it. */
export function sumAll(data: Float32Array): number {
  let s = 0;
  for (let i = 0; i < data.length; i++) s += data[i]!;
  return s;
}
