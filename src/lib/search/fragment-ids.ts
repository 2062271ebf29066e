/**
 * Reads which Pagefind page id each document got in a written index: the search page
 * sorts results by date through those ids (date-order.ts), and Pagefind reports them
 * nowhere but in its fragment files. A fragment (`fragment/<id>.pf_fragment`) is
 * gzip-compressed: Pagefind's signature, then JSON that starts with the page's `url`.
 * Pagefind may also group several pages' fragments in one file (an object of fragments
 * keyed by page id), which its runtime loads the same way; both are read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { PAGEFIND_FILE_VERSION, pagefindFileBody } from './pagefind-file.ts';

const FRAGMENT_EXTENSION = '.pf_fragment';

/**
 * Page id of every page in the index written to `indexFolder`, by the page's url.
 * Synchronous: small files read one after another here are faster than through the
 * thread pool (about 0.1 ms each at national scale).
 */
export function readFragmentIds(indexFolder: string): Record<string, string> {
  const folder = path.join(indexFolder, 'fragment');
  const names = readdirSync(folder).filter((name) => name.endsWith(FRAGMENT_EXTENSION));
  const ids: Record<string, string> = {};
  for (const name of names.sort()) {
    const file = path.join(folder, name);
    const text = pagefindFileBody(readFileSync(file), file, 'fragment').toString('utf8');
    for (const [id, url] of pagesOf(name.slice(0, -FRAGMENT_EXTENSION.length), text, file))
      ids[url] = id;
  }
  return ids;
}

/** [id, url] of the page, or of each page in a group, that one fragment file holds. */
function pagesOf(fileId: string, text: string, file: string): [string, string][] {
  const json: unknown = JSON.parse(text);
  if (hasUrl(json)) return [[fileId, json.url]];
  if (typeof json === 'object' && json !== null) {
    const grouped = Object.entries(json);
    if (grouped.length > 0 && grouped.every(([, fragment]) => hasUrl(fragment)))
      return grouped.map(([id, fragment]) => [id, (fragment as { url: string }).url]);
  }
  throw new Error(
    `${file} holds neither a page's fragment nor a group of them: has Pagefind's file format changed? (src/lib/search/fragment-ids.ts)`,
  );
}

function hasUrl(value: unknown): value is { url: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { url?: unknown }).url === 'string'
  );
}

/** The code that reads ids, for a cache of them: ids read by other code are not reused. */
export const FRAGMENT_IDS_VERSION = [readFragmentIds, pagesOf, hasUrl, PAGEFIND_FILE_VERSION]
  .map(String)
  .join('\n');
