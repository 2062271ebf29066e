/**
 * After every numbered block (`p1`, `p2`, …) adds a "link to this paragraph" control:
 * a real `<a href="#pN">` that readers can follow, copy or share without JavaScript.
 *
 * The link is a sibling placed after the block, not inside it, so the block's own text
 * (which tests and text fragments compare with the original) is untouched, and a screen
 * reader hears the paragraph before the link. The link has no text of its own: the
 * visible mark, "¶ 7", is drawn by the stylesheet from `data-paragraph`, so readers can
 * cite "paragraph 7" and copying a passage never picks up a stray "¶ 7". Its accessible
 * name, the aria-label, says the mark in words, "Paragraph 7": screen readers read "¶" as
 * "pilcrow", or at their usual settings not at all. The number a reader sees is in it
 * (WCAG 2.5.3, label in name), so one using voice control can say it. Search ignores it.
 */
import type { Element, Root } from 'hast';
import { addLinksAfterBlocks } from './links-after-blocks';
import { paragraphId, paragraphNumber } from './paragraph-id';
import { TABLE_REGION_CLASS } from './rehype-table-regions';

export const PARAGRAPH_LINK_CLASS = 'paragraph-link';

export function rehypeParagraphLinks() {
  return (tree: Root) =>
    addLinksAfterBlocks(tree, (node) => {
      const number = paragraphNumber(String(idOf(node)));
      return number === undefined ? undefined : paragraphLink(paragraphId(number), number);
    });
}

/**
 * The block's id; a table's scrolling region (rehype-table-regions.ts) stands for its
 * table, so the link goes after the region and scrolls with the page, not the table.
 */
function idOf(node: Element): unknown {
  const className = node.properties.className;
  const isTableRegion = Array.isArray(className) && className.includes(TABLE_REGION_CLASS);
  const table = node.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'table',
  );
  return isTableRegion && table ? table.properties.id : node.properties.id;
}

/** "Paragraph 7, link to this paragraph": the visible mark in words, then what the link does. */
export function paragraphLinkLabel(number: number): string {
  return `Paragraph ${number}, link to this paragraph`;
}

function paragraphLink(id: string, number: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [PARAGRAPH_LINK_CLASS],
      href: `#${id}`,
      ariaLabel: paragraphLinkLabel(number),
      dataParagraph: String(number),
      dataPagefindIgnore: '',
    },
    children: [],
  };
}
