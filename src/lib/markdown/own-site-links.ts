/**
 * A link to this site is written from the site's root (`/reports/x/#p3`) or as an anchor
 * on the page (`#p3`), the two forms the build checks lead somewhere
 * (src/lib/integrity/check-body-links.ts) and puts the base path in front of.
 *
 * Two other forms went out unchecked, and broken: a relative link (`../reports/x/`,
 * `reports/x/`), which leads somewhere else from every page it is read on (a document's
 * page, its briefing, a feed reader), and this site's own address written in full
 * (`https://child-protection.example.org/statements/x/`), which also stops working if the
 * site moves. Both are refused, with the root form to write instead.
 */
import { PLACEHOLDER_SITE_URL } from '../site/site-url';
import { schemeOf } from './safe-url';

/**
 * The addresses that are this site: the placeholder every build without SITE_URL uses,
 * and the public address a deployment builds with, under its base path (BASE_PATH: on a
 * shared host, `https://owner.github.io/other-project/` is not this site). The pipeline's
 * digest includes both (src/lib/content/pipeline-digest.ts), so a new address checks
 * cached documents again.
 */
function ownRoots(): { host: string; base: string }[] {
  const base = `/${(process.env['BASE_PATH'] ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace(
    '//',
    '/',
  );
  const roots = [{ host: new URL(PLACEHOLDER_SITE_URL).host, base }];
  const site = process.env['SITE_URL'];
  if (site && URL.canParse(site)) roots.push({ host: new URL(site).host, base });
  return roots;
}

/** The address from the site's root that a relative link most likely meant. */
function fromRoot(url: string): string {
  // `p3`, written without its #, is a paragraph of this page.
  if (/^p\d+$/.test(url)) return `#${url}`;
  // `www.justiceinspectorates.gov.uk/…` is another site's address without its https://.
  if (/^www\./i.test(url)) return `https://${url}`;
  const path = url.replace(/^(?:\.{1,2}\/)+/, '');
  return path.startsWith('#') ? path : `/${path}`;
}

/** What is wrong with how a link to this site is written, as the rest of a sentence; undefined when nothing is. */
export function ownSiteLinkProblem(url: string): string | undefined {
  if (url === '' || url.startsWith('#')) return undefined;
  const scheme = schemeOf(url);
  if (scheme === undefined && !/^[\\/]/.test(url)) {
    return `is relative to the address of the page it is on, so it leads somewhere else from a briefing or a feed, and the build cannot check it. Write it from the site's root, such as ${fromRoot(url)}`;
  }
  const path = ownSitePath(url);
  if (path === undefined) return undefined;
  return `is this site's own address written in full, which the build cannot check and which breaks if the site moves. Write it from the site's root: ${path}`;
}

/**
 * The address from the site's root (`/statements/x/#p3`) of a link that is this site's
 * own address written in full; undefined for any other link.
 */
export function ownSitePath(url: string): string | undefined {
  const scheme = schemeOf(url);
  if (scheme !== 'http' && scheme !== 'https' && !url.startsWith('//')) return undefined;
  const address = URL.canParse(url, PLACEHOLDER_SITE_URL)
    ? new URL(url, PLACEHOLDER_SITE_URL)
    : undefined;
  const root = ownRoots().find(
    ({ host, base }) =>
      address?.host === host && `${address.pathname.replace(/\/?$/, '/')}`.startsWith(base),
  );
  if (!address || !root) return undefined;
  // Links are written without the base path, which the build adds.
  return `/${address.pathname.slice(root.base.length)}${address.search}${address.hash}`;
}
