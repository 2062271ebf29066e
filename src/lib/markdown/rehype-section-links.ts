/**
 * After every heading with an id (`#what-happens-next`) adds a "link to this section"
 * control, as paragraphs have theirs (rehype-paragraph-links.ts): search results lead to
 * a document's sections, and a councillor sharing one needs its address without reading
 * it from the address bar. A real `<a href="#…">`, so it works without JavaScript.
 *
 * It is a sibling after the heading, not inside it, so the heading's own name (read out
 * in a screen reader's list of headings, indexed by search) stays its words. Its visible
 * mark, "§", is drawn by the stylesheet; its accessible name says what it links to.
 */
import type { Element, Root } from 'hast';
import { addLinksAfterBlocks } from './links-after-blocks';
import { toText } from 'hast-util-to-text';

export const SECTION_LINK_CLASS = 'section-link';

const HEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

export function rehypeSectionLinks() {
  return (tree: Root) =>
    addLinksAfterBlocks(tree, (node) => {
      const id = node.properties.id;
      return HEADINGS.has(node.tagName) && typeof id === 'string' && id !== ''
        ? sectionLink(id, toText(node).trim())
        : undefined;
    });
}

/** "Section “What happens next”, link to this section". */
export function sectionLinkLabel(heading: string): string {
  return `Section “${heading}”, link to this section`;
}

function sectionLink(id: string, heading: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: {
      className: [SECTION_LINK_CLASS],
      href: `#${id}`,
      ariaLabel: sectionLinkLabel(heading),
      dataSection: heading,
      dataPagefindIgnore: '',
    },
    children: [],
  };
}
