/**
 * Builds the Pagefind search index of a built site, from the HTML on disk, in shards
 * (search-shards.ts): `<site>/pagefind/` and, past one shard, `<site>/pagefind-shards/N/`.
 * Only elements marked `data-pagefind-body` are indexed (document pages; see
 * DocumentPage.astro), so navigation, footers and the other pages never reach the index.
 * Pagefind reads each page's search edition (search-edition.ts), not the page itself.
 *
 * Shards are built one after another, each by its own Pagefind process, so the indexer's
 * memory is bounded by one shard; its files are then given shorter names
 * (short-index-names.ts). Each shard folder records a digest of what went into it
 * (its pages' search editions, Pagefind's version and settings); a shard whose digest is
 * unchanged is linked from the previous build, or from the cache folder (shard-cache.ts),
 * instead of being indexed again.
 */
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { linkTree } from '../files/hard-link.ts';
import { removeInBackground } from '../files/remove-in-background.ts';
import { SEARCH_EDITION_CODE } from './search-edition.ts';
import { pagefindManifest, runPagefind } from './pagefind-cli.ts';
import { SHORT_INDEX_NAMES_CODE, shortenIndexNames } from './short-index-names.ts';
import { writeDateOrder } from './date-order-file.ts';
import { readIndexedPages, type IndexedPage } from './indexed-pages.ts';
import { cachedShard, keepShard, pruneShardCache, SHARD_DIGEST_FILE } from './shard-cache.ts';
import { takeEditionFolder, writeEditions, type EditionFolder } from './edition-folders.ts';
import {
  assignShards,
  documentsPerShard,
  PAGEFIND_CHUNK_SIZE,
  SEARCH_SHARDS_ATTRIBUTE,
  shardChunkSize,
  shardCount,
  shardFolders,
} from './search-shards.ts';

/**
 * Never indexed, even inside a document body: text only screen readers hear (it would
 * leak into excerpts out of context) and anything else marked as chrome.
 */
export const SEARCH_EXCLUDED_SELECTORS = ['.visually-hidden', '[aria-hidden="true"]'];

/**
 * The scratch folder a shard's search editions are written to, beside the site, named
 * with the building process's id; a build finding one of a process no longer running
 * removes it (src/cli/build.ts).
 */
export const SEARCH_SCRATCH_NAME = /^\.build-search-.+-(\d+)-\d+$/;

export interface SearchIndexResult {
  pages: number;
  shards: number;
  /** Shards linked unchanged from the previous build or the cache folder. */
  reused: number;
  /** Document pages read; the others' search digests were remembered (file-facts.ts). */
  read: number;
}

export interface SearchIndexOptions {
  /** The previous build of the same site, whose unchanged shards can be reused. */
  previous?: string | undefined;
  /** Documents per shard (default: documentsPerShard()). */
  perShard?: number;
  /**
   * Where to keep each page's search digest and date between builds (file-facts.ts), so
   * that pages reused from the previous build are not read again. Unset: every page is read.
   */
  factsFile?: string | undefined;
  /**
   * The render-cache keys of the site's pages by path (`/reports/x/`), from the keys file
   * `npm run build` writes (src/lib/render-cache/): with `factsFile`, a page rendered from
   * what an earlier build rendered it from is not read again, even in a build that
   * started without the previous output folder.
   */
  pageKeys?: Readonly<Record<string, string>> | undefined;
  /**
   * Where to keep the page ids of each shard between builds, so that a shard reused from
   * the previous build is not read again for the date order. Unset: every shard is read.
   */
  shardIdsFile?: string | undefined;
  /**
   * Where to keep each shard's search editions between builds (edition-folders.ts), so that
   * a shard indexed again makes only the editions that changed. Unset: a scratch folder
   * beside the site, every edition made afresh.
   */
  editionsRoot?: string | undefined;
  /**
   * Where to keep the shards between builds, by digest (shard-cache.ts), so that a build
   * without the previous output folder still reuses the unchanged ones. Unset: only
   * `previous` is reused from.
   */
  shardsRoot?: string | undefined;
}

/** Indexes the site in `site` (a built output folder). */
export async function buildSearchIndex(
  site: string,
  options: SearchIndexOptions = {},
): Promise<SearchIndexResult> {
  const { pages, read } = await readIndexedPages(site, options.factsFile, options.pageKeys ?? {});
  const count = shardCount(pages.length, options.perShard ?? documentsPerShard());
  await checkSearchPageAgrees(site, count);
  const folders = shardFolders(count);
  const chunkSize = shardChunkSize(count);
  const shards = assignShards(pages, count);
  const { previous, shardsRoot } = options;
  const digests = new Set<string>();
  let reused = 0;
  for (const [shard, shardPages] of shards.entries()) {
    const folder = path.join(site, folders[shard] ?? '');
    const digest = shardDigest(shardPages, chunkSize);
    digests.add(digest);
    const sources = [
      previous && path.join(previous, folders[shard] ?? ''),
      shardsRoot && cachedShard(shardsRoot, digest),
    ].filter((source): source is string => Boolean(source));
    if (await reuseShard(sources, folder, digest)) reused += 1;
    else {
      await indexShard(site, shard, shardPages, folder, chunkSize, options.editionsRoot);
      await writeFile(path.join(folder, SHARD_DIGEST_FILE), `${digest}\n`);
    }
    if (shardsRoot) keepShard(shardsRoot, folder, digest);
  }
  if (shardsRoot) await pruneShardCache(shardsRoot, digests);
  await writeDateOrder(site, pages, folders, options.shardIdsFile);
  return { pages: pages.length, shards: count, reused, read };
}

