/**
 * The search index in shards. Pagefind's indexer holds about half a megabyte per page
 * until it writes the index, so one index of a national corpus (10,000 documents) needs
 * more memory than the rest of the build together, and must be rebuilt whole when one
 * document changes. Past DOCUMENTS_PER_SHARD documents the index is split: each shard is
 * built by its own Pagefind run, one after another, and only the shards whose pages
 * changed are built again. The search page merges them (Pagefind's `mergeIndex`), so a
 * reader searches one index.
 *
 * What a split must not cost:
 * - Bytes per search. A word is looked up in every shard, so each shard's index chunks
 *   are made proportionally smaller (`shardChunkSize`) and a search loads about the same
 *   bytes as from one index.
 * - Work when a document is published. Pages are dealt to shards round-robin in date
 *   order, so a new document, the newest, joins the end of one shard: only that shard is
 *   indexed again. (Sorting by date does not depend on shards: date-order.ts.)
 * - Relevance. Round-robin shards are alike, so their word statistics, and hence their
 *   scores, are comparable.
 */

/** Pagefind's own index chunk size (in word locations), used when there is one shard. */
export const PAGEFIND_CHUNK_SIZE = 20_000;

/**
 * Documents per shard. 2,500: a rebuild after one edit indexes 2,500 pages again (about
 * 13 s at national scale, against 24 s for 5,000), and the indexer stays under about
 * 1.5 GB. More shards cost readers bytes (each shard's metadata and index chunk are in a
 * first search): at 10,000 documents, 4 shards of 2,500 cost the costliest first search
 * 243 KB, 2 shards of 5,000 cost 222 KB, both within its 250 KB since the ids were
 * shortened (short-index-names.ts; README "Performance").
 */
export const DOCUMENTS_PER_SHARD = 2_500;

/** The search form lists the shards to merge (their URLs, space-separated) in this attribute. */
export const SEARCH_SHARDS_ATTRIBUTE = 'data-search-shards';

/** Where the first shard is served: also where Pagefind's runtime (pagefind.js) lives. */
export const PRIMARY_SHARD_FOLDER = '/pagefind/';

/**
 * Documents per shard for this build: DOCUMENTS_PER_SHARD, or SEARCH_SHARD_SIZE when set
 * (the test build uses a tiny size so that the search tests run against merged shards).
 */
export function documentsPerShard(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SEARCH_SHARD_SIZE;
  if (raw === undefined || raw === '') return DOCUMENTS_PER_SHARD;
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(
      `SEARCH_SHARD_SIZE must be a whole number of documents, at least 1 (it is "${raw}"); leave it unset for ${DOCUMENTS_PER_SHARD}.`,
    );
  }
  return size;
}

/** How many shards `documents` documents are indexed in. */
export function shardCount(documents: number, perShard: number = documentsPerShard()): number {
  return Math.max(1, Math.ceil(documents / perShard));
}

/** The folder (site path) of each shard: the first is Pagefind's usual `/pagefind/`. */
export function shardFolders(count: number): string[] {
  return Array.from({ length: count }, (_, shard) =>
    shard === 0 ? PRIMARY_SHARD_FOLDER : `/pagefind-shards/${shard}/`,
  );
}

/** Index chunk size for each of `count` shards, so a word costs the same bytes in all. */
export function shardChunkSize(count: number): number {
  return Math.round(PAGEFIND_CHUNK_SIZE / count);
}

export interface ShardablePage {
  /** The page's path in the built site, e.g. `reports/x/index.html`: unique, and the tie-break. */
  path: string;
  /** Its sort date, `YYYY-MM-DD`: the same key the search page sorts on. */
  date: string;
}

/** Pages in the site's date order: oldest first, then by path. */
export function dateOrdered<Page extends ShardablePage>(pages: readonly Page[]): Page[] {
  return [...pages].sort((a, b) => compare(a.date, b.date) || compare(a.path, b.path));
}

/** Deals pages to `count` shards round-robin in date order (then path order). */
export function assignShards<Page extends ShardablePage>(
  pages: readonly Page[],
  count: number,
): Page[][] {
  const shards: Page[][] = Array.from({ length: count }, () => []);
  dateOrdered(pages).forEach((page, rank) => shards[rank % count]?.push(page));
  return shards;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
