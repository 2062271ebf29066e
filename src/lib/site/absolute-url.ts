/**
 * Full addresses for files read outside the site (feeds, calendars, data, sitemap
 * pointers): a feed reader or spreadsheet has no page to resolve a relative link against.
 */
import { withBase } from './urls';

/**
 * Where the site is served, as absoluteUrl takes it: Astro's `site` and, when not the
 * configured one, the base path. What feeds, the calendar and open data are given.
 */
export interface UrlContext {
  site: URL | string | undefined;
  base?: string | undefined;
}

/**
 * `path` is root-relative to the site (e.g. `/reports/x/`); the configured base path is
 * added, then the result is resolved against the site's origin.
 */
export function absoluteUrl(path: string, site: URL | string | undefined, base?: string): string {
  if (site === undefined)
    throw new Error(
      'Set `site` in astro.config.mjs (SITE_URL) so feeds and data can carry full addresses.',
    );
  return new URL(withBase(path, base), site).href;
}
