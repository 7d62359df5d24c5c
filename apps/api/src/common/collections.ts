/** Groups items by a key, keeping their order within each group. */
export function groupBy<K, T>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Groups rows by a key, in the order of the requested keys (for one-to-many loaders). */
export function groupByKeys<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = groupBy(rows, keyOf);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Picks rows by a key, in the order of the requested keys (for one-to-one loaders); undefined where missing. */
export function pickByKeys<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | undefined)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key));
}
