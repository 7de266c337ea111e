import { topByScore } from './top-by-score';

export interface ScoredId {
  id: string;
  score: number;
}

/**
 * Unit vectors in one contiguous Float32Array, searched by dot product (= cosine for unit
 * vectors). A linear scan over a flat array is memory-bound and cache-friendly: thousands of
 * dApps take well under a millisecond, and it needs no build step when the catalog changes.
 */
export class VectorIndex {
  readonly ids: string[];
  readonly dimensions: number;
  readonly data: Float32Array;
  readonly #position = new Map<string, number>();

  constructor(ids: readonly string[], vectors: readonly Float32Array[], dimensions: number) {
    this.ids = [...ids];
    this.dimensions = dimensions;
    this.data = new Float32Array(ids.length * dimensions);
    vectors.forEach((v, i) => {
      if (v.length !== dimensions) throw new Error(`vector ${ids[i]} has ${v.length} dimensions, expected ${dimensions}`);
      this.data.set(v, i * dimensions);
      this.#position.set(ids[i]!, i);
    });
  }

  get size(): number {
    return this.ids.length;
  }

  /** Where an id's vector sits, for reading `scores()` results. */
  positionOf(id: string): number | undefined {
    return this.#position.get(id);
  }

  vector(id: string): Float32Array | undefined {
    const i = this.#position.get(id);
    return i === undefined ? undefined : this.data.subarray(i * this.dimensions, (i + 1) * this.dimensions);
  }

  /** Cosine of `query` with every stored vector, in index order. */
  scores(query: Float32Array): Float32Array {
    const { data, dimensions: d } = this;
    const out = new Float32Array(this.size);
    const tail = d - (d % 8);
    for (let row = 0, base = 0; row < out.length; row++, base += d) {
      // Eight independent sums let the CPU overlap the multiply-adds; this loop is the core of search and ranking.
      let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
      let k = 0;
      for (; k < tail; k += 8) {
        const at = base + k;
        s0 += data[at]! * query[k]!;
        s1 += data[at + 1]! * query[k + 1]!;
        s2 += data[at + 2]! * query[k + 2]!;
        s3 += data[at + 3]! * query[k + 3]!;
        s4 += data[at + 4]! * query[k + 4]!;
        s5 += data[at + 5]! * query[k + 5]!;
        s6 += data[at + 6]! * query[k + 6]!;
        s7 += data[at + 7]! * query[k + 7]!;
      }
      for (; k < d; k++) s0 += data[base + k]! * query[k]!;
      out[row] = s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7;
    }
    return out;
  }

  /** The k best matches, best first; `keep` filters by position (e.g. by chain) without copying vectors. */
  topK(query: Float32Array, k: number, keep?: (position: number) => boolean): ScoredId[] {
    const scores = this.scores(query);
    return topByScore(scores, k, keep).map((i) => ({ id: this.ids[i]!, score: scores[i]! }));
  }
}
