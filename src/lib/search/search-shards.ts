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
 * - Correct order when sorting by date. Pagefind merges shards by score, and a sorted
 *   search scores a page by its position in its own shard's date order. Pages are
 *   therefore dealt to shards round-robin in date order, so the p-th page of every shard
 *   sits at p in the whole site's order too, and a tiny weight per shard
 *   (`shardIndexWeight`) breaks ties between shards in date order.
 * - Relevance. Round-robin shards are alike, so their word statistics, and hence their
 *   scores, are comparable.
 */

/** Pagefind's own index chunk size (in word locations), used when there is one shard. */
export const PAGEFIND_CHUNK_SIZE = 20_000;

/**
 * Documents per shard. 5,000 keeps the indexer under about 2.8 GB and a split index
 * within a few kilobytes of one index's first-search payload (measured at 10,000
 * documents; README "Performance").
 */
export const DOCUMENTS_PER_SHARD = 5_000;

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

/**
 * The `indexWeight` a merged shard is given. Scores are multiplied by it: a difference of
 * one in a million changes no relevance order a reader could see, and makes a page of a
 * later shard come first among pages at the same position when sorting newest first (and
 * last, oldest first), which is their order in the whole site. It stays below one
 * position's worth for up to 100,000 documents per shard and 10 shards.
 */
export function shardIndexWeight(shard: number): number {
  return 1 + shard * 1e-6;
}

export interface ShardablePage {
  /** The page's path in the built site, e.g. `reports/x/index.html`: unique, and the tie-break. */
  path: string;
  /** Its sort date, `YYYY-MM-DD`: the same key the search page sorts on. */
  date: string;
}

/** Deals pages to `count` shards round-robin in date order (then path order). */
export function assignShards<Page extends ShardablePage>(
  pages: readonly Page[],
  count: number,
): Page[][] {
  const shards: Page[][] = Array.from({ length: count }, () => []);
  const ordered = [...pages].sort((a, b) => compare(a.date, b.date) || compare(a.path, b.path));
  ordered.forEach((page, rank) => shards[rank % count]?.push(page));
  return shards;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Puts a newest-first search of merged shards fully in order. One tie weights cannot
 * break: the first page of each shard's date order (the site's oldest pages, one per
 * shard) scores 0 in every shard, and 0 times any weight is 0, so those pages end the
 * list in shard order, oldest first. Reversing that tail puts them newest first too.
 */
export function orderNewestFirst<Result extends { score: number }>(
  results: readonly Result[],
): Result[] {
  const tail = results.findIndex((result) => result.score === 0);
  if (tail < 0) return [...results];
  return [...results.slice(0, tail), ...results.slice(tail).reverse()];
}
