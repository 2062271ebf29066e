/**
 * What aliases produce in the built site:
 * - for a page that moved, a small page at the old address (canonical link, an instant
 *   meta refresh, and a visible link for anyone whose browser does not follow it), and
 *   a line of `_redirects` (Netlify and Cloudflare Pages format) for hosts that answer
 *   with a real 301 instead;
 * - for an anchor that moved within its page, an empty element with the old id just
 *   before the block that now holds the words, so `#p7` still lands on them with no
 *   script at all.
 *
 * Limits (a static site cannot do better without a script): a redirect page loses the
 * old address's `#anchor` (a 301 from `_redirects` keeps it, but cannot rename it), so
 * `/old/#p3` lands at the top of the new page unless the host reads `_redirects`; and an
 * anchor cannot be sent to another page.
 */
import type { ParsedAlias } from './aliases';
import { formatPlace } from './places';
import { escapeRegExp } from '../text/escape-reg-exp';
import { escapeMarkup } from '../text/escape-markup';

export interface RedirectPage {
  /** The old path, where the page is written (`<path>index.html`). */
  path: string;
  html: string;
}

/** The class of the empty element that carries a moved anchor's old id. */
export const ANCHOR_ALIAS_CLASS = 'anchor-alias';

/** @param withBase prefixes a root-relative path with the site's base path. */
export function redirectPage(
  alias: ParsedAlias,
  site: URL,
  withBase: (path: string) => string,
): RedirectPage {
  const target = withBase(formatPlace(alias.to));
  const absolute = new URL(target, site).href;
  const html = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>This page has moved</title>
    <meta name="robots" content="noindex" />
    <link rel="canonical" href="${escapeMarkup(absolute)}" />
    <meta http-equiv="refresh" content="0; url=${escapeMarkup(target)}" />
  </head>
  <body>
    <p>This page has moved to <a href="${escapeMarkup(target)}">${escapeMarkup(absolute)}</a>.</p>
  </body>
</html>
`;
  return { path: alias.from.path, html };
}

/** `_redirects`: one permanent redirect per moved page. */
export function redirectsFile(
  aliases: readonly ParsedAlias[],
  withBase: (path: string) => string,
): string {
  const lines = aliases
    .filter((alias) => alias.from.anchor === undefined)
    .map((alias) => `${withBase(alias.from.path)} ${withBase(formatPlace(alias.to))} 301`);
  return `# Moved pages, from content/aliases.yaml. Written by the build; do not edit.\n${lines.join('\n')}${lines.length ? '\n' : ''}`;
}

/**
 * Puts an empty element with each old anchor's id right before the element that has
 * the new id. Returns undefined when the target is not in the HTML. An alias whose old
 * id is already in the page is left as it is: `npm run build` reuses unchanged pages of
 * the previous build (src/lib/render-cache/), which already carry their markers.
 */
export function addAnchorAliases(
  html: string,
  aliases: readonly { from: string; to: string }[],
): string | undefined {
  let result = html;
  for (const { from, to } of aliases) {
    if (hasId(result, from)) continue;
    const target = new RegExp(`<[a-z][a-z0-9]*\\b[^>]*?\\sid="${escapeRegExp(to)}"`).exec(result);
    if (!target) return undefined;
    const marker = `<span id="${escapeMarkup(from)}" class="${ANCHOR_ALIAS_CLASS}" data-alias-for="${escapeMarkup(to)}"></span>`;
    result = `${result.slice(0, target.index)}${marker}${result.slice(target.index)}`;
  }
  return result;
}

function hasId(html: string, id: string): boolean {
  return new RegExp(`<[a-z][a-z0-9]*\\b[^>]*?\\sid="${escapeRegExp(escapeMarkup(id))}"`).test(html);
}
