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

  async get(items: readonly { id: string; text: string }[]): Promise<TokenVectors[]> {
    const missing = items.filter((item) => !this.#entries.has(item.id));
    const computed = await this.embedder.embedTokens(missing.map((m) => m.text));
    missing.forEach((m, i) => this.#entries.set(m.id, computed[i]!));
    return items.map((item) => {
      const found = this.#entries.get(item.id)!;
      // Re-insert to mark as recently used; Map keeps insertion order.
      this.#entries.delete(item.id);
      this.#entries.set(item.id, found);
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
