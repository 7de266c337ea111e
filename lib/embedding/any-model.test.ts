import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Embedder } from './embedder';
import { createTransformersEmbedder } from './transformers-embedder';

// A user can drop any Transformers.js feature-extraction model folder (e.g. Xenova/all-MiniLM-L6-v2)
// next to the shipped static one. This builds a tiny but genuine BERT encoder (2 layers of masked
// multi-head self-attention, GELU feed-forward, LayerNorms; random seeded weights) in that layout and
// runs Sextant's embedder on it, so the attention-mask and special-token paths a static model never
// exercises are tested.
const BUILDER = fileURLToPath(new URL('../../tests/fixtures/tiny-bert/build-tiny-bert.mjs', import.meta.url));
const DIMS = 32;

const norm = (v: Float32Array) => Math.hypot(...v);
const maxAbsDiff = (a: Float32Array, b: Float32Array) => a.reduce((m, x, i) => Math.max(m, Math.abs(x - b[i]!)), 0);

describe('a user-supplied transformer model (tiny BERT) through the same embedder', () => {
  let root: string;
  let embedder: Embedder;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'sextant-any-model-'));
    execFileSync(process.execPath, [BUILDER, join(root, 'models', 'Example', 'tiny-bert')]);
    embedder = await createTransformersEmbedder({ modelId: 'Example/tiny-bert', localModelPath: join(root, 'models') + '/', numThreads: 1 });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('takes its size from the model', () => {
    expect(embedder.modelId).toBe('Example/tiny-bert');
    expect(embedder.dimensions).toBe(DIMS);
  });

  it('returns unit vectors', async () => {
    const vectors = await embedder.embed(['swap tokens on a decentralised exchange', 'stake eth']);
    for (const v of vectors) {
      expect(v).toHaveLength(DIMS);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
  });

  it('embeds a padded batch of different lengths exactly as each text alone (attention mask applied)', async () => {
    const texts = [
      'lend my stablecoins for interest in a lending market to earn yield on usdc',
      'stake eth',
      'mint a generative art nft collection',
      'bridge',
      'swap tokens on a decentralised exchange with the best route and low fees',
    ];
    const batched = await embedder.embed(texts);
    for (let i = 0; i < texts.length; i++) {
      const [alone] = await embedder.embed([texts[i]!]);
      expect(maxAbsDiff(batched[i]!, alone!), texts[i]).toBeLessThan(1e-5);
    }
  });

  it('gives one unit row per token, [CLS] and [SEP] included, with positive weights', async () => {
    // [CLS] stake eth with a liquid staking protocol [SEP]
    const [t] = await embedder.embedTokens(['stake eth with a liquid staking protocol']);
    expect(t!.dimensions).toBe(DIMS);
    expect(t!.weights).toHaveLength(9);
    expect(t!.data).toHaveLength(9 * DIMS);
    for (let r = 0; r < 9; r++) {
      expect(norm(t!.data.subarray(r * DIMS, (r + 1) * DIMS))).toBeCloseTo(1, 5);
      expect(t!.weights[r]!).toBeGreaterThan(0);
    }
  });

  it('tells different sentences apart', async () => {
    const [a, b] = await embedder.embed(['lend my stablecoins for interest', 'mint a generative art nft collection']);
    expect(maxAbsDiff(a!, b!)).toBeGreaterThan(0.05);
  });
});
