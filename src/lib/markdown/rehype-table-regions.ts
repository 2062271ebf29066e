/**
 * Wraps each table in a labelled, focusable region so a wide table scrolls sideways on
 * a phone and keyboard users can scroll it too (WCAG 2.1.1, 1.4.10). A labelled <section>
 * is a region landmark by itself, so it needs no role attribute. Its name is the table's
 * number and the heading it sits under ("Table 1: Case files"), so a screen reader's list
 * of landmarks says what each table is about.
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit, SKIP } from 'unist-util-visit';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The class of the region around each table; paragraph links look for it. */
export const TABLE_REGION_CLASS = 'table-region';

export function rehypeTableRegions() {
  return (tree: Root) => {
    let count = 0;
    let heading: string | undefined;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (HEADINGS.has(node.tagName)) {
        heading = toText(node).trim() || undefined;
        return SKIP;
      }
      if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
      count += 1;
      const region: Element = {
        type: 'element',
        tagName: 'section',
        properties: {
          className: [TABLE_REGION_CLASS],
          tabIndex: 0,
          ariaLabel: heading ? `Table ${count}: ${heading}` : `Table ${count}`,
        },
        children: [node],
      };
      parent.children[index] = region;
      return SKIP;
    });
  };
}
