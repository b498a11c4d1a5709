/**
 * Certificate profiles and custom fields change rarely and are read before every checked
 * enrollment: they are fetched once per client (and its `withOptions` children) and kept until
 * `client.clearCache()`. A failed fetch is not kept.
 */
export class LookupCache {
  readonly #entries = new Map<string, Promise<unknown>>();

  /** The cached value for `key`, loading it once with `load`. */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    let entry = this.#entries.get(key) as Promise<T> | undefined;
    if (!entry) {
      entry = load();
      this.#entries.set(key, entry);
      entry.catch(() => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      });
    }
    return entry;
  }

  /** Forgets everything. */
  clear(): void {
    this.#entries.clear();
  }

  /** How many lookups are cached (for tests and diagnostics). */
  get size(): number {
    return this.#entries.size;
  }
}
