// Smoke test of the built model with the MAIN project's Transformers.js (@xenova/transformers in
// /work/main/node_modules), exactly as the extension loads it: local files only, one WASM thread.
//   node tools/model-build/smoke.mjs      (needs tools/model-build deps for the USE comparison)
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { modelName, outDir, repoRoot } from './lib/paths.mjs';
import { loadTeacher, teacherDims } from './lib/teacher.mjs';
import { pairs } from './smoke-pairs.mjs';

const mainRequire = createRequire(join(repoRoot, 'package.json'));
const { pipeline, env } = await import(pathToFileURL(mainRequire.resolve('@xenova/transformers')).href);
env.allowRemoteModels = false;
env.allowLocalModels = true;
env.localModelPath = `${join(repoRoot, 'public', 'models')}/`;
env.backends.onnx.wasm.numThreads = 1;

const dims = 256;
let failures = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures++;
};
const cosine = (a, b) => a.reduce((s, v, i) => s + v * b[i], 0) / (Math.hypot(...a) * Math.hypot(...b));

const extractor = await pipeline('feature-extraction', modelName, { quantized: true });
const badShapes = [];
const embed = async (texts) => {
  const out = await extractor(texts, { pooling: 'mean', normalize: true });
  if (out.dims.join() !== `${texts.length},${dims}`) badShapes.push(out.dims.join('×'));
  return out.tolist();
};

// Shape, norm, batch equals single runs (padding must not change a vector).
const three = ['stake ETH with a validator', 'mint an NFT collection on Zora', 'x'];
const batch = await embed(three);
batch.forEach((v) => check(Math.abs(Math.hypot(...v) - 1) < 1e-5, `norm ${Math.hypot(...v).toFixed(6)}`));
for (const [i, text] of three.entries()) {
  const [single] = await embed([text]);
  const diff = Math.max(...single.map((x, k) => Math.abs(x - batch[i][k])));
  check(diff < 1e-6, `batch == single for "${text}" (max |diff| ${diff.toExponential(1)})`);
}
const { tokenizer } = extractor;
const sample = 'Restaking on EigenLayer via Uniswap and Aave, déjà vu!';
console.log('tokens:', tokenizer.encode(sample).map((id) => tokenizer.model.vocab[id]).join(' '));

// The two reference pairs from the brief.
const [close, unrelated] = pairs;
const show = async ([a, b]) => {
  const [va, vb] = await embed([a, b]);
  console.log(`cosine ${cosine(va, vb).toFixed(3)}  "${a}" vs "${b}"`);
  return cosine(va, vb);
};
const cClose = await show(close);
const cUnrelated = await show(unrelated);
check(cClose > cUnrelated, 'close pair scores above unrelated pair');

// Rank agreement with full USE on all pairs (report only).
const teacher = await loadTeacher();
const staticCos = [];
const useCos = [];
for (const [a, b] of pairs) {
  const [va, vb] = await embed([a, b]);
  staticCos.push(cosine(va, vb));
  const t = await teacher([a, b]);
  useCos.push(cosine(t.subarray(0, teacherDims), t.subarray(teacherDims)));
}
console.log(`full USE cosines: close ${useCos[0].toFixed(3)}, unrelated ${useCos[1].toFixed(3)}`);
console.log(`Spearman(static, full USE) over ${pairs.length} pairs: ${spearman(staticCos, useCos).toFixed(3)}`);

// Speed, single thread.
const t0 = performance.now();
for (const [a] of pairs) await extractor(a, { pooling: 'mean', normalize: true });
console.log(`speed: ${((performance.now() - t0) / pairs.length).toFixed(2)} ms/sentence`);

check(badShapes.length === 0, `every output is [texts, ${dims}]${badShapes.length ? `; got ${badShapes}` : ''}`);

const files = await listSizes(outDir);
const total = files.reduce((s, [, b]) => s + b, 0);
for (const [name, bytes] of files) console.log(`  ${name}: ${bytes} B`);
check(total <= 16 * 1024 * 1024, `folder size ${(total / 1e6).toFixed(2)} MB (${(total / 2 ** 20).toFixed(2)} MiB) ≤ 16 MiB`);

if (failures) {
  console.error(`${failures} check(s) failed`);
  process.exit(1);
}

function spearman(a, b) {
  const ranks = (xs) => {
    const order = xs.map((x, i) => [x, i]).sort((p, q) => p[0] - q[0]);
    const r = new Array(xs.length);
    order.forEach(([, i], k) => (r[i] = k));
    return r;
  };
  const ra = ranks(a);
  const rb = ranks(b);
  const n = a.length;
  const d2 = ra.reduce((s, r, i) => s + (r - rb[i]) ** 2, 0);
  return 1 - (6 * d2) / (n * (n * n - 1));
}

async function listSizes(dir, prefix = '') {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listSizes(path, `${prefix}${e.name}/`)));
    else out.push([`${prefix}${e.name}`, (await stat(path)).size]);
  }
  return out.sort();
}
