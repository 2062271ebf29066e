/**
 * The copy of a document page that Pagefind indexes, which is not the page readers get.
 *
 * - Only the `<html>` tag (its `lang` picks the index's language) and the
 *   `data-pagefind-body` element are kept: nothing outside it is indexed, and Pagefind
 *   reads a national index's pages faster without the rest. It also keeps a page's edition,
 *   and so its search shard, unchanged when only what surrounds the document changes: a
 *   new statement adds itself to the related documents of the report it answers, not to
 *   that report's words.
 * - A numbered block's id (`<p id="p6">`, the paragraph permalink) moves to an empty
 *   `<span>` at the block's start. Pagefind records every element with an id as an anchor
 *   together with the element's whole text; the search page needs only the anchor's id and
 *   where it starts (sub-results.ts), so the text would be a second copy of the document in
 *   every result a reader downloads. The span starts at the same word, so results still
 *   land on `#p6`. Headings keep their ids and text: sub-results are labelled with them.
 */

const BODY_START = '<article data-pagefind-body';
const HTML_TAG = /<html\b[^>]*>/i;
/**
 * An element other than a heading carrying a paragraph permalink id
 * (rehype-paragraph-ids.ts numbers paragraphs, lists, quotes and tables).
 */
const NUMBERED_BLOCK = /<(?!h[1-6]\b)([a-z][a-z0-9]*)\b([^>]*?)\s+id="(p\d+)"([^>]*)>/g;

/** Whether an HTML page is a document page, which search indexes. */
export function hasSearchBody(html: string): boolean {
  return html.includes(BODY_START);
}

export function searchEdition(html: string): string {
  const start = html.indexOf(BODY_START);
  if (start < 0) throw new Error(`No ${BODY_START}> element: only document pages are indexed.`);
  const htmlTag = HTML_TAG.exec(html)?.[0] ?? '<html>';
  const body = html
    .slice(start, articleEnd(html, start))
    .replace(
      NUMBERED_BLOCK,
      (_, tag: string, before: string, id: string, after: string) =>
        `<${tag}${before}${after}><span id="${id}"></span>`,
    );
  return `<!DOCTYPE html>${htmlTag}<body>${body}</body></html>`;
}

const ARTICLE_TAG = /<(\/?)article\b[^>]*>/g;

/** Where the `<article>` opening at `start` closes (after its end tag), counting nested ones. */
function articleEnd(html: string, start: number): number {
  ARTICLE_TAG.lastIndex = start;
  let depth = 0;
  for (let tag = ARTICLE_TAG.exec(html); tag; tag = ARTICLE_TAG.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return ARTICLE_TAG.lastIndex;
  }
  throw new Error(`The ${BODY_START}> element is never closed.`);
}
