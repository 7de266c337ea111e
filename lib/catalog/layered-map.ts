/**
 * A read-only map that answers from `first`, then from `second` for keys `first` lacks. `second`
 * resolves lazily (and remembers), so building one costs nothing however large `second` is.
 */
export class LayeredMap<V> implements ReadonlyMap<string, V> {
  private readonly resolved = new Map<string, V | null>();

  constructor(
    private readonly first: ReadonlyMap<string, V>,
    private readonly secondKeys: () => Iterable<string>,
    private readonly second: (key: string) => V | undefined,
  ) {}

  get(key: string): V | undefined {
    const own = this.first.get(key);
    if (own !== undefined) return own;
    let value = this.resolved.get(key);
    if (value === undefined) {
      value = this.second(key) ?? null;
      this.resolved.set(key, value);
    }
    return value ?? undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  *entries(): MapIterator<[string, V]> {
    yield* this.first.entries();
    for (const key of this.secondKeys()) {
      if (this.first.has(key)) continue;
      const value = this.get(key);
      if (value !== undefined) yield [key, value];
    }
  }

  *keys(): MapIterator<string> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  get size(): number {
    let n = 0;
    const entries = this.entries();
    while (!entries.next().done) n++;
    return n;
  }

  forEach(callback: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }
}
