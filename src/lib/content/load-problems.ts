/**
 * What each content loader could not read, kept in a collection of its own (`loadProblems`)
 * for loadSite(), which lists it together with the problems between files.
 *
 * A loader that threw on a file's problems would stop Astro's content sync, and with it the
 * build, before the checks across files: an author who fixed one round of problems was only
 * then shown the next. Instead each loader records here what it found (an empty record when
 * every file read), leaves the files that failed out of its collection, and lets the build go
 * on to loadSite(), which throws everything at once (src/lib/site/loader-problems.ts).
 *
 * The record is part of the content store, so under `npm run dev` a save that breaks or fixes
 * a file reloads the pages as any edit does, and they show the problems until it is fixed.
 * There the loaders also print them in the terminal as soon as they are found; in a build,
 * loadSite() prints them, once.
 */
import { createHash } from 'node:crypto';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { z } from 'astro/zod';
import { ContentError, type ContentProblem } from '../markdown/content-error';

const problemSchema = z.object({
  file: z.string(),
  line: z.number().optional(),
  column: z.number().optional(),
  field: z.string().optional(),
  entry: z.string().optional(),
  message: z.string(),
});

/** One loader's record: its id is the loader's collection. */
export const loadProblemsSchema = z.object({
  problems: z.array(problemSchema),
  /** Ids of the entries whose files are there but failed to read (unread-entries.ts). */
  unread: z.array(z.string()),
});

export type LoadProblems = z.output<typeof loadProblemsSchema>;

// The collections load side by side, so a loader may finish before this collection's own
// loader has handed over its store: its record waits here until then.
let ledger: DataStore | undefined;
const waiting = new Map<string, LoadProblems>();

export function loadProblemsLoader(): Loader {
  return {
    name: 'load-problems-loader',
    load: async ({ store }) => {
      ledger = store;
      for (const [collection, record] of waiting) write(store, collection, record);
      waiting.clear();
    },
  };
}

/** Records what the loader of `context.collection` could not read, replacing its last record. */
export function recordLoadProblems(
  { collection, watcher, logger }: LoaderContext,
  problems: readonly ContentProblem[],
  unread: Iterable<string>,
): void {
  const record: LoadProblems = { problems: [...problems], unread: [...unread] };
  if (ledger) write(ledger, collection, record);
  else waiting.set(collection, record);
  // `watcher` is there only under `npm run dev`.
  if (watcher && problems.length > 0) logger.error(new ContentError(problems).message);
}

/**
 * Every loader keeps a record, empty or not, so the collection is never missing (Astro warns
 * about an empty one). The digest makes an unchanged record no write at all: a build whose
 * content reads as before does not rewrite the store for it.
 */
function write(store: DataStore, collection: string, record: LoadProblems): void {
  const digest = createHash('sha256').update(JSON.stringify(record)).digest('hex');
  store.set({ id: collection, data: record, digest });
}
