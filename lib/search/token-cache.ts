import type { Embedder } from '../embedding/embedder';
import type { TokenVectors } from '../embedding/token-vectors';

/**
 * Token vectors of catalog texts, computed on first use and kept for the most recently used
 * documents only, so memory stays bounded however large an imported catalog grows.
 */
export class TokenCache {
  readonly #entries = new Map<string, TokenVectors>();

  constructor(
    private readonly embedder: Embedder,
    private readonly capacity = 4000,
  ) {}

  /** Token vectors for these documents; `text` is asked only for documents not yet cached. */
  async get(ids: readonly string[], text: (id: string) => string): Promise<TokenVectors[]> {
    const missing = ids.filter((id) => !this.#entries.has(id));
    const computed = await this.embedder.embedTokens(missing.map(text));
    missing.forEach((id, i) => this.#entries.set(id, computed[i]!));
    return ids.map((id) => {
      const found = this.#entries.get(id)!;
      // Re-insert to mark as recently used; Map keeps insertion order.
      this.#entries.delete(id);
      this.#entries.set(id, found);
      return found;
    });
  }

  /** Drops the least recently used entries beyond capacity. */
  trim(): void {
    for (const key of this.#entries.keys()) {
      if (this.#entries.size <= this.capacity) break;
      this.#entries.delete(key);
    }
  }
}
