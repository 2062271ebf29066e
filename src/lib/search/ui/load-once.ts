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
