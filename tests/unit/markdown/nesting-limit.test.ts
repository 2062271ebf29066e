/**
 * The tree walk behind the nesting limit: what the line scan before parsing cannot see
 * (nesting built up over several lines) is still refused, at its place, and cut from the
 * tree so that no later, recursive stage meets it.
 */
import type { Blockquote, Root, RootContent } from 'mdast';
import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { MAX_NESTING, remarkNestingLimit } from '../../../src/lib/markdown/remark-nesting-limit';

function quotes(levels: number): Root {
  let inner: RootContent = { type: 'paragraph', children: [{ type: 'text', value: 'deep' }] };
  for (let level = levels; level >= 1; level -= 1) {
    const position = { start: { line: level, column: 1 }, end: { line: level, column: 2 } };
    inner = { type: 'blockquote', children: [inner], position } satisfies Blockquote;
  }
  return { type: 'root', children: [inner] };
}

/** How many quotes are nested down the tree's first branch. */
function depthOf(node: Root | RootContent): number {
  const first = 'children' in node ? node.children[0] : undefined;
  return (node.type === 'blockquote' ? 1 : 0) + (first ? depthOf(first) : 0);
}

describe('remarkNestingLimit', () => {
  test('leaves a tree within the limit as it is', () => {
    const tree = quotes(MAX_NESTING);
    const file = new VFile();
    remarkNestingLimit()(tree, file);
    expect(file.messages).toEqual([]);
    expect(depthOf(tree)).toBe(MAX_NESTING);
  });

  test('reports the first level past the limit at its line and cuts what is inside it', () => {
    const tree = quotes(5000);
    const file = new VFile();
    remarkNestingLimit()(tree, file);
    expect(file.messages.map((message) => [message.line, message.reason])).toEqual([
      [MAX_NESTING + 1, expect.stringMatching(/nested more than 20 levels deep/)],
    ]);
    expect(depthOf(tree)).toBe(MAX_NESTING + 1);
  });
});
