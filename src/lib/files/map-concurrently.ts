/**
 * Runs `task` for every item with at most `limit` running at once, and resolves to the
 * results in the items' order. For file work over thousands of pages: one at a time
 * leaves the disk and the thread pool idle between awaits, all at once opens thousands
 * of files together.
 */
export async function mapConcurrently<Item, Result>(
  items: readonly Item[],
  limit: number,
  task: (item: Item, index: number) => Promise<Result>,
): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as Item, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
