/**
 * Builds the Pagefind search index at the end of `astro build` (src/lib/search/
 * build-search-index.ts). A failure stops the build: a site whose search silently misses
 * documents is worse than no new site.
 *
 * `npm run build` (src/cli/build.ts) sets SEARCH_INDEX=after-astro and indexes the site
 * itself once Astro has exited: Pagefind's indexer holds about half a megabyte per
 * document page, and started here it would hold it while Astro still holds all of its
 * own, so the build's peak memory would be the sum of the two rather than the larger.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex, type SearchIndexResult } from '../lib/search/build-search-index';
import { describeSearchIndex } from '../lib/search/describe-search-index';
import { SEARCH_INDEX_ENV } from '../lib/search/search-index-env';

export function pagefindIndex(): AstroIntegration {
  const separate = process.env[SEARCH_INDEX_ENV.name] === SEARCH_INDEX_ENV.afterAstro;
  let indexing: Promise<SearchIndexResult> | undefined;
  return {
    name: 'pagefind-index',
    hooks: {
      // Started as soon as every page is written and the permalink check (an earlier
      // integration, same hook) has passed: Pagefind works in its own process, so it
      // indexes while Astro finishes the build and the sitemap is written. A failure is
      // reported, and fails the build, below.
      'astro:build:generated': ({ dir }) => {
        if (separate) return;
        indexing = buildSearchIndex(fileURLToPath(dir));
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (separate) return;
        const result = await (indexing ?? buildSearchIndex(fileURLToPath(dir)));
        logger.info(describeSearchIndex(result));
      },
    },
  };
}
