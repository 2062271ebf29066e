import type { Definition, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * A body's reference definitions (`[pic]: /images/map.png`) by identifier, so a
 * reference (`![x][pic]`, `[words][ref]`) can be checked against the address it uses.
 * The first definition of an identifier wins, as in CommonMark.
 */
export function definitionsIn(tree: Root): Map<string, Definition> {
  const found = new Map<string, Definition>();
  visit(tree, 'definition', (definition) => {
    if (!found.has(definition.identifier)) found.set(definition.identifier, definition);
  });
  return found;
}
