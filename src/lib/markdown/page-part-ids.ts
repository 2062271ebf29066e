/**
 * The ids a document page gives its own parts, around the document's body: the layout's
 * (main, the header's search box), the withdrawal notice, the publisher's credit, "Cite
 * this", sharing, the recommendations it addresses, deadlines, related documents and
 * changes. A heading in the body must not take one, or the page would have the same id
 * twice and a link to that part could land on the heading instead.
 * tests/site/page-part-ids.test.ts checks this list against the built pages.
 */
import { STATUTORY_DUTIES } from '../../schemas/document';

export const PAGE_PART_IDS: readonly string[] = [
  'main',
  'withdrawn',
  'site-search-query',
  'publisher-credit',
  'cite-this',
  'citation-plain',
  'citation-harvard',
  'cite-paragraph',
  'citation-paragraph-plain',
  'citation-paragraph-in-text',
  'citation-paragraph-harvard',
  'quote-link',
  'quote-link-url',
  'share-status',
  'recommendations',
  'commitments',
  'deadlines',
  'related',
  'changes',
];

/** A deadline's heading, `deadline-<duty>-<report id>` (src/components/StatutoryClocks.astro). */
const DEADLINE_ID = new RegExp(`^deadline-(?:${STATUTORY_DUTIES.join('|')})-`);

/** True when `id` is one of the page's own parts around the body (or a deadline's). */
export function isPagePartId(id: string): boolean {
  return PAGE_PART_IDS.includes(id) || DEADLINE_ID.test(id);
}

/**
 * Ids that read as a paragraph's: "p" and digits, `p01` and `p0` included, though
 * paragraphs are numbered from `p1` (paragraph-id.ts). A heading never takes one.
 */
const PARAGRAPH_LIKE = /^p\d+$/;

/**
 * Ids the body's footnotes are given as it becomes HTML (remark-rehype): their heading's,
 * and each reference's and note's. A heading "Footnote label" or "User content fn 1"
 * would have the same id, and a footnote's link could land on it.
 */
const FOOTNOTE_ID = /^(?:footnote-label$|user-content-)/;

/**
 * True when a heading may not use `id`: a page part's, a footnote's, or of the kind
 * paragraphs have.
 */
export function isTakenByPage(id: string): boolean {
  return isPagePartId(id) || FOOTNOTE_ID.test(id) || PARAGRAPH_LIKE.test(id);
}
