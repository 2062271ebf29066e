/**
 * The walk the paragraph and section links share (rehype-paragraph-links.ts,
 * rehype-section-links.ts): each block that gets a link is followed by it, as a sibling,
 * and a `<div>` that gets none (an `<Addresses>` wrapper) is walked inside.
 */
import type { Element, ElementContent, Root } from 'hast';

/** The link to put after `node`, or undefined when it gets none. */
export type LinkAfter = (node: Element) => Element | undefined;

export function addLinksAfterBlocks(tree: Root, linkAfter: LinkAfter): void {
  tree.children = withLinks(tree.children as ElementContent[], linkAfter) as Root['children'];
}

function withLinks(children: ElementContent[], linkAfter: LinkAfter): ElementContent[] {
  const result: ElementContent[] = [];
  for (const node of children) {
    result.push(node);
    if (node.type !== 'element') continue;
    const link = linkAfter(node);
    if (link) result.push(link);
    else if (node.tagName === 'div') node.children = withLinks(node.children, linkAfter);
  }
  return result;
}
