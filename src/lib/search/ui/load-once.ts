/**
 * A download the search page makes only when a reader first needs it (the filters'
 * counts, the date order), then shares with every later caller. One that fails is
 * forgotten, so the next search tries again instead of failing for good.
 */
export function loadOnce<Value>(load: () => Promise<Value>): () => Promise<Value> {
  let loading: Promise<Value> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/**
 * One such download per file (the labels of a filter group's ids, the names starting with a
 * letter): each fetched once when first asked for, and shared. A file that cannot be had
 * gives `missing` this time, and is fetched again when next asked for.
 */
export function loadOncePerFile<Value>(
  load: (path: string) => Promise<Value>,
  missing: Value,
): (path: string) => Promise<Value> {
  const loaders = new Map<string, () => Promise<Value>>();
  return async (path) => {
    let loader = loaders.get(path);
    if (!loader) {
      loader = loadOnce(() => load(path));
      loaders.set(path, loader);
    }
    try {
      return await loader();
    } catch {
      return missing;
    }
  };
}
