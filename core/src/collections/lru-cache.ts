/** A bounded least-recently-used cache: analysed chunks, chunk bodies, word readings a process keeps in memory. */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();
  /**
   * The most recently used key (the Map's last entry). Reading it again needs no move to the end: a lazily read
   * chunk reads its heading, terms and sentences through this cache one after the other, and each move is a Map
   * delete and insert.
   */
  private newest: K | undefined;

  constructor(private readonly capacity: number) {}

  /** The value if cached (and marks it recently used), else undefined. */
  peek(key: K): V | undefined {
    const found = this.entries.get(key);
    if (found === undefined) return undefined;
    if (key !== this.newest) {
      this.entries.delete(key);
      this.entries.set(key, found);
      this.newest = key;
    }
    return found;
  }

  get(key: K, make: () => V): V {
    const found = this.peek(key);
    if (found !== undefined) return found;
    const value = make();
    this.entries.set(key, value);
    this.newest = key;
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
