import { tokenize } from './tokenize';

export interface Bm25Hit {
  id: string;
  score: number;
}

/** Okapi BM25 over short documents: the keyword baseline semantic search has to beat. */
export class Bm25 {
  readonly #docs: { id: string; tf: Map<string, number>; length: number }[];
  readonly #df = new Map<string, number>();
  readonly #avgLength: number;

  constructor(documents: readonly { id: string; text: string }[], private readonly k1 = 1.2, private readonly b = 0.75) {
    this.#docs = documents.map(({ id, text }) => {
      const tf = new Map<string, number>();
      const tokens = tokenize(text);
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const t of tf.keys()) this.#df.set(t, (this.#df.get(t) ?? 0) + 1);
      return { id, tf, length: tokens.length };
    });
    this.#avgLength = this.#docs.reduce((s, d) => s + d.length, 0) / Math.max(1, this.#docs.length);
  }

  search(query: string, k: number): Bm25Hit[] {
    const n = this.#docs.length;
    const terms = [...new Set(tokenize(query))];
    return this.#docs
      .map((doc) => {
        let score = 0;
        for (const term of terms) {
          const f = doc.tf.get(term);
          if (!f) continue;
          const df = this.#df.get(term)!;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          score += (idf * f * (this.k1 + 1)) / (f + this.k1 * (1 - this.b + (this.b * doc.length) / this.#avgLength));
        }
        return { id: doc.id, score };
      })
      .filter((h) => h.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
  }
}
