/**
 * Pagefind as the search page searches it: its script loaded from the site, every shard
 * of the index merged into one, and queries asked as the index has words joined by a dash
 * ("2023–25": dashed-words-search.ts). Rejects when any of it fails to load, which the
 * page says.
 */
import { withBase } from '../../site/urls';
import type { Pagefind } from '../pagefind-api';
import { SEARCH_SHARDS_ATTRIBUTE } from '../search-shards';
import { withDashedWords } from './dashed-words-search';

/** `form` lists the index's other shards (search-shards.ts). */
export async function loadPagefind(form: HTMLFormElement): Promise<Pagefind> {
  const loaded = (await import(/* @vite-ignore */ withBase('/pagefind/pagefind.js'))) as Pagefind;
  // Searched on the page itself, not in Pagefind's web worker: the worker is a second
  // copy of Pagefind's runtime (12 KB compressed) on every first search, and searching
  // even a national index takes the page a few milliseconds.
  await loaded.options({ noWorker: true });
  await loaded.init();
  await mergeShards(loaded, form);
  return withDashedWords(loaded);
}

/**
 * Merges the index's other shards (listed on the form; none for a site of up to
 * 2,500 documents) into the one Pagefind searches (search-shards.ts).
 */
async function mergeShards(pagefind: Pagefind, form: HTMLFormElement): Promise<void> {
  const folders = (form.getAttribute(SEARCH_SHARDS_ATTRIBUTE) ?? '').split(' ').filter(Boolean);
  await Promise.all(
    folders.map((folder) => pagefind.mergeIndex(folder, { baseUrl: withBase('/') })),
  );
}
