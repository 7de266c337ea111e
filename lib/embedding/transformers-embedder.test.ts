import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_ID } from './default-model';
import type { Embedder, EmbeddingProgress } from './embedder';
import { createTransformersEmbedder } from './transformers-embedder';

const MODELS = fileURLToPath(new URL('../../public/models/', import.meta.url));
const cos = (a: Float32Array, b: Float32Array) => a.reduce((s, x, i) => s + x * b[i]!, 0);

describe('the shipped default model through Transformers.js in Node', () => {
  let embedder: Embedder;
  const progress: EmbeddingProgress[] = [];
  beforeAll(async () => {
    embedder = await createTransformersEmbedder({ modelId: DEFAULT_MODEL_ID, localModelPath: MODELS, numThreads: 1, onProgress: (p) => progress.push(p) });
  });

  it('produces unit vectors of the model’s size', async () => {
    const [v] = await embedder.embed(['swap tokens on a decentralised exchange']);
    expect(embedder.dimensions).toBe(256);
    expect(v).toHaveLength(256);
    expect(Math.hypot(...v!)).toBeCloseTo(1, 4);
  });

  it('ranks a paraphrase above an unrelated sentence', async () => {
    const [q, close, far] = await embedder.embed([
      'lend my stablecoins for interest',
      'deposit USDC into a lending market to earn yield',
      'mint a generative art NFT collection',
    ]);
    expect(cos(q!, close!)).toBeGreaterThan(cos(q!, far!) + 0.1);
  });

  it('embeds a batch exactly as one at a time, across batch boundaries', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => `stake ${i} ETH with a liquid staking protocol on chain ${i}`);
    const batched = await embedder.embed(texts);
    const single = await embedder.embed([texts[33]!]);
    expect(Array.from(batched[33]!)).toEqual(Array.from(single[0]!));
  });

  it('tells a word its vocabulary has whole from a misspelling', () => {
    expect(embedder.knowsWord?.('weather')).toBe(true);
    expect(embedder.knowsWord?.('uniswap')).toBe(true);
    expect(embedder.knowsWord?.('uniswp')).toBe(false);
    expect(embedder.knowsWord?.('stakng')).toBe(false);
  });

  it('returns a zero vector, not NaN, for text with no known token', async () => {
    const [v] = await embedder.embed(['']);
    expect(v!.every((x) => x === 0)).toBe(true);
  });

  it('gives per-token unit vectors, leaving out the zero rows of special tokens, with weights that favour rare words', async () => {
    const [t] = await embedder.embedTokens(['the restaking protocol']);
    expect(t!.dimensions).toBe(256);
    expect(t!.weights.length).toBe(3);
    for (let i = 0; i < 3; i++) expect(Math.hypot(...t!.data.subarray(i * 256, (i + 1) * 256))).toBeCloseTo(1, 4);
    // SIF weighting: "the" weighs far less than "restaking".
    expect(t!.weights[0]!).toBeLessThan(t!.weights[1]! / 5);
  });

  it('reports loading progress', () => {
    expect(progress.length).toBeGreaterThan(0);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ phase: 'load-model' });
    expect(last.done).toBe(last.total);
  });
});
