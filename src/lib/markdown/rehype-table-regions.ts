/**
 * Wraps each table in a labelled, focusable region so a wide table scrolls sideways on
 * a phone and keyboard users can scroll it too (WCAG 2.1.1, 1.4.10). A labelled <section>
 * is a region landmark by itself, so it needs no role attribute.
 */
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/** The class of the region around each table; paragraph links look for it. */
export const TABLE_REGION_CLASS = 'table-region';

export function rehypeTableRegions() {
  return (tree: Root) => {
    let count = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      count += 1;
      const region: Element = {
        type: 'element',
        tagName: 'section',
        properties: {
          className: [TABLE_REGION_CLASS],
          tabIndex: 0,
          ariaLabel: `Table ${count}`,
        },
        children: [node],
      };
      parent.children[index] = region;
      return SKIP;
    });
  };
}
