/**
 * Builds the Pagefind search index at the end of `astro build`, from the HTML just
 * written, into `<outDir>/pagefind/`. Only elements marked `data-pagefind-body` are
 * indexed (document pages; see DocumentPage.astro), so navigation, footers and the
 * other pages never reach the index. A failure stops the build: a site whose search
 * silently misses documents is worse than no new site.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { DOCUMENT_TYPES } from '../lib/site/labels';
import { typeListPath } from '../lib/site/urls';

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

async function buildIndex(site: string): Promise<number> {
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

export function pagefindIndex(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      // Started as soon as every page is written and the permalink check (an earlier
      // integration, same hook) has passed: Pagefind works in its own process, so it
      // indexes while Astro finishes the build and the sitemap is written. A failure is
      // reported, and fails the build, below.
      'astro:build:generated': ({ dir }) => {
        indexing = buildIndex(fileURLToPath(dir));
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await (indexing ?? buildIndex(fileURLToPath(dir)));
        logger.info(`Search index: ${pages} pages.`);
      },
    },
  };
}
