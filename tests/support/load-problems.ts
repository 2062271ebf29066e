/**
 * What the content loaders record instead of throwing (src/lib/content/load-problems.ts),
 * for unit tests that run a loader on a fake context: the records, by collection, as the
 * `loadProblems` collection's store would keep them.
 */
import type { LoaderContext } from 'astro/loaders';
import { loadProblemsLoader, type LoadProblems } from '../../src/lib/content/load-problems';

/** Starts a fresh record of what loaders find; read it after they have loaded. */
export async function loadProblemsRecord(): Promise<Map<string, LoadProblems>> {
  const records = new Map<string, LoadProblems>();
  const store = {
    set: ({ id, data }: { id: string; data: LoadProblems }) => {
      records.set(id, data);
      return true;
    },
  };
  await loadProblemsLoader().load({ store } as unknown as LoaderContext);
  return records;
}
