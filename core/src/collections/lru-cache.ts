/** A bounded least-recently-used cache: analysed chunks, chunk bodies, word readings a process keeps in memory. */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  /** The value if cached (and marks it recently used), else undefined. */
  peek(key: K): V | undefined {
    const found = this.entries.get(key);
    if (found === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, found);
    return found;
  }

  get(key: K, make: () => V): V {
    const found = this.peek(key);
    if (found !== undefined) return found;
    const value = make();
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
