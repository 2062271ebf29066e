/**
 * Writes a Markdown tree as content MDX. remark-mdx makes the writer escape what MDX
 * would read as code ("{" as \{, "<" as \<), so text stays exactly as it was;
 * remark-gfm writes tables.
 */
import type { Root } from 'mdast';
import { unified } from 'unified';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';

const processor = unified().use(remarkGfm).use(remarkMdx).use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  rule: '-',
  listItemIndent: 'one',
  fences: true,
});

export function mdastToMdx(tree: Root): string {
  return processor.stringify(tree);
}
