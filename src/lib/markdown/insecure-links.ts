/**
 * Links to `http://` addresses. The site links only to secure pages, as the frontmatter's
 * `source.url` does (schemas/fields.ts): a reader following an `http://` link can be shown
 * another page than the one cited, by anyone on their network. GFM also makes a link of
 * an address written as text (`http://…`, `www.…`, which it reads as `http://www.…`); the
 * words of a verbatim document stay as written, so the answer then keeps them as the
 * link's text.
 */
import type { Nodes } from 'mdast';
import { schemeOf, urlInMessage } from './safe-url';

/** What to write instead of an `http://` link, or undefined for any other link. */
export function insecureLinkProblem(url: string, node: Nodes): string | undefined {
  if (schemeOf(url) !== 'http') return undefined;
  const secure = `https://${url.replace(/^\s*http:\/\//i, '')}`;
  const written = writtenAsText(url, node);
  const instead =
    written === undefined
      ? `Write ${urlInMessage(secure)}`
      : `To keep the words as they are, write [${written}](${secure})`;
  return `The link ${urlInMessage(url)} is not to a secure page (it starts with http://), and this site links only to secure ones. ${instead}. If the page has no https:// address, leave the words without a link.`;
}

/** The text of a link GFM made from an address written as text, as written. */
function writtenAsText(url: string, node: Nodes): string | undefined {
  if (node.type !== 'link' || node.children.length !== 1) return undefined;
  const [child] = node.children;
  if (child?.type !== 'text') return undefined;
  return child.value === url || `http://${child.value}` === url ? child.value : undefined;
}
