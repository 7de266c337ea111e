// Runs the teacher on every vocabulary entry on its own, in batches (one USE call per token would
// take far longer). Entries without text (special tokens) stay zero.
import { teacherDims } from './teacher.mjs';

export const batchSize = 256;

/** @returns {Promise<Float32Array>} entries.length × 512, row-major. */
export async function embedTokens(embed, entries, onProgress = () => {}) {
  const out = new Float32Array(entries.length * teacherDims);
  const todo = entries.map((e, i) => i).filter((i) => entries[i].text !== null);
  for (let start = 0; start < todo.length; start += batchSize) {
    const ids = todo.slice(start, start + batchSize);
    const vectors = await embed(ids.map((i) => entries[i].text));
    ids.forEach((id, k) => out.set(vectors.subarray(k * teacherDims, (k + 1) * teacherDims), id * teacherDims));
    onProgress(Math.min(start + batchSize, todo.length), todo.length);
  }
  return out;
}
