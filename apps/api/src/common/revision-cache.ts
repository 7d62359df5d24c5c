/**
 * Values computed per key (a date) and kept while the data's revision is unchanged, for the few most recent keys.
 * Callers asking at once for the same key and revision share one computation; a failed computation is not kept.
 */
export class RevisionCache<K, V> {
  private readonly entries = new Map<K, { revision: string; value: Promise<V> }>();

  constructor(private readonly capacity: number) {}

  get(key: K, revision: string, compute: () => Promise<V>): Promise<V> {
    const entry = this.entries.get(key);
    if (entry?.revision === revision) return entry.value;
    const fresh = { revision, value: compute() };
    this.entries.delete(key);
    this.entries.set(key, fresh);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    fresh.value.catch(() => {
      if (this.entries.get(key) === fresh) this.entries.delete(key);
    });
    return fresh.value;
  }
}
