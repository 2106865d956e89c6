/** Loads many keys at once: every key asked for, the value found for each (missing keys: none). */
export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<ReadonlyMap<K, V>>;

/**
 * Collects the keys that the field resolvers of one request ask for and loads them in one batch, the
 * way DataLoader does: a list of 35 contracts asking for their history makes one query, not 35. Keys
 * asked for while the response is being resolved (the same turn of the event loop, microtasks
 * included) share a batch; a key asked for twice in a request is loaded once.
 */
export class BatchLoader<K, V> {
  readonly #load: BatchLoad<K, V>;
  readonly #cache = new Map<K, Promise<V | undefined>>();
  #pending: { key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[] = [];

  constructor(load: BatchLoad<K, V>) {
    this.#load = load;
  }

  load(key: K): Promise<V | undefined> {
    const cached = this.#cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V | undefined>((resolve, reject) => {
      if (this.#pending.length === 0) setImmediate(() => void this.dispatch());
      this.#pending.push({ key, resolve, reject });
    });
    this.#cache.set(key, promise);
    return promise;
  }

  private async dispatch(): Promise<void> {
    const batch = this.#pending;
    this.#pending = [];
    try {
      const found = await this.#load(batch.map((b) => b.key));
      for (const b of batch) b.resolve(found.get(b.key));
    } catch (error) {
      for (const b of batch) {
        this.#cache.delete(b.key);
        b.reject(error);
      }
    }
  }
}

/** The loaders of one request (or one operation), by name, created on first use. */
export class RequestLoaders {
  readonly #loaders = new Map<string, BatchLoader<unknown, unknown>>();

  of<K, V>(name: string, load: BatchLoad<K, V>): BatchLoader<K, V> {
    let loader = this.#loaders.get(name) as BatchLoader<K, V> | undefined;
    if (!loader) {
      loader = new BatchLoader(load);
      this.#loaders.set(name, loader as BatchLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Groups rows by a key, keeping their order: the usual shape of a batch of one-to-many relations. */
export function groupBy<K, T>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
