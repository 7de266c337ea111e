// Embeds texts with the full teacher (USE Lite) so evaluations can report it beside the static
// model: reads a JSON array of strings from the file named first, writes unit vectors as JSON to stdout.
import { readFile } from 'node:fs/promises';
import { loadTeacher, teacherDims } from './lib/teacher.mjs';

const texts = JSON.parse(await readFile(process.argv[2], 'utf8'));
const embed = await loadTeacher();
const vectors = [];
for (let i = 0; i < texts.length; i += 64) {
  const flat = await embed(texts.slice(i, i + 64));
  for (let j = 0; j < flat.length / teacherDims; j++) {
    const v = Array.from(flat.subarray(j * teacherDims, (j + 1) * teacherDims));
    const norm = Math.hypot(...v) || 1;
    vectors.push(v.map((x) => x / norm));
  }
}
process.stdout.write(JSON.stringify(vectors));
