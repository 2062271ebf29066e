/**
 * Reuses unchanged pages from the previous build during `npm run build` (see
 * src/lib/render-cache/page-keys.ts for when a page counts as unchanged). In any other
 * build it only passes each request on. In `astro dev`, while the content has problems,
 * every page shows them instead (content-problems-page.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { renderCacheSettings } from './lib/render-cache/build-env';
import { reusablePage } from './lib/render-cache/reuse-page';
import { contentProblemsPage } from './lib/authoring/content-problems-page';
import { SERVED_BY_DEV_SERVER } from './lib/site/dev-server';

export const onRequest = defineMiddleware(async (context, next) => {
  if (SERVED_BY_DEV_SERVER) {
    // Imported on each request: Astro keeps this module across content changes, and with
    // it the content as first loaded; the import gives the content as last saved.
    const { loadCheckedSite } = await import('./lib/site/load-site');
    const { problems } = await loadCheckedSite();
    return problems.length > 0 ? contentProblemsPage(problems) : next();
  }
  const settings = context.isPrerendered ? renderCacheSettings() : undefined;
  if (!settings) return next();
  const reused = await reusablePage(context.url.pathname, import.meta.env.BASE_URL, settings);
  return reused ?? next();
});
