// A link checker over the built site, offline: every internal link, stylesheet, script
// and image must point at a file in dist/, and every #fragment at an id on the target
// page. External links are not fetched (there is no network) but must be well-formed.
import type { BuiltPage } from './built-site';

export interface BrokenLink {
  /** The page the link is on, e.g. `/reports/`. */
  page: string;
  /** The link as written. */
  href: string;
  /** What is wrong, in a few words. */
  problem: string;
}

/** Which attributes of which elements hold URLs to check. */
const URL_ATTRIBUTES: ReadonlyArray<readonly [tag: string, property: string]> = [
  ['a', 'href'],
  ['area', 'href'],
  ['link', 'href'],
  ['script', 'src'],
  ['img', 'src'],
  ['source', 'src'],
  ['video', 'src'],
  ['audio', 'src'],
  ['iframe', 'src'],
  ['form', 'action'],
];

const EXTERNAL_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);

/** Every URL written in a page. */
function urlsIn(page: BuiltPage): string[] {
  const { $ } = page;
  const urls: string[] = [];
  for (const [tag, attribute] of URL_ATTRIBUTES) {
    $(`${tag}[${attribute}]`).each((_, element) => {
      urls.push($(element).attr(attribute) ?? '');
    });
  }
  $('img[srcset], source[srcset]').each((_, element) => {
    const srcset = $(element).attr('srcset') ?? '';
    urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
  });
  return urls;
}

/** The ids on a page, which `#fragment` links may point at. */
function idsOf(page: BuiltPage): Set<string> {
  const { $ } = page;
  return new Set(
    $('[id]')
      .map((_, element) => $(element).attr('id') ?? '')
      .toArray(),
  );
}

function externalProblem(url: URL): string | undefined {
  if (url.protocol === 'http:') return 'uses http:, not https:';
  if (url.protocol === 'https:' && !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(url.hostname)) {
    return `has no proper host name ("${url.hostname}")`;
  }
  return undefined;
}

/**
 * Checks every page's links against the built site.
 * @param pages every HTML page of the site, as built-site.ts reads them
 * @param files every file in dist/, relative, with forward slashes
 * @param base the base path the site is served under, e.g. `/` or `/sub/`
 */
export function checkLinks(
  pages: readonly BuiltPage[],
  files: readonly string[],
  base: string,
): BrokenLink[] {
  const fileSet = new Set(files);
  const pagesByUrl = new Map(pages.map((page) => [page.url, page]));
  const idCache = new Map<BuiltPage, Set<string>>();
  const ids = (page: BuiltPage) => {
    let found = idCache.get(page);
    if (!found) idCache.set(page, (found = idsOf(page)));
    return found;
  };
  const origin = 'http://site.invalid';
  const broken: BrokenLink[] = [];

  for (const page of pages) {
    for (const href of urlsIn(page)) {
      const report = (problem: string) => broken.push({ page: page.url, href, problem });
      if (href.trim() === '') {
        report('is empty');
        continue;
      }
      // The 404 page is served at any address, so a relative link on it would go astray.
      if (page.file === '404.html' && !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(href)) {
        report('is relative on the 404 page, which is served at any address');
        continue;
      }
      let url: URL;
      try {
        url = new URL(href, origin + page.url);
      } catch {
        report('is not a valid URL');
        continue;
      }
      if (url.origin !== origin) {
        if (!EXTERNAL_SCHEMES.has(url.protocol)) report(`uses the scheme ${url.protocol}`);
        else {
          const problem = externalProblem(url);
          if (problem) report(problem);
        }
        continue;
      }
      const pathname = decodedOrUndefined(url.pathname);
      if (pathname === undefined) {
        report('has a malformed %-escape in its path');
        continue;
      }
      if (!pathname.startsWith(base)) {
        report(`is outside the site's base path ${base}`);
        continue;
      }
      const inside = pathname.slice(base.length);
      const target = pathname.endsWith('/') ? `${inside}index.html` : inside;
      if (!fileSet.has(target)) {
        report(
          fileSet.has(`${inside}/index.html`)
            ? `needs a trailing slash: ${pathname}/`
            : 'leads to a missing page or file',
        );
        continue;
      }
      if (href.endsWith('#')) {
        report('points nowhere (an empty #)');
        continue;
      }
      if (url.hash.length > 1) {
        const targetPage = pagesByUrl.get(pathname);
        const fragment = decodedOrUndefined(url.hash.slice(1));
        if (fragment === undefined) report('has a malformed %-escape in its #fragment');
        else if (targetPage && !ids(targetPage).has(fragment))
          report(`#${fragment} is not an id on ${pathname}`);
      }
    }
  }
  return broken;
}

/** A %-escaped URL part decoded, or undefined if an escape is malformed (`%E0%A4%A`). */
function decodedOrUndefined(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
