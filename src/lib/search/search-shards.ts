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
 * - Work when a document is published, corrected or withdrawn. A page's shard follows from
 *   its address alone (a hash of it), so a new document, whatever its date, joins one
 *   shard, and a changed or removed one leaves the others as they were: only that shard
 *   is indexed again. (Dealt round-robin in date order, as they once were, a document
 *   dated before others, or one whose date was corrected, moved every later page to
 *   another shard, and all of them were indexed again. Sorting by date does not depend
 *   on shards: date-order.ts.)
 * - Relevance. Pages are spread over the shards at random, so the shards are alike: their
 *   word statistics, and hence their scores, are comparable.
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

/** Where the other shards are served, each in a folder named by its number: `/pagefind-shards/1/`. */
export const MORE_SHARDS_FOLDER = '/pagefind-shards/';

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
    shard === 0 ? PRIMARY_SHARD_FOLDER : `${MORE_SHARDS_FOLDER}${shard}/`,
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

/**
 * Deals pages to `count` shards by a hash of their address (`shardOf`), each shard in date
 * order. Should a shard be left empty, which Pagefind cannot index (likely only with a
 * handful of pages per shard, as in the test build; never seen at 2,500), the pages are
 * dealt round-robin in date order instead, which leaves none empty.
 */
export function assignShards<Page extends ShardablePage>(
  pages: readonly Page[],
  count: number,
): Page[][] {
  const ordered = dateOrdered(pages);
  const hashed = deal(ordered, count, (page) => shardOf(page.path, count));
  if (hashed.every((shard) => shard.length > 0)) return hashed;
  return deal(ordered, count, (_, rank) => rank % count);
}

/** `pages` into `count` shards, each page to the shard `shardOfPage` names, keeping their order. */
function deal<Page>(
  pages: readonly Page[],
  count: number,
  shardOfPage: (page: Page, rank: number) => number,
): Page[][] {
  const shards: Page[][] = Array.from({ length: count }, () => []);
  pages.forEach((page, rank) => shards[shardOfPage(page, rank)]?.push(page));
  return shards;
}

/**
 * The shard of the page at `path` among `count`: a 32-bit FNV-1a hash of the address, its
 * bits then mixed (MurmurHash3's finalizer) because FNV-1a's low bits, which the remainder
 * takes, follow the parity of the characters and would deal similar addresses unevenly.
 * Pure arithmetic, no `node:crypto`: this module is also bundled for the search page.
 */
function shardOf(path: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < path.length; index += 1) {
    hash = Math.imul(hash ^ path.charCodeAt(index), 0x01000193);
  }
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) % count;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