/** The search page renders its shard list from the document count; the index must match it. */
async function checkSearchPageAgrees(site: string, count: number): Promise<void> {
  const html = await readFile(path.join(site, 'search', 'index.html'), 'utf8').catch(() => '');
  const listed = new RegExp(`${SEARCH_SHARDS_ATTRIBUTE}="([^"]*)"`).exec(html)?.[1];
  if (listed === undefined) return; // a site without a search page (some test fixtures)
  const merged = listed.split(' ').filter(Boolean).length;
  if (merged !== count - 1)
    throw new Error(
      `The search page merges ${merged + 1} index shards but ${count} were built: it and the index must count the same documents (search-shards.ts).`,
    );
}

function shardDigest(pages: readonly IndexedPage[], chunkSize: number): string {
  const hash = createHash('sha256').update(
    JSON.stringify({
      // Pagefind's version, so an upgrade re-indexes: the package that runs (pagefind-cli.ts).
      pagefind: pagefindManifest().version,
      chunkSize,
      exclude: SEARCH_EXCLUDED_SELECTORS,
      // How pages are turned into what Pagefind reads, and how its files are renamed: a
      // change to either re-indexes.
      edition: SEARCH_EDITION_CODE,
      names: SHORT_INDEX_NAMES_CODE,
    }),
  );
  for (const page of pages) {
    hash.update(`\n${page.path}\n`);
    hash.update(page.digest);
  }
  return hash.digest('hex');
}

/**
 * Links into place the first of `sources` (shard folders of the previous build or the
 * cache) that was built from the same input; false if none was.
 */
async function reuseShard(
  sources: readonly string[],
  target: string,
  digest: string,
): Promise<boolean> {
  for (const source of sources) {
    const recorded = await readFile(path.join(source, SHARD_DIGEST_FILE), 'utf8').catch(() => '');
    if (recorded.trim() !== digest) continue;
    // Index files are never rewritten in place (a changed shard is written afresh into the
    // new build), so sharing them with the previous build and the cache is safe.
    linkTree(source, target);
    return true;
  }
  return false;
}

/**
 * Indexes one shard's pages with a Pagefind process of its own (pagefind-cli.ts; it ends
 * with the shard, so its memory is returned before the next shard starts). Pagefind reads
 * a folder, so the search editions of the shard's pages are put in one, at the pages'
 * paths (from which Pagefind takes their addresses): the shard's folder kept in the cache
 * (edition-folders.ts) when there is a cache, else a scratch folder beside the site.
 */
async function indexShard(
  site: string,
  shard: number,
  pages: readonly IndexedPage[],
  outputPath: string,
  chunkSize: number,
  editionsRoot: string | undefined,
): Promise<void> {
  const editions = editionsRoot
    ? await takeEditionFolder(
        editionsRoot,
        shard,
        pages.map((page) => ({ path: page.path, digest: page.digest.toString('hex') })),
        site,
      )
    : await scratchEditions(site, shard, pages);
  try {
    const indexed = await runPagefind({
      site: editions.folder,
      outputPath,
      excludeSelectors: SEARCH_EXCLUDED_SELECTORS,
      // Should a Pagefind update drop this setting, the bench's payload check says so.
      chunkSize: chunkSize === PAGEFIND_CHUNK_SIZE ? undefined : chunkSize,
    });
    if (indexed !== pages.length)
      throw new Error(
        `Pagefind indexed ${indexed} of shard ${shard}'s ${pages.length} document pages: every document page needs a data-pagefind-body.`,
      );
    shortenIndexNames(outputPath);
  } finally {
    await editions.release();
  }
}

/** Every edition of the shard's pages made afresh, in a scratch folder beside the site. */
async function scratchEditions(
  site: string,
  shard: number,
  pages: readonly IndexedPage[],
): Promise<Pick<EditionFolder, 'folder' | 'release'>> {
  const folder = path.join(
    path.dirname(site),
    `.build-search-${path.basename(site)}-${process.pid}-${shard}`,
  );
  await rm(folder, { recursive: true, force: true });
  // Released by removing it: thousands of files at a national shard's size, seconds of unlinking
  // no one needs to wait for.
  const release = () => Promise.resolve(removeInBackground(folder));
  try {
    // Made again from the page rather than kept from readIndexedPages: only shards that
    // changed get here, and holding every edition would cost memory beside Pagefind.
    await writeEditions(site, folder, pages);
  } catch (error) {
    await release();
    throw error;
  }
  return { folder, release };
}
