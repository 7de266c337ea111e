import { describe, expect, it } from 'vitest';
import type { Embedder } from '../embedding/embedder';
import type { TokenVectors } from '../embedding/token-vectors';
import { maxSim } from './max-sim';
import { TokenCache } from './token-cache';

const tokens = (rows: number[][], weights: number[]): TokenVectors => ({ dimensions: rows[0]!.length, data: Float32Array.from(rows.flat()), weights: Float32Array.from(weights) });

describe('maxSim', () => {
  it('scores a document containing every query token at 1, and weighs tokens by their weight', () => {
    const doc = tokens([[1, 0, 0], [0, 1, 0]], [1, 1]);
    expect(maxSim(tokens([[1, 0, 0], [0, 1, 0]], [1, 1]), doc)).toBeCloseTo(1);
    // A heavy query token the document lacks pulls the score down more than a light one.
    const heavyMissing = maxSim(tokens([[1, 0, 0], [0, 0, 1]], [1, 3]), doc);
    const lightMissing = maxSim(tokens([[1, 0, 0], [0, 0, 1]], [3, 1]), doc);
    expect(heavyMissing).toBeCloseTo(0.25);
    expect(lightMissing).toBeCloseTo(0.75);
  });
});

describe('TokenCache', () => {
  it('computes each document once and keeps only the most recently used', async () => {
    const asked: string[] = [];
    const embedder = { modelId: 'm', cacheKey: 'm', dimensions: 1, embed: async () => [], embedTokens: async (texts: readonly string[]) => (asked.push(...texts), texts.map(() => tokens([[1]], [1]))) } as Embedder;
    const cache = new TokenCache(embedder, 2);
    await cache.get(['a', 'b'], (id) => id.toUpperCase());
    await cache.get(['a', 'c'], (id) => id.toUpperCase());
    cache.trim();
    await cache.get(['a', 'b'], (id) => id.toUpperCase());
    expect(asked).toEqual(['A', 'B', 'C', 'B']);
  });
});
