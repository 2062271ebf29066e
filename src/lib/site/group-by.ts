/**
 * Items filed under each of their keys, in the items' order: the lookup maps that keep
 * pages from scanning every document or recommendation (a national corpus has thousands).
 */
export function groupBy<Item>(
  items: Iterable<Item>,
  keysOf: (item: Item) => Iterable<string>,
): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    // An item that names a key twice is filed under it once.
    for (const key of new Set(keysOf(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
