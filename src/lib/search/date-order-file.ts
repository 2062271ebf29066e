/**
 * The search page's date order as a file in the built site (date-order.ts makes it),
 * written by the search step once every shard is indexed or reused. Node only: the
 * browser's date sorter reads date-order.ts, which must not bring file access with it.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { openFileFacts } from '../files/file-facts.ts';
import { DATE_ORDER_PATH, makeDateOrder } from './date-order.ts';
import { FRAGMENT_IDS_VERSION, readFragmentIds } from './fragment-ids.ts';
import type { IndexedPage } from './indexed-pages.ts';
import { oldestFirst } from './page-sort-keys.ts';
import { SHARD_DIGEST_FILE } from './shard-cache.ts';

/**
 * Writes the site's date order (date-order.ts) from the ids Pagefind gave the pages in
 * every shard, reused or new. A shard's ids are remembered by the identity of its digest
 * file, which is written with the shard and linked with it when the shard is reused. A
 * page Pagefind did not record stops the build: the date sort would leave it out of place.
 */
export async function writeDateOrder(
  site: string,
  pages: readonly IndexedPage[],
  folders: readonly string[],
  shardIdsFile: string | undefined,
): Promise<void> {
  const remembered = await openFileFacts<Record<string, string>>(
    shardIdsFile,
    FRAGMENT_IDS_VERSION,
  );
  const idsByUrl = new Map<string, string>();
  for (const folder of folders) {
    const shard = path.join(site, folder);
    const ids = remembered.of(path.join(shard, SHARD_DIGEST_FILE), () => readFragmentIds(shard));
    for (const [url, id] of Object.entries(ids)) idsByUrl.set(url, id);
  }
  await remembered.save();
  const documents = oldestFirst(pages).map((page) => {
    const url = `/${page.path.replace(/index\.html$/, '')}`;
    const id = idsByUrl.get(url);
    if (!id)
      throw new Error(
        `Pagefind recorded no fragment for ${url}, so the search page could not sort it by date.`,
      );
    return { id, url };
  });
  const file = path.join(site, DATE_ORDER_PATH);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(makeDateOrder(documents)));
}
