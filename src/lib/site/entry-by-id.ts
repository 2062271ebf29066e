/**
 * The entry with an id among organisations, people or documents, looked up in a map built
 * once per list: pages ask for them by id thousands of times in a national build.
 */
const indexes = new WeakMap<readonly { id: string }[], Map<string, { id: string }>>();

export function entryById<Item extends { id: string }>(
  entries: readonly Item[],
  id: string | undefined,
): Item | undefined {
  if (id === undefined) return undefined;
  let index = indexes.get(entries) as Map<string, Item> | undefined;
  if (!index) {
    index = new Map();
    // The first entry with an id wins, as Array.find did (duplicates are refused anyway).
    for (const entry of entries) if (!index.has(entry.id)) index.set(entry.id, entry);
    indexes.set(entries, index);
  }
  return index.get(id);
}
