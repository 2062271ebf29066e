/**
 * The order of the whole site's documents by date, for the search page's "newest first"
 * and "oldest first". The site keeps it rather than Pagefind: Pagefind puts a sort's
 * order in every shard's metadata, which each first search downloads (11 KB a shard at
 * national scale, 22 KB of a first search), while only a reader who sorts by date needs
 * it. The build writes it once for the whole site (date-order-file.ts, after indexing); the search
 * page fetches it the first time a reader sorts by date.
 *
 * A result is known by its Pagefind page id (its fragment's name, `en-gb_6d2afbaa26676-1a`
 * once short-index-names.ts has renamed it), which is all a search returns before each
 * result's text is fetched. Ids are unique across shards only as far as hashes are (each
 * shard's are named after its own metadata's hash), so should two documents in different
 * shards ever share one, the file also gives each such document's address, in order, and
 * the search page tells them apart by the address of the result's own fragment.
 */

/** Where the site serves its date order (under the site's base). */
export const DATE_ORDER_PATH = '/search/date-order.json';

export interface DateOrder {
  /** Pagefind page ids of every document, oldest first: the reverse of the lists' newest first (date-order-key.ts). */
  ids: string[];
  /** For an id more than one document has: their addresses, in the order of `ids`. */
  shared: Record<string, string[]>;
}

export interface IndexedDocument {
  /** Pagefind's page id of the document. */
  id: string;
  /** Its address as Pagefind records it (`/statements/x/`). */
  url: string;
}

/** The date order of `documents`, given oldest first. */
export function makeDateOrder(documents: readonly IndexedDocument[]): DateOrder {
  const urlsOf = new Map<string, string[]>();
  for (const { id, url } of documents) urlsOf.set(id, [...(urlsOf.get(id) ?? []), url]);
  const shared: Record<string, string[]> = {};
  for (const [id, urls] of urlsOf) if (urls.length > 1) shared[id] = urls;
  return { ids: documents.map((document) => document.id), shared };
}

/** Whether a fetched file is a date order (a stale or foreign file must not sort results). */
export function isDateOrder(value: unknown): value is DateOrder {
  if (typeof value !== 'object' || value === null) return false;
  const { ids, shared } = value as Partial<DateOrder>;
  return (
    Array.isArray(ids) &&
    ids.every((id) => typeof id === 'string') &&
    typeof shared === 'object' &&
    shared !== null &&
    Object.values(shared).every(
      (urls) => Array.isArray(urls) && urls.every((url) => typeof url === 'string'),
    )
  );
}

/** What sorting needs of a search result: its id, and its fragment's address for a shared id. */
export interface SortableResult {
  id: string;
  data: () => Promise<{ raw_url: string }>;
}

/** Where each id stands in the date order (two places or more for a shared id). */
const positionsCache = new WeakMap<DateOrder, Map<string, number[]>>();

/** Made once per date order: a reader may sort search after search. */
function positionsOf(order: DateOrder): Map<string, number[]> {
  let positions = positionsCache.get(order);
  if (!positions) {
    positions = new Map();
    for (const [position, id] of order.ids.entries()) {
      const ofThisId = positions.get(id);
      if (ofThisId) ofThisId.push(position);
      else positions.set(id, [position]);
    }
    positionsCache.set(order, positions);
  }
  return positions;
}

/**
 * `results` in date order, newest or oldest first. A result the date order does not know
 * (an index newer than the file, which a build never publishes) goes last.
 */
export async function sortByDate<Result extends SortableResult>(
  results: readonly Result[],
  order: DateOrder,
  direction: 'newest' | 'oldest',
): Promise<Result[]> {
  const positions = positionsOf(order);
  const ranked = await Promise.all(
    results.map(async (result) => ({ result, rank: await rankOf(result, positions, order) })),
  );
  const sign = direction === 'newest' ? -1 : 1;
  return ranked
    .sort((a, b) => {
      if (a.rank === undefined || b.rank === undefined)
        return (a.rank === undefined ? 1 : 0) - (b.rank === undefined ? 1 : 0);
      return sign * (a.rank - b.rank);
    })
    .map(({ result }) => result);
}

async function rankOf(
  result: SortableResult,
  positions: ReadonlyMap<string, number[]>,
  order: DateOrder,
): Promise<number | undefined> {
  const found = positions.get(result.id);
  if (!found || found.length < 2) return found?.[0];
  // A shared id: the result's own fragment says which document it is.
  const { raw_url: url } = await result.data();
  const which = order.shared[result.id]?.indexOf(url) ?? -1;
  return which < 0 ? undefined : found[which];
}
