import { CATEGORIES } from '../../lib/catalog/categories';
import type { Dapp } from '../../lib/catalog/dapp-schema';
import { VectorIndex } from '../../lib/embedding/vector-index';

const CHAINS = [1, 10, 56, 137, 324, 8453, 42161, 43114, 59144, 534352];

/** A seeded generator, so every run ranks the same synthetic catalog. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** `n` synthetic dApps with unit vectors of the model's real dimension. */
export function syntheticCatalog(n: number, dimensions: number, seed = 7): { dapps: Dapp[]; index: VectorIndex } {
  const rand = seeded(seed);
  const dapps: Dapp[] = [];
  const vectors: Float32Array[] = [];
  for (let i = 0; i < n; i++) {
    const v = Float32Array.from({ length: dimensions }, () => rand() * 2 - 1);
    const norm = Math.hypot(...v);
    vectors.push(v.map((x) => x / norm));
    dapps.push({
      id: `dapp-${i}`,
      name: `Dapp ${i}`,
      origins: [`https://dapp-${i}.example`],
      description: 'A synthetic dApp for benchmarks, with a description long enough to pass.',
      category: CATEGORIES[i % CATEGORIES.length]!,
      secondary: [],
      tags: [],
      chains: CHAINS.filter(() => rand() < 0.3).concat(CHAINS[i % CHAINS.length]!),
      contracts: [],
      popularity: 1 + (i % 5),
    });
  }
  return { dapps, index: new VectorIndex(dapps.map((d) => d.id), vectors, dimensions) };
}
