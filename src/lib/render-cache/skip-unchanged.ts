/**
 * For a route's getStaticPaths, during `npm run build` only: leaves out the pages whose
 * previous build's file is still exactly right (reuse-page.ts), so Astro does not walk
 * them at all; they are linked from the previous build while Astro renders the rest
 * (link-ahead.ts), and integration.ts lists them in the sitemap. At 10,000 documents
 * Astro's own work per page, even for a page the middleware reuses, was most of a
 * rebuild. Routes without getStaticPaths (the lists) still go through the middleware. In
 * any other build it returns `paths` as they are.
 */
import { renderCacheSettings } from './build-env';
import { isReusable } from './reuse-page';
import { linkAhead } from './link-ahead';

export async function withoutUnchangedPages<Path>(
  paths: readonly Path[],
  sitePathOf: (path: Path) => string,
): Promise<Path[]> {
  const settings = renderCacheSettings();
  if (!settings) return [...paths];
  const sitePaths = paths.map(sitePathOf);
  const reusable = await Promise.all(sitePaths.map((path) => isReusable(path, settings)));
  if (settings.previousDir)
    linkAhead(
      sitePaths.filter((_, index) => reusable[index]),
      settings.previousDir,
    );
  return paths.filter((_, index) => !reusable[index]);
}
