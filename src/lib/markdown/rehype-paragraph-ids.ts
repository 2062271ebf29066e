/**
 * Gives every paragraph-level block (paragraph, list, quote, table, code) a stable id
 * `p1`, `p2`, … in document order, and every heading a slug id that no part of the
 * page around it uses (page-part-ids.ts). Permalinks and the
 * recommendation tracker point at these ids, so the numbering rule must not change:
 * only top-level blocks count, and blocks inside an `<Addresses>` wrapper count as
 * top-level.
 *
 * For each wrapper it records which recommendation each block addresses, and appends
 * a note linking to the recommendation's page.
 */
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { toText } from 'hast-util-to-text';
import { ADDRESSES_CLASS } from './remark-addresses';
import { isTakenByPage } from './page-part-ids';
import { paragraphId } from './paragraph-id';
import { quoteExcerpt } from './quote-excerpt';
import { ADDRESSES_LABEL } from './addresses-label';

const NUMBERED = new Set(['p', 'ul', 'ol', 'blockquote', 'table', 'pre', 'dl']);
const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A paragraph that an author marked as addressing a recommendation. */
export interface CrossLink {
  recommendation: string;
  paragraph: string;
  /** The paragraph's text, or its opening words when it is long, for the recommendation page. */
  quote: string;
  /**
   * For a list quoted whole, its items, so that it is quoted as a list (`quote` joins them
   * with semicolons, for open data); absent for other blocks and for a list cut short.
   */
  items?: string[];
  /** Line of the `<Addresses>` tag in the source file. */
  line: number;
}

export interface ParagraphIndex {
  /** Every paragraph id, in order. */
  paragraphs: string[];
  /** Every heading, in order. */
  headings: { depth: number; slug: string; text: string }[];
  crossLinks: CrossLink[];
}

export function rehypeParagraphIds() {
  return (tree: Root, file: VFile) => {
    const index: ParagraphIndex = { paragraphs: [], headings: [], crossLinks: [] };
    const slugger = new GithubSlugger();
    const number = (element: Element) => {
      const id = paragraphId(index.paragraphs.length + 1);
      element.properties.id = id;
      index.paragraphs.push(id);
      return id;
    };

    const children: ElementContent[] = [];
    for (const node of tree.children) {
      if (node.type !== 'element') {
        if (node.type === 'text' || node.type === 'comment') children.push(node);
        continue;
      }
      if (HEADINGS.has(node.tagName) || node.tagName === 'h1') {
        const text = toText(node).trim();
        // When the page's own parts or paragraphs use this slug: the next free one, as for
        // a repeated heading ("related-1"); failing that (a deadline's id is a prefix),
        // one that no page part can start with.
        let slug = slugger.slug(text);
        if (isTakenByPage(slug)) slug = slugger.slug(text);
        if (isTakenByPage(slug)) slug = slugger.slug(`heading ${text}`);
        node.properties.id = slug;
        index.headings.push({ depth: Number(node.tagName.slice(1)), slug, text });
        // Content headings sit under the page's own h1: demote an author's h1 to h2.
        if (node.tagName === 'h1') node.tagName = 'h2';
        children.push(node);
      } else if (isAddresses(node)) {
        children.push(expandAddresses(node, number, index));
      } else {
        if (NUMBERED.has(node.tagName)) number(node);
        children.push(node);
      }
    }
    tree.children = children;
    file.data.paragraphIndex = index;
  };
}

function isAddresses(element: Element): boolean {
  const className = element.properties.className;
  return Array.isArray(className) && className.includes(ADDRESSES_CLASS);
}

function expandAddresses(
  wrapper: Element,
  number: (element: Element) => string,
  index: ParagraphIndex,
): Element {
  const ids = String(wrapper.properties.dataRecommendations ?? '')
    .split(' ')
    .filter(Boolean);
  const line = Number(wrapper.properties.dataLine ?? 0);
  delete wrapper.properties.dataLine;
  for (const child of wrapper.children) {
    if (child.type !== 'element' || !NUMBERED.has(child.tagName)) continue;
    const paragraph = number(child);
    const items = listItems(child);
    const quote = quoteExcerpt(items ? items.join('; ') : toText(child));
    const whole = items && !quote.endsWith('…') ? { items } : {};
    for (const recommendation of ids)
      index.crossLinks.push({ recommendation, paragraph, quote, ...whole, line });
  }
  wrapper.children.push(addressesNote(ids));
  return wrapper;
}

/** A list's items' words, each on its own (run together, they would read as one sentence). */
function listItems(block: Element): string[] | undefined {
  if (block.tagName !== 'ul' && block.tagName !== 'ol') return undefined;
  return block.children
    .filter((child): child is Element => child.type === 'element' && child.tagName === 'li')
    .map((item) => toText(item).replace(/\s+/g, ' ').trim());
}

/**
 * "Addresses recommendation: <recommendation>", linking back; the links' titles (and, on a
 * report, the label) are filled in when the page renders (document-html.ts).
 */
function addressesNote(ids: string[]): Element {
  const links: ElementContent[] = [];
  ids.forEach((id, position) => {
    if (position > 0) links.push({ type: 'text', value: ', ' });
    links.push({
      type: 'element',
      tagName: 'a',
      properties: { href: `/recommendations/${id}/`, dataRecommendationLink: id },
      children: [{ type: 'text', value: id }],
    });
  });
  return {
    type: 'element',
    tagName: 'p',
    properties: { className: ['addresses-note'], dataPagefindIgnore: '' },
    children: [
      {
        type: 'text',
        value: ids.length > 1 ? ADDRESSES_LABEL.many : ADDRESSES_LABEL.one,
      },
      ...links,
    ],
  };
}

declare module 'vfile' {
  interface DataMap {
    paragraphIndex: ParagraphIndex;
  }
}
