/**
 * Reuses unchanged pages from the previous build during `npm run build` (see
 * src/lib/render-cache/page-keys.ts for when a page counts as unchanged). In any other
 * build, and in `astro dev`, it only passes each request on.
 */
import { defineMiddleware } from 'astro:middleware';
import { renderCacheSettings } from './lib/render-cache/build-env';
import { reusablePage } from './lib/render-cache/reuse-page';

export const onRequest = defineMiddleware(async (context, next) => {
  const settings = context.isPrerendered ? renderCacheSettings() : undefined;
  if (!settings) return next();
  const reused = await reusablePage(context.url.pathname, import.meta.env.BASE_URL, settings);
  return reused ?? next();
});
