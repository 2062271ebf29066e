/**
 * Builds the Pagefind search index of a built site, from the HTML on disk, into
 * `<site>/pagefind/`. Only elements marked `data-pagefind-body` are indexed (document
 * pages; see DocumentPage.astro), so navigation, footers and the other pages never
 * reach the index.
 */
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { DOCUMENT_TYPES } from '../site/labels';
import { typeListPath } from '../site/urls';

/**
 * Never indexed, even inside a document body: text only screen readers hear (it would
 * leak into excerpts out of context) and anything else marked as chrome.
 */
export const SEARCH_EXCLUDED_SELECTORS = ['.visually-hidden', '[aria-hidden="true"]'];

/**
 * The files Pagefind reads: document pages only, the only pages with a
 * `data-pagefind-body`. Pagefind would skip the others anyway, but only after reading
 * and parsing each one; they are four in five of the site's pages (recommendations,
 * briefings, organisations, people, lists), so naming the document pages saves most of
 * the indexing time.
 */
export const SEARCH_INDEXED_PAGES = `{${DOCUMENT_TYPES.map((type) => typeListPath(type).slice(1, -1)).join(',')}}/*/index.html`;

/** Indexes the site in `site` (a built output folder); resolves to the number of pages indexed. */
export async function buildSearchIndex(site: string): Promise<number> {
  try {
    const { index, errors } = await createIndex({
      excludeSelectors: SEARCH_EXCLUDED_SELECTORS,
    });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: SEARCH_INDEXED_PAGES });
    if (added.errors.length > 0)
      throw new Error(`Pagefind could not index the site: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await close();
  }
}
